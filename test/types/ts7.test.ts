// The same type cases under TypeScript 7 (native): valid files compile, and every invalid line fails
// with the message in its TypeScript 7 golden file. TypeScript 7 orders union members and the marker's
// members differently from 5.9 and elaborates one missing-property error another way, so it has a
// golden file of its own; the lines and the messages' substance are the same.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { nativeCompiler } from "../bench/lib/tsc-figures.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CASES = join(import.meta.dirname, "cases");
const OUT = join(ROOT, "test", ".out", "ts7");

/** `file:line TSnnnn: message` for every error TypeScript 7 reports on `files`, with the project's options. */
function ts7Diagnostics(tsc: string, name: string, files: readonly string[]): string[] {
  mkdirSync(OUT, { recursive: true });
  const config = join(OUT, `${name}.tsconfig.json`);
  const rel = (f: string) => relative(OUT, f).split("\\").join("/");
  writeFileSync(
    config,
    `${JSON.stringify({ extends: rel(join(ROOT, "tsconfig.json")), compilerOptions: { noEmit: true }, include: [], files: files.map(rel) }, null, 2)}\n`,
  );
  let out: string;
  try {
    out = execFileSync(tsc, ["-p", config, "--pretty", "false"], { cwd: ROOT, encoding: "utf8" });
  } catch (e) {
    out = (e as { stdout?: string }).stdout ?? "";
  }
  return out
    .split("\n")
    .filter((line) => /^\S.*\(\d+,\d+\): error TS\d+: /.test(line))
    .map((line) => line.replace(/^(.+?)\((\d+),\d+\): error (TS\d+): /, "$1:$2 $3: "));
}

describe("type cases under TypeScript 7 (native)", () => {
  const compiler = nativeCompiler();

  it("compile every valid use, and fail each invalid use with its TypeScript 7 golden message", (context) => {
    if ("skipped" in compiler) {
      console.warn(`skipping TypeScript 7: ${compiler.skipped}`);
      return context.skip();
    }
    const tsc = join(ROOT, ".bench", "ts7", "node_modules", ".bin", "tsc");
    const files = ["valid.ts", "invalid.ts", "requests-valid.ts", "requests-invalid.ts"].map((f) => join(CASES, f));
    const diagnostics = ts7Diagnostics(tsc, "strict", files);
    expect(diagnostics.filter((d) => /cases\/(valid|requests-valid)\.ts:/.test(d))).toEqual([]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(join(CASES, "ts7.expected.txt"), "utf8"));
    // The same lines fail as under TypeScript 5.9.
    const lines = (text: string) =>
      text
        .trim()
        .split("\n")
        .map((d) => d.split(" ")[0]);
    const ts59 = readFileSync(join(CASES, "invalid.expected.txt"), "utf8") + readFileSync(join(CASES, "requests-invalid.expected.txt"), "utf8");
    expect(diagnostics.map((d) => d.split(" ")[0])).toEqual(lines(ts59));
    // Exact records through the opt-in module, in a program of their own.
    expect(ts7Diagnostics(tsc, "records", [join(CASES, "records.ts")])).toEqual([
      "test/types/cases/records.ts:13 TS2322: Type '128000' is not assignable to type '8192'.",
    ]);
    // The AI SDK cases (registration import, catalog registry) in a program of their own: TypeScript 7
    // gives the 5.9 golden messages word for word here, so they share one golden file.
    const aiSdk = ts7Diagnostics(
      tsc,
      "ai-sdk",
      ["ai-sdk-valid.ts", "ai-sdk-invalid.ts"].map((f) => join(CASES, f)),
    );
    expect(`${aiSdk.join("\n")}\n`).toBe(readFileSync(join(CASES, "ai-sdk-invalid.expected.txt"), "utf8"));
    // Loose ids through the Register augmentation, also alone.
    expect(ts7Diagnostics(tsc, "loose", [join(CASES, "loose.ts")])).toEqual([
      "test/types/cases/loose.ts:13 TS2345: Argument of type '\"gpt-4o\"' is not assignable to parameter of type '\"❌ Expected 'provider:model', got 'gpt-4o'\"'.",
    ]);
  });
});
