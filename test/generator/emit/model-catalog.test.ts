import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitModelCatalog } from "../../../generator/emit/emit-model-catalog.js";
import { models } from "../../../runtime/index.js";
import { smallCatalog } from "./small-catalog.js";

const text = readFileSync(join(import.meta.dirname, "..", "..", "..", "generated", "model-catalog.ts"), "utf8");

describe("generated ModelCatalog", () => {
  it("documents every model, with @deprecated exactly on the deprecated ones", () => {
    const members = [...text.matchAll(/\/\*\*\n((?: {3}\*.*\n)+) {3}\*\/\n {2}readonly ("[^"]*(?:\\.[^"]*)*"):/g)];
    expect(members).toHaveLength(5258);
    const deprecated = new Set(
      models()
        .filter((m) => m.status === "deprecated")
        .map((m) => m.spec),
    );
    expect(deprecated.size).toBe(113);
    for (const [, doc, key] of members) {
      const spec = JSON.parse(key!) as string;
      expect(doc!.includes("@deprecated"), spec).toBe(deprecated.has(spec));
    }
    expect(text).toContain(
      '   * GPT-4o · context 128,000 · output 16,384 · $2.5 / $10 per 1M tokens · released 2024-05-13 · knowledge 2023-09\n   */\n  readonly "openai:gpt-4o"',
    );
  });
});

describe("emitModelCatalog", () => {
  const catalog = smallCatalog({ acme: { models: { live: { name: "Live" }, old: { name: "Old", status: "deprecated", deprecationDate: "2025-06-01" } } } });
  const { path, text } = emitModelCatalog(catalog);

  it("documents each spec's member, marking only the deprecated one", () => {
    expect(path).toBe("model-catalog.ts");
    expect(text).toMatch(/ {2}\/\*\*\n {3}\* Live[^\n]*\n {3}\*\/\n {2}readonly "acme:live": ModelOf<"acme:live">;/);
    expect(text).toMatch(/ {2}\/\*\*\n {3}\* Old[^\n]*\n {3}\* @deprecated [^\n]*\n {3}\*\/\n {2}readonly "acme:old": ModelOf<"acme:old">;/);
    expect(text.match(/^ {3}\* @deprecated /gm)).toHaveLength(1);
  });

  it("types the root's catalog object with the documented interface", () => {
    expect(text).toContain('import { catalog as records } from "./index.js";');
    expect(text).toContain("export const catalog: ModelCatalog = records as unknown as ModelCatalog;");
  });
});
