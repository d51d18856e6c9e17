// Keeps `npm run bench` working: the same sections on a tiny catalog (four providers sliced from the
// snapshot), one run each, no TypeScript 7, no all-sources gen. Asserts shapes and sane values, never timings.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./lib/measure.js";
import { resultsMarkdown, rows, table } from "./lib/report.js";
import { runBench, type BenchResults } from "./lib/run-bench.js";
import { writeSlicedSnapshot } from "./lib/snapshots.js";

const WORK = join(ROOT, ".bench", `unit-test-${process.pid}`);
const SNAPSHOT = join(WORK, "tiny.json");

beforeAll(() => {
  mkdirSync(WORK, { recursive: true });
  writeSlicedSnapshot(join(ROOT, "data/models-dev/api.json"), ["openai", "anthropic", "google", "mistral"], SNAPSHOT);
});
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe("bench on a tiny catalog", () => {
  let r: BenchResults;
  beforeAll(async () => {
    r = await runBench({
      runs: 1,
      lsRuns: 1,
      work: join(WORK, "run"),
      snapshot: SNAPSHOT,
      allSources: false,
      ts7: false,
      scale: [1, 2],
      scaleRuns: 1,
      lookups: 100_000,
      warmUp: false,
      log: () => {},
    });
  });

  it("measures gen, tsc, the editor and imports with positive figures", () => {
    const positive = [
      r.gen.genMs,
      r.gen.genRssMb,
      r.gen.bytes,
      r.gen.floorMs!,
      r.gen.genOverFloor!,
      r.imports.rootImportMs,
      r.imports.rootHeapMb,
      r.imports.getModelPerSecond!,
      r.imports.estimateCostPerSecond!,
      r.imports.selectFullScanMs!,
      r.imports.selectNewestMs!,
      r.imports.selectCheapestMs!,
      r.created.createMs,
      r.created.createHeapMb,
      r.created.extendMs,
      r.created.baseGetModelPerSecond,
      r.created.derivedGetModelPerSecond,
      r.created.derivedEstimateCostPerSecond,
      r.created.derivedSelectMs,
    ];
    // createCatalog ran over the tiny snapshot: its four providers' models, not the packaged catalog's.
    expect(r.created.createdModels).toBeGreaterThan(10);
    expect(r.created.createdModels).toBeLessThan(1000);
    for (const v of positive) expect(v).toBeGreaterThan(0);
    expect(r.consumer).toMatchObject({ specs: 50, selects: 10, helper: "openai" });
    expect(r.consumer.requests).toBeGreaterThan(0);
    expect(r.tsc).toHaveLength(1);
    const [t] = r.tsc;
    expect(t!.compiler).toMatch(/^TypeScript 5\./);
    expect(t!.typesDelta).toBeGreaterThan(0);
    expect(t!.instantiationsDelta).toBeGreaterThan(0);
    expect(t!.consumer.types).toBeGreaterThan(t!.baseline.types);
    // The completion lists hold the tiny catalog's specs and openai's ids; the request file type-checks.
    expect(r.editor.completionModel.count).toBeGreaterThanOrEqual(r.consumer.specs);
    expect(r.editor.completionProvider.count).toBeGreaterThan(0);
    expect(r.editor.completionProvider.count).toBeLessThan(r.editor.completionModel.count);
    expect(r.editor.diagnostics50.count).toBe(0);
    expect(r.editor.completionModel.ms).toBeGreaterThan(0);
    expect(r.imports.providerEntry).toMatch(/providers\/openai\.js$/);
    // The root loads less than all provider entries together; the records opt-in adds their types.
    expect(r.closure.root.bytes).toBeGreaterThan(0);
    expect(r.closure.providerEntry.files).toBeGreaterThanOrEqual(2);
    expect(r.optIns.records.typesDelta).toBeGreaterThan(t!.typesDelta);
    expect(r.optIns.catalog.typesDelta).toBeGreaterThanOrEqual(t!.typesDelta);
    // The AI SDK registration replaces the SDK's gateway ids with the catalog's chat specs: the program's
    // types change (on this tiny catalog they shrink: it has fewer chat specs than the gateway has ids),
    // and completion lists the chat specs, at most every spec of the catalog.
    expect(r.aiSdk.calls).toBeGreaterThan(0);
    expect(r.aiSdk.tsc[0]!.typesDelta).not.toBe(0);
    const chatSpecs = r.aiSdk.completionOn.count;
    expect(chatSpecs).toBeGreaterThan(0);
    expect(chatSpecs).toBeLessThanOrEqual(r.editor.completionModel.count);
    expect(chatSpecs).not.toBe(r.aiSdk.completionOff.count);
    expect(r.filtered.models).toBeGreaterThan(0);
    expect(r.filtered.completion.count).toBe(r.filtered.models);
  });

  it("scales the catalog: 2× has twice the models and more types", () => {
    expect(r.scale.map((s) => s.multiple)).toEqual([1, 2]);
    const [one, two] = r.scale;
    expect(two!.models).toBe(2 * one!.models);
    expect(two!.tsc.typesDelta).toBeGreaterThan(one!.tsc.typesDelta);
    expect(two!.completion.count).toBeGreaterThan(one!.completion.count);
    for (const s of r.scale) expect(s.genMs * s.rootImportMs * s.completion.ms).toBeGreaterThan(0);
  });

  it("reports a row per figure with targets, a table and RESULTS.md", () => {
    const list = rows(r);
    expect(list.find((x) => x.figure.startsWith("gen wall time"))).toMatchObject({ target: "≤ 1,000 ms" });
    expect(list.some((x) => x.figure === "growth 2×/1×: gen wall" && x.target === "≤ 2× (linear)")).toBe(true);
    for (const x of list) expect(Number.isNaN(x.value), x.figure).toBe(false);
    expect(table(list).split("\n")).toHaveLength(list.length + 1);
    const md = resultsMarkdown(r, list, { BENCH_RUNS: "1" }, "kept notes\n");
    expect(md).toContain("| figure | measured | target | met |");
    expect(md.endsWith("kept notes\n")).toBe(true);
  });

  // The bench compiles declarations per file instead of running `tsc --declaration` (40 s on the
  // full catalog); that is only sound while both say the same, so compare them on this catalog.
  it("compiles the same declarations as tsc for every file a consumer reaches", () => {
    const gen = join(WORK, "run", "gen");
    const mine = join(WORK, "run", "dist");
    const config = join(WORK, "decl.tsconfig.json");
    const options = { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: "decl-tsc", rootDir: "../..", types: [] };
    writeFileSync(config, JSON.stringify({ extends: "../../tsconfig.json", compilerOptions: options, include: [], files: [join(gen, "index.ts")] }));
    execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", config], { cwd: ROOT });
    // Compare what the declarations say, not comments or layout (tsc drops `//` comments and trailing commas).
    const printer = ts.createPrinter({ removeComments: true });
    const canonical = (s: string) =>
      printer
        .printFile(ts.createSourceFile("x.d.ts", s, ts.ScriptTarget.ES2022))
        .replace(/\s+/g, "")
        .replace(/,([}\])>])/g, "$1");
    const tscOut = join(WORK, "decl-tsc");
    const files = readdirSync(tscOut, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".d.ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      if (r.declarationsNotIsolated.includes(f.replace(/\.d\.ts$/, ".ts"))) continue;
      expect(canonical(readFileSync(join(mine, f), "utf8")), f).toBe(canonical(readFileSync(join(tscOut, f), "utf8")));
    }
  });
});
