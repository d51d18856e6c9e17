import { describe, expect, it } from "vitest";
import { enrichCatalog } from "../../generator/enrich.js";
import { derivedMode, withSortedKeys } from "../../runtime/create/complete-records.js";
import type { MergedProvider } from "../../generator/merge.js";

function merged(entries: Record<string, MergedProvider>): Map<string, MergedProvider> {
  return new Map(Object.entries(entries));
}

describe("enrichCatalog", () => {
  it("fills defaults once, after merging", () => {
    const { catalog, diagnostics } = enrichCatalog(
      merged({
        b: {
          fields: {},
          models: new Map([
            ["z", {}],
            ["a", { family: "text-embedding", capabilities: { tools: true } }],
          ]),
        },
      }),
      undefined,
    );
    expect(diagnostics).toEqual([]);
    const [provider] = catalog.providers;
    expect(provider!.provider).toEqual({ id: "b", name: "b", protocol: "unknown", env: [] });
    const [a, z] = provider!.models;
    expect([a!.id, z!.id]).toEqual(["a", "z"]);
    expect(a).toMatchObject({ spec: "b:a", name: "a", mode: "embedding", status: "active", aliases: [], tags: [] });
    expect(a!.capabilities).toMatchObject({ tools: true, temperature: false, streaming: false, reasoning: false });
    expect(z!.capabilities).toMatchObject({ tools: false, temperature: true, streaming: true });
    expect(z!.modalities).toEqual({ input: ["text"], output: ["text"] });
  });

  it("derives the mode from the family, then a sole media output", () => {
    expect(derivedMode("rerank-v3", "x", ["text"])).toBe("rerank");
    expect(derivedMode(undefined, "x", ["image"])).toBe("image");
    expect(derivedMode(undefined, "x", ["text", "image"])).toBe("chat");
  });

  it("derives a non-chat mode from the model id when the family does not say (models.dev lists text output for these)", () => {
    expect(derivedMode("gemini", "gemini-embedding-001", ["text"])).toBe("embedding");
    expect(derivedMode("qwen", "Qwen/Qwen3-Reranker-0.6B", ["text"])).toBe("rerank");
    expect(derivedMode("whisper", "whisper-large-v3", ["text"])).toBe("audio");
    expect(derivedMode(undefined, "gpt-4o-mini-tts", ["audio"])).toBe("audio");
    expect(derivedMode("melotts", "@cf/myshell-ai/melotts", ["text"])).toBe("audio");
    expect(derivedMode("gpt-image", "gpt-image-1.5", ["text", "image"])).toBe("image");
    expect(derivedMode(undefined, "omni-moderation-latest", ["text"])).toBe("moderation");
    // Chat models whose ids merely contain similar letters stay chat.
    expect(derivedMode("gpt", "gpt-4o", ["text"])).toBe("chat");
    expect(derivedMode("claude", "claude-sonnet-4-5", ["text"])).toBe("chat");
    expect(derivedMode("gemini", "gemini-2.5-flash-image", ["text", "image"])).toBe("chat");
  });

  it("deprecates models whose deprecation date is on or before asOf, and never uses the clock", () => {
    const models = new Map([
      ["old", { deprecationDate: "2026-06" }],
      ["new", { deprecationDate: "2026-06-14" }],
    ]);
    const { catalog } = enrichCatalog(merged({ p: { fields: {}, models } }), "2026-06-13");
    expect(catalog.providers[0]!.models.map((m) => [m.id, m.status])).toEqual([
      ["new", "active"],
      ["old", "deprecated"],
    ]);
    const noCutOff = enrichCatalog(merged({ p: { fields: {}, models } }), undefined);
    expect(noCutOff.catalog.providers[0]!.models.every((m) => m.status === "active")).toBe(true);
  });

  it("moves a cost without input or output to extra, with a warning", () => {
    const { catalog, diagnostics } = enrichCatalog(merged({ p: { fields: {}, models: new Map([["m", { cost: { input: 1 } }]]) } }), undefined);
    expect(catalog.providers[0]!.models[0]!.cost).toBeUndefined();
    expect(catalog.providers[0]!.models[0]!.extra).toEqual({ cost: { input: 1 } });
    expect(diagnostics.map((d) => d.code)).toEqual(["cost_incomplete"]);
  });

  it("rejects providers that differ only by case or -/_", () => {
    const { diagnostics } = enrichCatalog(
      merged({ a_b: { fields: {}, models: new Map([["m", {}]]) }, "A-b": { fields: {}, models: new Map([["m", {}]]) } }),
      undefined,
    );
    expect(diagnostics.map((d) => d.code)).toEqual(["provider_fold_collision"]);
  });

  it("sorts keys of free-form values so source order cannot leak into output", () => {
    expect(JSON.stringify(withSortedKeys({ b: 1, a: [{ d: 1, c: 2 }] }))).toBe('{"a":[{"c":2,"d":1}],"b":1}');
  });
});
