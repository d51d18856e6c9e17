import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { typeDiagnostics } from "./check-cases.js";
import { DOC_BLOCK_DIR, writeDocBlocks, type DocBlock } from "./doc-blocks.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CASES = join(import.meta.dirname, "cases");
const DOC_BLOCKS = writeDocBlocks(Object.keys(await import("../../runtime/index.js")));
const STRICT_CASES = [
  ...["valid.ts", "invalid.ts", "requests-valid.ts", "requests-invalid.ts"].map((f) => join(CASES, f)),
  ...DOC_BLOCKS.filter((b) => !b.ownProgram).map((b) => b.file),
];
// One program for every strict-mode case file: each program re-checks the whole generated catalog.
let strictDiagnostics: string[] | undefined;
const strict = () => (strictDiagnostics ??= typeDiagnostics(STRICT_CASES));
const diagnosticsOf = (...names: string[]) => strict().filter((d) => names.some((n) => d.startsWith(`test/types/cases/${n}:`)));

describe("generated types", () => {
  it("compile every valid use, and fail each invalid use with its golden message", () => {
    const diagnostics = diagnosticsOf("valid.ts", "invalid.ts");
    expect(diagnostics.filter((d) => d.includes("valid.ts") && !d.includes("invalid.ts"))).toEqual([]);
    const invalid = diagnostics.filter((d) => d.includes("invalid.ts"));
    expect(`${invalid.join("\n")}\n`).toBe(readFileSync(join(CASES, "invalid.expected.txt"), "utf8"));
    // One diagnostic per invalid line: no line passes, none fails twice.
    const lines = readFileSync(join(CASES, "invalid.ts"), "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(model|openai|anthropic|providerModel|select|export const)/.test(l) ? [i + 1] : []));
    expect(invalid.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
  });
});

describe("loose model ids (Register augmentation)", () => {
  it("accept unknown provider:model specs and still reject a missing colon", () => {
    const diagnostics = typeDiagnostics([join(CASES, "loose.ts")]);
    expect(diagnostics).toEqual([
      "test/types/cases/loose.ts:13 TS2345: Argument of type '\"gpt-4o\"' is not assignable to parameter of type '\"❌ Expected 'provider:model', got 'gpt-4o'\"'.",
    ]);
  });
});

describe("exact records (opt-in records module)", () => {
  it("give literal records through the root and the documented catalog, and reject a wrong literal", () => {
    expect(typeDiagnostics([join(CASES, "records.ts")])).toEqual(["test/types/cases/records.ts:13 TS2322: Type '128000' is not assignable to type '8192'."]);
  });
});

describe("llm-catalog/ai-sdk with the AI SDK (the registration import, the catalog registry)", () => {
  it("compile catalog specs in generateText, the registry and embed, and fail each misuse with its golden message", () => {
    // A program of its own: the registration changes the SDK's model type for the whole program.
    const diagnostics = typeDiagnostics(["ai-sdk-valid.ts", "ai-sdk-invalid.ts"].map((f) => join(CASES, f)));
    expect(diagnostics.filter((d) => d.includes("ai-sdk-valid.ts"))).toEqual([]);
    const invalid = diagnostics.filter((d) => d.includes("ai-sdk-invalid.ts"));
    expect(`${invalid.join("\n")}\n`).toBe(readFileSync(join(CASES, "ai-sdk-invalid.expected.txt"), "utf8"));
    const lines = readFileSync(join(CASES, "ai-sdk-invalid.ts"), "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(generateText|registry\.|createCatalogRegistry|callSettings)/.test(l) ? [i + 1] : []));
    expect(invalid.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
  });

  it("leave the SDK's model ids open without the registration import", () => {
    // Without it the SDK falls back to its gateway's id list, which ends in `string & {}`: a typo compiles.
    const file = join(CASES, "ai-sdk-unregistered.ts");
    expect(typeDiagnostics([file])).toEqual([]);
  });
});

describe("request types (one per wire format, gated per model)", () => {
  it("compile valid requests for every format, and reject each misuse naming the feature and the model", () => {
    const diagnostics = diagnosticsOf("requests-valid.ts", "requests-invalid.ts");
    expect(diagnostics.filter((d) => d.includes("requests-valid.ts"))).toEqual([]);
    const invalid = diagnostics.filter((d) => d.includes("requests-invalid.ts"));
    expect(`${invalid.join("\n")}\n`).toBe(readFileSync(join(CASES, "requests-invalid.expected.txt"), "utf8"));
    const lines = readFileSync(join(CASES, "requests-invalid.ts"), "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(buildRequest|buildResponsesRequest|export const)/.test(l) ? [i + 1] : []));
    expect(invalid.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
    // Every capability message names the model it is about.
    for (const d of invalid.filter((x) => x.includes("NotSupported<"))) expect(d).toMatch(/NotSupported<"[^"]+", "[^"]+:[^"]+">/);
  });
});

describe("README and docs/ examples", () => {
  it("compile, except each line marked as an error, which fails (in the same program as the cases above)", () => {
    const prefix = `${relative(ROOT, DOC_BLOCK_DIR)}/`;
    // Blocks that switch on loose mode get a program each; the others share the strict one.
    const diagnostics = [...strict().filter((x) => x.startsWith(prefix)), ...DOC_BLOCKS.filter((b) => b.ownProgram).flatMap((b) => typeDiagnostics([b.file]))];
    const failing = new Map<string, string[]>();
    for (const d of diagnostics) {
      const [, file, line] = /^(.+?):(\d+) /.exec(d)!;
      const block: DocBlock = DOC_BLOCKS.find((b) => relative(ROOT, b.file) === file)!;
      const where = `${block.source}:${block.lines[Number(line) - 1]!}`;
      failing.set(where, [...(failing.get(where) ?? []), d]);
    }
    const expected = DOC_BLOCKS.flatMap((b) => b.expectedErrors.map((line) => `${b.source}:${line}`));
    expect(expected.filter((w) => w.startsWith("README.md:")).length).toBeGreaterThan(5);
    expect(DOC_BLOCKS.filter((b) => b.source.startsWith("docs/")).length).toBeGreaterThan(5);
    // Keyed by document and line, so a failure names the line to look at and what the compiler said.
    const byLine = (a: string, b: string) => {
      const [fa, la] = a.split(":");
      const [fb, lb] = b.split(":");
      return fa! < fb! ? -1 : fa! > fb! ? 1 : Number(la) - Number(lb);
    };
    const report = (lines: Iterable<string>) => [...lines].sort(byLine).map((w) => `${w} ${(failing.get(w) ?? ["compiles"]).join(" | ")}`);
    expect(report(failing.keys())).toEqual(report(expected));
  });
});
