import { describe, expect, it } from "vitest";
import { join } from "node:path";
import fc from "fast-check";
import { stringify as toToml } from "smol-toml";
import { stringify as toYaml } from "yaml";
import { exportNameOf } from "../../generator/emit/export-name.js";
import { fileStemOf, idOfFileStem } from "../../generator/emit/file-stem.js";
import { generateFromFiles } from "../../generator/pipeline.js";
import { loadConfig } from "../../generator/sources/load-config.js";
import { parseStructured } from "../../generator/sources/parse-structured.js";
import { readSourceFiles } from "../../generator/sources/read-source-files.js";
import type { SourceFile } from "../../generator/stage-types.js";
import { HOSTILE } from "./hostile/corpus.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DATA = "test/corpus";

/** A seeded shuffle, so a failure names the seed that reproduces it. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function withShuffledKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => withShuffledKeys(v, seed + 1));
  if (typeof value !== "object" || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const key of shuffled(Object.keys(value), seed)) {
    Object.defineProperty(result, key, { value: withShuffledKeys((value as Record<string, unknown>)[key], seed + 1), enumerable: true });
  }
  return result;
}

/** The same file with its keys in another order, rewritten by its format's own library. */
function reorderedFile(file: SourceFile, seed: number): SourceFile {
  const value = withShuffledKeys(parseStructured(file).value, seed);
  const text = /\.toml$/.test(file.path)
    ? toToml(value as Record<string, unknown>)
    : /\.json$/.test(file.path)
      ? JSON.stringify(value)
      : toYaml(value, { lineWidth: 0 });
  return { ...file, text };
}

describe("determinism", () => {
  const context = loadConfig({
    root: ROOT,
    noDefaultSources: true,
    sources: [
      { format: "ex-llm-yaml", path: `${DATA}/ex_llm/models` },
      { format: "llm-models-toml", path: `${DATA}/llm_models/local-2025-11-06` },
      { format: "overlay", path: "test/fixtures/overlays/team" },
    ],
  });

  it("shuffled file order and shuffled keys give byte-identical output; repeated runs are identical", async () => {
    const { files } = await readSourceFiles(context);
    expect(files.length).toBeGreaterThan(60);
    const baseline = generateFromFiles(files, context).files;
    expect(baseline.length).toBeGreaterThan(10);
    expect(generateFromFiles(files, context).files).toEqual(baseline);
    for (const seed of [1, 2]) {
      const again = generateFromFiles(shuffled(files, seed), context).files;
      for (const [i, f] of again.entries()) expect(f.text === baseline[i]!.text, `seed ${seed}, ${f.path}`).toBe(true);
      // Capability-discovery files are skipped unless named alone, so only catalog files are rewritten.
      const rewritten = files.map((f) => (/capabilities/.test(f.path) ? f : reorderedFile(f, seed)));
      const reordered = generateFromFiles(shuffled(rewritten, seed + 10), context).files;
      expect(
        reordered.map((f) => f.path),
        `seed ${seed}`,
      ).toEqual(baseline.map((f) => f.path));
      for (const [i, f] of reordered.entries()) expect(f.text === baseline[i]!.text, `seed ${seed}, keys shuffled, ${f.path}`).toBe(true);
    }
  });
});

describe("identifier safety", () => {
  it("encodes file names that some file system refuses, reversibly", () => {
    expect(["openai", "wafer.ai", "302ai", "con", "CON.x", "nul", "lpt1", "a:b", "a~b", "x\u0000", "con1"].map(fileStemOf)).toEqual([
      "openai",
      "wafer.ai",
      "302ai",
      "~0063on",
      "~0043ON.x",
      "~006Eul",
      "~006Cpt1",
      "a~003Ab",
      "a~007Eb",
      "x~0000",
      "con1",
    ]);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE)), (id) => {
        const stem = fileStemOf(id);
        expect(idOfFileStem(stem)).toBe(id);
        expect(stem).toMatch(/^[A-Za-z0-9._~-]*$/);
      }),
      { numRuns: 500 },
    );
  });

  it("never gives a provider helper a name the generated module already uses", () => {
    expect(["api", "tables", "Object", "Model", "ModelSpec", "requireModel", "constructor", "__proto__"].map(exportNameOf)).toEqual([
      "apiProvider",
      "tablesProvider",
      "ObjectProvider",
      "ModelProvider",
      "ModelSpecProvider",
      "requireModelProvider",
      "constructor",
      "proto",
    ]);
  });
});
