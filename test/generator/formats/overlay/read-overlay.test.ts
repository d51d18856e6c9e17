import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCatalog, generateFromFiles } from "../../../../generator/pipeline.js";
import { loadConfig } from "../../../../generator/sources/load-config.js";
import type { SourceFile } from "../../../../generator/stage-types.js";
import type { Model } from "../../../../runtime/types.js";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
const SNAPSHOT = { format: "models-dev-json" as const, path: "data/models-dev/api.json" };

describe("overlays over the snapshot", async () => {
  const result = await generateCatalog(
    loadConfig({ root: ROOT, noDefaultSources: true, sources: [SNAPSHOT, { format: "overlay", path: "test/fixtures/overlays/team" }] }),
  );
  const models = new Map<string, Model>(result.catalog!.providers.flatMap((p) => p.models.map((m) => [m.spec, m] as const)));

  it("merges the corrections example exactly: null keeps the name, cost merges, the list is replaced, aliases add", () => {
    const m = models.get("openai:gpt-4o")!;
    expect(m.name).toBe("GPT-4o");
    expect(m.cost).toEqual({ input: 2, output: 10, cacheRead: 1.25 });
    expect(m.modalities.input).toEqual(["text", "image"]);
    expect(m.aliases).toEqual(["gpt-4o-latest"]);
  });

  it("turns flags off with a capability map, and sets status", () => {
    const m = models.get("openai:o3")!;
    expect([m.capabilities.tools, m.capabilities.temperature, m.status]).toEqual([false, true, "beta"]);
  });

  it("adds a private provider and model from a TOML tree, with a stated id containing ':'", () => {
    const m = models.get("acme-private:acme/chat:v2")!;
    expect(m).toMatchObject({ name: "Acme Chat v2", aliases: ["chat"], limits: { context: 200000, output: 16000 }, cost: { input: 0.5, output: 1.5 } });
    expect(m.modalities.input).toEqual(["text", "image"]);
    expect(m.capabilities).toMatchObject({ tools: true, streaming: true, reasoning: false });
    const provider = result.catalog!.providers.find((p) => p.provider.id === "acme-private")!.provider;
    expect(provider).toMatchObject({
      protocol: "openai-compatible",
      baseUrl: "https://llm.acme.internal/v1",
      defaultModel: "acme/chat:v2",
      env: ["ACME_API_KEY"],
    });
  });

  it("deprecates with active = false and unions tags", () => {
    expect(models.get("openai:gpt-4")).toMatchObject({ status: "deprecated", deprecationDate: "2025-06-06", tags: ["legacy"] });
  });

  it("warns, with the file position, when a sparse record creates a model (an id typo)", () => {
    const warnings = result.diagnostics.filter((d) => d.severity !== "info");
    expect(warnings.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.keyPath}`)).toEqual([
      "data/models-dev/api.json:19945:22 warning invalid_date azure.models.claude-haiku-4-5.knowledge",
      "data/models-dev/api.json:23542:22 warning invalid_date azure-cognitive-services.models.claude-haiku-4-5.knowledge",
      "data/models-dev/api.json:47675:12 warning unknown_protocol gitlab.npm",
      "data/models-dev/api.json:79158:12 warning unknown_protocol merge-gateway.npm",
      "data/models-dev/api.json:142842:12 warning unknown_protocol sap-ai-core.npm",
      "data/models-dev/api.json:143313:25 warning invalid_date scaleway.models.qwen3-embedding-8b.release_date",
      "test/fixtures/overlays/team/corrections.yaml:13:7 warning overlay_creates_model openai.models.gpt-4o-typo",
    ]);
  });
});

describe("overlay files", () => {
  const context = loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "overlay", path: "o" }] });
  const file = (path: string, text: string): SourceFile => ({ path, format: "overlay", rank: 0, text });

  it("report wrong types and negative prices at their line and column, in every format", () => {
    const yaml = file("o/a.yaml", "p:\n  models:\n    m:\n      name: M\n      cost: { input: -1, output: 1 }\n");
    const toml = file("o/providers/p/models/n.toml", 'name = "N"\n[limit]\ncontext = "big"\n');
    const json = file("o/b.json", '{ "p": { "models": { "k": { "name": 5 } } } }');
    const result = generateFromFiles([yaml, json, toml], context);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.keyPath}`)).toEqual([
      "o/a.yaml:5:22 too_small p.models.m.cost.input",
      "o/b.json:1:37 invalid_type p.models.k.name",
      "o/providers/p/models/n.toml:3:11 invalid_type p.models.n.limit.context",
    ]);
  });

  it("ignores the top-level $schema key that names a file's JSON Schema for editors", () => {
    const json = file("o/c.json", '{ "$schema": "https://unpkg.com/llm-catalog/schema/overlay.schema.json", "p": { "models": { "m": { "name": "M" } } } }');
    const toml = file("o/providers/p/models/n.toml", '"$schema" = "https://unpkg.com/llm-catalog/schema/overlay-model.schema.json"\nname = "N"\n');
    const result = generateFromFiles([json, toml], context);
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(result.catalog!.providers.map((p) => p.provider.id)).toEqual(["p"]);
    expect(result.catalog!.providers[0]!.models.map((m) => [m.id, m.name, m.extra])).toEqual([
      ["m", "M", undefined],
      ["n", "N", undefined],
    ]);
  });

  it("keeps checking other files when one cannot be parsed", () => {
    const broken = file("o/broken.json", '{ "p": { "models": ');
    const good = file("o/good.yaml", "q:\n  models:\n    m: { name: M, limit: { context: 1, output: 1 } }\n");
    const result = generateFromFiles([broken, good], context);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual(["o/broken.json:1:20 json_syntax"]);
    expect(result.catalog!.providers.map((p) => p.provider.id)).toEqual(["q"]);
  });
});
