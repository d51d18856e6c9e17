import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCatalog, generateFromFiles } from "../../../../generator/pipeline.js";
import { loadConfig } from "../../../../generator/sources/load-config.js";
import type { SourceFile } from "../../../../generator/stage-types.js";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
const LLM_MODELS = "test/corpus/llm_models";
const file = (path: string, text: string): SourceFile => ({ path, format: "llm-models-toml", rank: 1, text });
const base = (text: string): SourceFile => ({ path: "api.json", format: "models-dev-json", rank: 0, text });
const context = loadConfig({
  root: ROOT,
  noDefaultSources: true,
  sources: [
    { format: "models-dev-json", path: "api.json" },
    { format: "llm-models-toml", path: "l" },
  ],
  asOf: "2026-06-13",
});
const SNAPSHOT = JSON.stringify({
  p: {
    id: "p",
    name: "P",
    env: [],
    npm: "@ai-sdk/openai-compatible",
    models: Object.fromEntries(
      ["m1", "m2", "old-1"].map((id) => [
        id,
        {
          id,
          name: id,
          attachment: false,
          reasoning: false,
          tool_call: false,
          release_date: "2025-01-01",
          last_updated: "2025-01-01",
          open_weights: false,
          modalities: { input: ["text"], output: ["text"] },
          limit: { context: 1000, output: 100 },
          cost: { input: 1, output: 2 },
        },
      ]),
    ),
  },
});

describe("readLlmModelsToml", () => {
  it("maps lifecycle, nested capabilities, aliases and exclude_models over an earlier layer", () => {
    const result = generateFromFiles(
      [
        base(SNAPSHOT),
        file("l/p/provider.toml", 'name = "P (llm_db)"\nexclude_models = ["old-*"]\n'),
        file("l/p/m_one.toml", 'id = "m1"\naliases = ["m1-latest"]\n[lifecycle]\nstatus = "retired"\nretires_at = "2026-01-01"\nreplacement = "m2"\n'),
        file(
          "l/p/m2.toml",
          'id = "m2"\n[capabilities]\nchat = true\n[capabilities.tools]\nenabled = true\nparallel = true\n[capabilities.json]\nschema = true\n[capabilities.reasoning]\nenabled = true\ntoken_budget = 1024\n[cost]\ninput = 0.5\nimage = 0.01\n',
        ),
      ],
      context,
    );
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    const [m1, m2] = result.catalog!.providers[0]!.models;
    expect(result.catalog!.providers[0]!.models.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(result.catalog!.providers[0]!.provider.name).toBe("P (llm_db)");
    expect(m1).toMatchObject({
      aliases: ["m1-latest"],
      status: "deprecated",
      deprecationDate: "2026-01-01",
      extra: { lifecycle: { retires_at: "2026-01-01", replacement: "m2" } },
    });
    expect(m2!.capabilities).toMatchObject({ tools: true, parallelToolCalls: true, structuredOutput: true, reasoning: true, toolChoice: false });
    expect(m2).toMatchObject({ mode: "chat", cost: { input: 0.5, output: 2 }, extra: { cost: { image: 0.01 }, reasoningTokenBudget: 1024 } });
  });

  it("reports two files with one id, and keeps a folder without provider.toml", () => {
    const result = generateFromFiles(
      [base(SNAPSHOT), file("l/q/a.toml", 'id = "x"\nname = "X"\n'), file("l/q/b.toml", 'id = "x"\nname = "X again"\n')],
      context,
    );
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([
      'l/q/b.toml:1 duplicate_model Model "x" is also defined in l/q/a.toml',
    ]);
    expect(result.catalog!.providers.map((p) => p.provider.id)).toEqual(["p", "q"]);
  });
});

describe("the llm_models folders over the snapshot", () => {
  const providers = { amazon_bedrock: "amazon-bedrock", google_vertex: "google-vertex", google: "google" };
  const layered = (folder: string) =>
    generateCatalog(loadConfig({ root: ROOT, sources: [{ format: "llm-models-toml", path: `${LLM_MODELS}/${folder}`, providers }] }));

  it("local-2025-11-06 layers cleanly", async () => {
    const result = await layered("local-2025-11-06");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("local-2025-12-04: the only errors are aliases that name another model's id (genuine conflicts with models.dev)", async () => {
    const result = await layered("local-2025-12-04");
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(new Set(errors.map((d) => d.code))).toEqual(new Set(["alias_shadows_id"]));
    expect(errors.map((d) => d.message)).toContain('Alias "claude-sonnet-4-5" is the id of another anthropic model');
  });
});
