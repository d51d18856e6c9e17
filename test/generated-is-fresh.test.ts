import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../generator/cli.js";
import { generateFromFiles } from "../generator/pipeline.js";
import { loadConfig } from "../generator/sources/load-config.js";

const ROOT = join(import.meta.dirname, "..");
const SNAPSHOT = "data/models-dev/api.json";

/** The same JSON with every object's keys in a seeded random order, minified like the live file. */
function shuffledJson(text: string, seed: number): string {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const shuffle = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(shuffle);
    if (typeof value !== "object" || value === null) return value;
    const keys = Object.keys(value).sort(() => random() - 0.5);
    return Object.fromEntries(keys.map((k) => [k, shuffle((value as Record<string, unknown>)[k])]));
  };
  return JSON.stringify(shuffle(JSON.parse(text)));
}

describe("generated/", () => {
  it("is what `gen` emits today (`gen --check` passes), with a one-line summary", async () => {
    const out: CliOutput = { stdout: [], stderr: [] };
    const code = await runCli(["gen", "--check"], ROOT, out);
    expect(out.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(out.stdout).toHaveLength(1);
    expect(out.stdout[0]).toMatch(/^gen --check: 145 providers, 5,258 models → generated\/ up to date · \d+\.\d\d s$/);
  });

  it("does not depend on key order or formatting of the snapshot", () => {
    const context = loadConfig({ root: ROOT });
    const text = readFileSync(join(ROOT, SNAPSHOT), "utf8");
    const file = (body: string) => [{ path: SNAPSHOT, format: "models-dev-json" as const, rank: 0, text: body }];
    const original = generateFromFiles(file(text), context).files;
    expect(original.length).toBe(151);
    for (const seed of [1, 2]) {
      const shuffled = generateFromFiles(file(shuffledJson(text, seed)), context).files;
      expect(shuffled.map((f) => f.path)).toEqual(original.map((f) => f.path));
      for (const [i, f] of shuffled.entries()) expect(f.text === original[i]!.text, f.path).toBe(true);
    }
    for (const f of original) expect(readFileSync(join(ROOT, "generated", f.path), "utf8") === f.text, f.path).toBe(true);
  });
});
