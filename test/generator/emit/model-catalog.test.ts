import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { models } from "../../../runtime/index.js";

const text = readFileSync(join(import.meta.dirname, "..", "..", "..", "generated", "model-catalog.ts"), "utf8");

describe("generated ModelCatalog", () => {
  it("documents every model, with @deprecated exactly on the deprecated ones", () => {
    const members = [...text.matchAll(/\/\*\*\n((?:   \*.*\n)+)   \*\/\n  readonly ("[^"]*(?:\\.[^"]*)*"):/g)];
    expect(members).toHaveLength(5258);
    const deprecated = new Set(models().filter((m) => m.status === "deprecated").map((m) => m.spec));
    expect(deprecated.size).toBe(113);
    for (const [, doc, key] of members) {
      const spec = JSON.parse(key!) as string;
      expect(doc!.includes("@deprecated"), spec).toBe(deprecated.has(spec));
    }
    expect(text).toContain('   * GPT-4o · context 128,000 · output 16,384 · $2.5 / $10 per 1M tokens · released 2024-05-13 · knowledge 2023-09\n   */\n  readonly "openai:gpt-4o"');
  });
});
