import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { generateCatalog } from "../../../../generator/pipeline.js";
import { loadConfig } from "../../../../generator/sources/load-config.js";
import { readModelsDevToml } from "../../../../generator/formats/models-dev-toml/read-models-dev-toml.js";
import { locateTomlKey } from "../../../../generator/sources/locate-toml.js";
import type { SourceFile } from "../../../../generator/stage-types.js";
import type { Model } from "../../../../runtime/types.js";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
/** The TOML tree, unpacked from test/corpus/models-dev/tree.tar.gz by test/setup/global.ts. */
const TREE = inject("modelsDevTree");
const BUILT = "test/corpus/models-dev/api.from-toml.json";
const file = (path: string, text: string): SourceFile => ({ path, format: "models-dev-toml", rank: 0, text });

describe("readModelsDevToml", () => {
  const lab = file(
    "t/models/openai/gpt-x.toml",
    'name = "GPT X"\nfamily = "gpt"\nlicense = "x"\n[limit]\ncontext = 1_000\ninput = 900\noutput = 100\n[cost]\ninput = 1\noutput = 2\n[[cost.tiers]]\ntier = { type = "context", size = 500 }\ninput = 2\n',
  );
  const provider = file("t/providers/acme/provider.toml", 'name = "Acme"\r\nenv = ["ACME_KEY"]\r\nnpm = "@ai-sdk/openai-compatible"');
  const model = file(
    "t/providers/acme/models/vendor/gpt-x:free.toml",
    'base_model = "openai/gpt-x"\nbase_model_omit = ["limit.input", "cost.tiers", "missing.path"]\nreasoning_options = [{ type = "effort", values = ["null", "low"] }]\n[limit]\noutput = 50\n',
  );

  it("takes ids from paths and inherits from base_model with omissions", () => {
    const { records, diagnostics } = readModelsDevToml([lab, provider, model], "t");
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.kind, r.provider, r.id])).toEqual([
      ["provider", "acme", undefined],
      ["model", "acme", "vendor/gpt-x:free"],
    ]);
    expect(records[1]!.value).toEqual({
      name: "GPT X",
      family: "gpt",
      limit: { context: 1000, output: 50 },
      cost: { input: 1, output: 2 },
      base_model: "openai/gpt-x",
      reasoning_options: [{ type: "effort", values: [null, "low"] }],
    });
  });

  it("reports a missing base model and TOML syntax errors with positions", () => {
    const broken = file("t/providers/acme/models/bad.toml", "name = \n");
    const orphan = file("t/providers/acme/models/orphan.toml", 'base_model = "nope/nothing"\n');
    const { diagnostics } = readModelsDevToml([broken, orphan], "t");
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["toml_syntax", 1],
      ["base_model_missing", 1],
    ]);
  });

  it("locates keys under table headers", () => {
    const text = 'name = "x"\n\n[cost]\ninput = -1\n\n[[cost.tiers]]\ninput = 2\n';
    expect(locateTomlKey(text, ["cost", "input"])).toEqual({ line: 4, column: 9 });
    expect(locateTomlKey(text, ["cost", "tiers", 0, "input"])).toEqual({ line: 7, column: 9 });
    expect(locateTomlKey(text, ["limit", "context"])).toEqual({ line: 1, column: 1 });
  });
});

// The TOML tree in test/corpus must read to the same catalog as upstream's own build of it.
describe("the models.dev TOML tree", () => {
  it("reads to the catalog of api.from-toml.json, except baseModel and extra.cost", async () => {
    const [tree, built] = await Promise.all([
      generateCatalog(loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "models-dev-toml", path: TREE }], asOf: "2026-07-01" })),
      generateCatalog(loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "models-dev-json", path: BUILT }], asOf: "2026-07-01" })),
    ]);
    expect(tree.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const strip = (m: Model) => {
      const { baseModel, extra, ...rest } = m;
      const { cost, ...otherExtra } = extra ?? {};
      return Object.keys(otherExtra).length > 0 ? { ...rest, extra: otherExtra } : rest;
    };
    const treeModels = tree.catalog!.providers.flatMap((p) => p.models);
    expect(treeModels).toHaveLength(5276);
    expect(treeModels.filter((m) => m.baseModel !== undefined).length).toBe(1347);
    expect(tree.catalog!.providers.map((p) => p.provider)).toEqual(built.catalog!.providers.map((p) => p.provider));
    const builtModels = built.catalog!.providers.flatMap((p) => p.models);
    for (const [i, m] of treeModels.entries()) expect(strip(m), m.spec).toEqual(strip(builtModels[i]!));
    expect(tree.diagnostics.filter((d) => d.code === "unknown_cost_key")).toHaveLength(25);
  });
});

describe("reading a TOML tree from disk", () => {
  it("follows symlinks, warns on dangling ones, and accepts an absolute source path", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const tree = mkdtempSync(join(tmpdir(), "llm-catalog-tree-"));
    mkdirSync(join(tree, "providers/acme/models"), { recursive: true });
    writeFileSync(join(tree, "providers/acme/provider.toml"), 'name = "Acme"\nenv = []\nnpm = "@ai-sdk/openai-compatible"\n');
    writeFileSync(
      join(tree, "model.toml.src"),
      'name = "M"\nattachment = false\nreasoning = false\ntool_call = false\nrelease_date = "2025-01"\nlast_updated = "2025-01"\nopen_weights = false\n[modalities]\ninput = ["text"]\noutput = ["text"]\n[limit]\ncontext = 10\noutput = 5\n',
    );
    symlinkSync(join(tree, "model.toml.src"), join(tree, "providers/acme/models/m.toml"));
    symlinkSync(join(tree, "missing.toml"), join(tree, "providers/acme/models/gone.toml"));
    const result = await generateCatalog(loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "models-dev-toml", path: tree }] }));
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file.slice(tree.length)}`)).toEqual([
      "warning dangling_link /providers/acme/models/gone.toml",
    ]);
    expect(result.catalog!.providers[0]!.models.map((m) => m.spec)).toEqual(["acme:m"]);
  });
});
