// Property-based tests (fast-check). CI runs a fixed number of cases; FC_RUNS=<n> runs more, and a
// failure prints the seed (FC_SEED=<seed> replays it).
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.js";
import { exportNameOf } from "../../generator/emit/export-name.js";
import { generateFromFiles, type GenerateResult } from "../../generator/pipeline.js";
import { loadConfig } from "../../generator/sources/load-config.js";
import type { SourceFormat } from "../../generator/stage-types.js";
import { modelIdProblem } from "../../runtime/create/record-ids.js";
import { writeOutput } from "../../generator/write-output.js";
import { foldProviderId } from "../../runtime/spec.js";
import { typeDiagnostics } from "../types/check-cases.js";
import { HOSTILE, HOSTILE_PROVIDERS } from "./hostile/corpus.js";
import { providerInfoOf } from "../../runtime/protocols/protocol-facts.js";

const ROOT = join(import.meta.dirname, "..", "..");
const RUNS = Number(process.env.FC_RUNS ?? 0);
const SEED = process.env.FC_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FC_SEED);
const options = (ciRuns: number) => ({ numRuns: RUNS > 0 ? RUNS : ciRuns, seed: SEED });

const text = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.constantFrom(...HOSTILE));
const modelId = text.filter((s) => modelIdProblem(s) === undefined);
const providerId = fc.oneof(fc.constantFrom(...HOSTILE_PROVIDERS), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/));
const price = fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true });

const model = fc.record({
  name: text,
  family: fc.option(text, { nil: undefined }),
  attachment: fc.boolean(),
  reasoning: fc.boolean(),
  tool_call: fc.boolean(),
  temperature: fc.boolean(),
  open_weights: fc.boolean(),
  release_date: fc.constantFrom("2024-01-01", "2025-06", "2023-12-31"),
  last_updated: fc.constant("2025-01-01"),
  limit: fc.record({ context: fc.integer({ min: 1, max: 2_000_000 }), output: fc.integer({ min: 1, max: 100_000 }) }),
  modalities: fc.record({ input: fc.subarray(["text", "image", "audio", "pdf"], { minLength: 1 }), output: fc.constant(["text"]) }),
  cost: fc.option(fc.record({ input: price, output: price }), { nil: undefined }),
  note: fc.option(
    fc.dictionary(
      text.filter((k) => k !== "__proto__"),
      text,
      { maxKeys: 3 },
    ),
    { nil: undefined },
  ),
});

/** A valid api.json: providers whose helper names and folded ids differ, each with a few models. */
const catalog = fc
  .uniqueArray(providerId, { minLength: 1, maxLength: 3, selector: (id) => `${exportNameOf(id)}` })
  .filter((ids) => new Set(ids.map(foldProviderId)).size === ids.length)
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.tuple(
          fc.constant(id),
          text.filter((s) => s !== ""),
          fc.uniqueArray(fc.tuple(modelId, model), { minLength: 1, maxLength: 4, selector: ([m]) => m }),
        ),
      ),
    ),
  )
  .map((providers) => {
    const api: Record<string, unknown> = {};
    for (const [id, name, models] of providers) {
      const entries: Record<string, unknown> = {};
      for (const [mid, m] of models) Object.defineProperty(entries, mid, { value: { id: mid, ...m }, enumerable: true });
      Object.defineProperty(api, id, { value: { id, name, env: [name], npm: "@ai-sdk/openai-compatible", doc: name, models: entries }, enumerable: true });
    }
    return api;
  });

function generate(format: SourceFormat, path: string, body: string, out?: string): GenerateResult {
  const source = { format, path: format === "models-dev-json" || format === "ex-llm-yaml" ? path : "in" };
  const context = loadConfig({ root: ROOT, noDefaultSources: true, sources: [source], ...(out === undefined ? {} : { out }) });
  return generateFromFiles([{ path, format, rank: 0, text: body }], context);
}

describe("random valid catalogs", () => {
  it("generate, type-check and read back equal at run time", async () => {
    const outs: string[] = [];
    const base = join(ROOT, "test", ".out", "properties");
    rmSync(base, { recursive: true, force: true });
    let index = 0;
    await fc.assert(
      fc.asyncProperty(catalog, async (api) => {
        const out = join(base, String(index++));
        const result = generate("models-dev-json", "api.json", JSON.stringify(api), out);
        expect(result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([]);
        mkdirSync(out, { recursive: true });
        await writeOutput(out, result.files);
        outs.push(out);
        const runtime = (await import(join(out, "index.ts"))) as typeof import("../../generated/index.js");
        for (const entry of result.catalog!.providers) {
          expect(isDeepStrictEqual(runtime.provider(entry.provider.id), providerInfoOf(entry.provider))).toBe(true);
          for (const m of entry.models) {
            const source = (api[entry.provider.id] as { models: Record<string, { name: string; note?: object }> }).models[m.id]!;
            const got = runtime.getModel(m.spec)!;
            expect(isDeepStrictEqual(got, m)).toBe(true);
            expect([got.name, got.extra?.note]).toEqual([source.name, source.note]);
          }
        }
      }),
      options(4),
    );
    // One compiler run over every case keeps this bounded; the seed replays the same catalogs.
    const files = outs.flatMap((out) => ["index.ts", "types.ts", "catalog-data.ts", "model-catalog.ts"].map((f) => join(out, f)));
    expect(typeDiagnostics(files), `seed ${SEED} (FC_SEED=${SEED} replays it)`).toEqual([]);
  });
});

/** Real files of each format, mutated at random: the result is a catalog or diagnostics, never an exception. */
const REAL: readonly { format: SourceFormat; path: string; source: string }[] = [
  { format: "ex-llm-yaml", path: "ai21.yml", source: "test/corpus/ex_llm/models/ai21.yml" },
  { format: "llm-models-toml", path: "in/openai/gpt-4o.toml", source: "test/corpus/llm_models/local-2025-11-06/openai/gpt-4o.toml" },
  {
    format: "models-dev-toml",
    path: "in/providers/openai/models/gpt-4-turbo.toml",
    source: join(inject("modelsDevTree"), "providers/openai/models/gpt-4-turbo.toml"),
  },
  { format: "overlay", path: "in/corrections.yaml", source: "test/fixtures/overlays/team/corrections.yaml" },
  { format: "overlay", path: "in/providers/openai/models/gpt-4.json", source: "test/fixtures/overlays/team/providers/openai/models/gpt-4.json" },
  { format: "models-dev-json", path: "api.json", source: "test/fixtures/bad-snapshot.json" },
];

const SNIPPETS = [
  "{",
  "}",
  "[",
  "]",
  '"',
  "'",
  ":",
  ",",
  "\n",
  "  ",
  "=",
  "&a ",
  "*a",
  "<<: *a",
  "\u0000",
  "\ud800",
  "__proto__",
  "- ",
  "#",
  "\\",
  "[[x]]",
  "{{",
  "null",
  "1e999",
  "-1",
];
const mutation = fc.array(
  fc.record({ at: fc.nat(), length: fc.nat({ max: 20 }), insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: "binary", maxLength: 8 })) }),
  { minLength: 1, maxLength: 5 },
);

describe("random mutations of real YAML, TOML and JSON files", () => {
  for (const real of REAL) {
    it(`${real.format} ${real.path}: a catalog or diagnostics, never an exception`, () => {
      const original = readFileSync(resolve(ROOT, real.source), "utf8");
      fc.assert(
        fc.property(mutation, (edits) => {
          let body = original;
          for (const { at, length, insert } of edits) {
            const i = at % (body.length + 1);
            body = body.slice(0, i) + insert + body.slice(i + length);
          }
          const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).length;
          const result = generate(real.format, real.path, body);
          const errors = result.diagnostics.filter((d) => d.severity === "error");
          expect(result.files.length > 0 || errors.length > 0).toBe(true);
          for (const d of errors) expect(formatDiagnostic(d)).toMatch(/^\S.* error [a-z_]+[ :]/);
          expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(prototypeBefore);
        }),
        options(60),
      );
    });
  }
});
