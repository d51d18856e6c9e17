// Catalogs built at run time, measured in a fresh process (run with --expose-gc under tsx). Arguments:
// <api.json> <lookups>. Prints JSON: createCatalog's time and retained heap over the snapshot, extend's
// time over the packaged catalog, and getModel / estimateCost / select on the derived catalog and on its
// base, interleaved so both see the same machine state.
import { readFileSync } from "node:fs";
import * as base from "../../runtime/index.js";
import { createCatalog, extend } from "../../runtime/create/index.js";

const [snapshotPath, lookupsArg] = process.argv.slice(2);
const data = JSON.parse(readFileSync(snapshotPath!, "utf8")) as unknown;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

gc();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
const created = createCatalog({ format: "models-dev-json", data });
const createMs = performance.now() - t0;
if (!created.ok) throw new Error(`createCatalog failed: ${JSON.stringify(created.problems.slice(0, 3))}`);
gc();
const createHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
const createdModels = created.catalog.models().length;

// The base is the packaged catalog with every provider parsed, as after a warm start.
base.models();
const overlay = {
  openai: {
    models: { "gpt-4o": { cost: { input: 2 } }, "gpt-team": { name: "Team model", limit: { context: 128_000, output: 16_000 }, capabilities: ["tools"] } },
  },
  anthropic: { models: { "claude-sonnet-4-5": { aliases: ["team-default"] } } },
  ollama: { protocol: "openai-compatible", base_url: "http://localhost:11434/v1", models: { "llama3.2": { name: "Llama 3.2", capabilities: ["tools"] } } },
};
const t1 = performance.now();
const extended = extend(base, { format: "overlay", data: overlay });
const extendMs = performance.now() - t1;
if (!extended.ok) throw new Error(`extend failed: ${JSON.stringify(extended.problems.slice(0, 3))}`);
const derived = extended.catalog;
derived.models();

const specs = base.models().map((m) => m.spec);
// Mostly untouched providers, as an app's lookups are, plus the corrected and added models.
const sample = [
  ...Array.from({ length: 1020 }, (_, i) => specs[(i * 7919) % specs.length]!),
  "openai:gpt-4o",
  "openai:gpt-team",
  "ollama:llama3.2",
  "team-default",
];
const inBase = sample.filter((s) => base.getModel(s) !== undefined);
type Api = Pick<typeof derived, "getModel" | "estimateCost" | "select">;
const lookups = Number(lookupsArg ?? 5_000_000);
const usage = { input: 12_000, output: 800, cacheRead: 4_000 };

function getModelRate(api: Api, list: readonly string[]): number {
  const n = lookups;
  let hits = 0;
  const start = performance.now();
  for (let i = 0; i < n; i++) if (api.getModel(list[i % list.length]!) !== undefined) hits++;
  if (hits !== n) throw new Error("lookup missed");
  return n / ((performance.now() - start) / 1000);
}
function costRate(api: Api, list: readonly string[]): number {
  const n = Math.ceil(lookups / 10);
  const start = performance.now();
  for (let i = 0; i < n; i++) api.estimateCost(list[i % list.length]!, usage);
  return n / ((performance.now() - start) / 1000);
}
function selectMs(api: Api): number {
  api.select({ require: ["tools", "vision"] });
  const times: number[] = [];
  for (let i = 0; i < 31; i++) {
    const t = performance.now();
    api.select({ require: ["tools", "vision"] });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[15]!;
}

const rounds: Record<string, number[]> = { baseGet: [], derivedGet: [], baseCost: [], derivedCost: [], baseSelect: [], derivedSelect: [] };
for (let round = 0; round < 4; round++) {
  // Round 0 warms both up; the figures are the best of the next three, alternating which goes first.
  const pairs: [string, () => number][] = [
    ["baseGet", () => getModelRate(base as unknown as Api, inBase)],
    ["derivedGet", () => getModelRate(derived, inBase)],
    ["baseCost", () => costRate(base as unknown as Api, inBase)],
    ["derivedCost", () => costRate(derived, inBase)],
    ["baseSelect", () => selectMs(base as unknown as Api)],
    ["derivedSelect", () => selectMs(derived)],
  ];
  for (const [key, measure] of round % 2 === 0 ? pairs : [...pairs].reverse()) {
    const value = measure();
    if (round > 0) rounds[key]!.push(value);
  }
}
const best = (key: string, higher: boolean) => (higher ? Math.max(...rounds[key]!) : Math.min(...rounds[key]!));
process.stdout.write(
  JSON.stringify({
    createMs,
    createHeapMb,
    createdModels,
    extendMs,
    baseGetModelPerSecond: best("baseGet", true),
    derivedGetModelPerSecond: best("derivedGet", true),
    baseEstimateCostPerSecond: best("baseCost", true),
    derivedEstimateCostPerSecond: best("derivedCost", true),
    baseSelectMs: best("baseSelect", false),
    derivedSelectMs: best("derivedSelect", false),
  }),
);
