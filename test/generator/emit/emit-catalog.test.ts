import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitCatalog } from "../../../generator/emit/emit-catalog.js";
import { enrichCatalog } from "../../../generator/enrich.js";
import type { MergedProvider } from "../../../generator/merge.js";
import { typeDiagnostics } from "../../types/check-cases.js";

const SNAPSHOT_DIR = join(import.meta.dirname, "..", "..", "snapshots", "tiny");

/** A small hand-built catalog with the awkward cases: ids with `: / @ .`, a deprecated model, a non-identifier provider. */
function tinyCatalog() {
  const providers = new Map<string, MergedProvider>([
    [
      "acme-ai",
      {
        fields: { name: "Acme AI", protocol: "openai-compatible", env: ["ACME_API_KEY"], baseUrl: "https://api.acme.test/v1" },
        models: new Map([
          [
            "chat-1",
            {
              name: "Chat 1 */ tricky",
              limits: { context: 128000, output: 4096 },
              cost: { input: 1, output: 2, cacheRead: 0.5 },
              capabilities: { tools: true },
              releaseDate: "2025-01-01",
            },
          ],
          [
            "vendor/model:free@2025.1",
            {
              name: "Odd id",
              status: "deprecated",
              deprecationDate: "2025-06-01",
              reasoningOptions: [{ type: "effort", values: ["low", "high"] }],
              capabilities: { reasoning: true },
            },
          ],
        ]),
      },
    ],
    [
      "302ai",
      {
        fields: { name: "302.AI", protocol: "openai-compatible", env: ["302AI_API_KEY"] },
        models: new Map([["m", { modalities: { input: ["text", "image"], output: ["text"] } }]]),
      },
    ],
  ]);
  // Routes as the routes stage resolves them, one under a name that is no identifier.
  return { ...enrichCatalog(providers, "2026-01-01").catalog, routes: { fast: "acme-ai:chat-1", "with vision": "302ai:m" } };
}

describe("emitCatalog", () => {
  const { files, diagnostics } = emitCatalog(tinyCatalog(), "../../../runtime/core.js");

  it("emits the whole output for a tiny catalog, as checked-in snapshots", async () => {
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.path)).toEqual([
      "catalog-data.ts",
      "index.ts",
      "model-catalog.ts",
      "providers/302ai.ts",
      "providers/acme-ai.ts",
      "records.ts",
      "requests.ts",
      "types.ts",
    ]);
    for (const file of files) await expect(file.text).toMatchFileSnapshot(join(SNAPSHOT_DIR, file.path));
  });

  it("snapshots type-check and their types work", () => {
    const consumer = join(SNAPSHOT_DIR, "..", "tiny-consumer.ts");
    expect(typeDiagnostics([...files.map((f) => join(SNAPSHOT_DIR, f.path)), consumer])).toEqual([]);
  });

  it("ends every file with one newline and uses LF only", () => {
    for (const f of files) {
      expect(f.text.endsWith("\n") && !f.text.endsWith("\n\n"), f.path).toBe(true);
      expect(f.text.includes("\r"), f.path).toBe(false);
    }
  });

  it("rejects providers whose export names collide", () => {
    const providers = new Map<string, MergedProvider>([
      ["a-b", { fields: {}, models: new Map([["m", {}]]) }],
      ["a.b", { fields: {}, models: new Map([["m", {}]]) }],
    ]);
    const result = emitCatalog(enrichCatalog(providers, undefined).catalog, "x");
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["export_name_collision"]);
  });
});
