import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCatalog, generateFromFiles } from "../../../../generator/pipeline.js";
import { loadConfig } from "../../../../generator/sources/load-config.js";
import { readExLlmYaml } from "../../../../generator/formats/ex-llm-yaml/read-ex-llm-yaml.js";
import type { SourceFile } from "../../../../generator/stage-types.js";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
const EX_LLM = "test/corpus/ex_llm/models";
const file = (path: string, text: string): SourceFile => ({ path, format: "ex-llm-yaml", rank: 0, text });
const context = loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "ex-llm-yaml", path: "x" }], asOf: "2026-06-13" });

describe("readExLlmYaml", () => {
  it("keeps ids as written, maps capabilities, modes and implied modalities", () => {
    const text = [
      "provider: groq",
      "default_model: groq/llama",
      "models:",
      "  groq/llama:",
      "    context_window: 8192",
      "    pricing: { input: 0.05, output: 0.08 }",
      "    capabilities: [streaming, tool_choice, vision, Parallel-Function-Calling, telepathy]",
      "  whisper:",
      "    mode: audio_transcription",
      "  odd:",
      "    mode: dreaming",
      "    deprecation_date: '2025-01-01'",
    ].join("\n");
    const result = generateFromFiles([file("x/groq.yml", text)], context);
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.keyPath}`)).toEqual([
      '7:79 warning unknown_capability groq.models["groq/llama"].capabilities[4]',
      "11:11 warning unknown_mode groq.models.odd.mode",
    ]);
    const [llama, odd, whisper] = result.catalog!.providers[0]!.models;
    expect(result.catalog!.providers[0]!.provider.defaultModel).toBe("groq/llama");
    expect(llama).toMatchObject({
      spec: "groq:groq/llama",
      limits: { context: 8192 },
      cost: { input: 0.05, output: 0.08 },
      modalities: { input: ["text", "image"] },
    });
    expect(llama!.capabilities).toMatchObject({ streaming: true, toolChoice: true, parallelToolCalls: true, tools: false });
    expect(llama!.extra).toEqual({ unknownCapabilities: ["telepathy"] });
    expect(whisper).toMatchObject({ mode: "audio", modalities: { input: ["audio"], output: ["text"] } });
    expect(odd).toMatchObject({ mode: "other", status: "deprecated", deprecationDate: "2025-01-01", extra: { mode: "dreaming" } });
  });

  it("reports duplicate keys and bad indentation with positions, and skips capability files", () => {
    const duplicate = readExLlmYaml(file("x/a.yml", "provider: a\nmodels:\n  m: {}\n  m: {}\n"));
    expect(duplicate.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([[4, 3, "yaml_syntax"]]);
    const indentation = readExLlmYaml(file("x/b.yml", "provider: b\nmodels:\n  m:\n    context_window: 1\n   mode: chat\n"));
    expect(indentation.diagnostics[0]).toMatchObject({ code: "yaml_syntax", line: 5 });
    const capabilities = readExLlmYaml(file("x/c.yml", "provider: c\nmodel_capabilities:\n  m: {}\n"));
    expect([capabilities.records, capabilities.diagnostics.map((d) => d.code)]).toEqual([[], ["capability_file_skipped"]]);
  });

  it("leaves an unmatched default model unset with a warning", () => {
    const result = generateFromFiles([file("x/d.yml", "provider: d\ndefault_model: d/m\nmodels:\n  m: {}\n")], context);
    expect(result.catalog!.providers[0]!.provider.defaultModel).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["default_model_missing"]);
  });
});

describe("the ExLLM folder", () => {
  it("brings every model entry of the 53 catalogs into the catalog, with no warnings", async () => {
    const files = readdirSync(join(ROOT, EX_LLM));
    expect(files).toHaveLength(54);
    const result = await generateCatalog(loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "ex-llm-yaml", path: EX_LLM }] }));
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of result.diagnostics) counts[d.severity]++;
    // Infos: the capability-discovery file, and 7 snowflake models whose output exceeds their context.
    expect(counts).toEqual({ error: 0, warning: 0, info: 8 });
    const providers = result.catalog!.providers;
    expect(providers).toHaveLength(53);
    expect(providers.reduce((n, p) => n + p.models.length, 0)).toBe(1064);
    const ids = (p: string) => providers.find((x) => x.provider.id === p)!.models.map((m) => m.id);
    expect(ids("bedrock").filter((id) => id.startsWith("bedrock/"))).toHaveLength(76);
    expect(ids("bedrock")).toHaveLength(160);
    expect(ids("azure")).toEqual(expect.arrayContaining(["computer-use-preview", "azure/computer-use-preview"]));
    expect(providers.filter((p) => p.provider.defaultModel !== undefined)).toHaveLength(53);
    expect(providers.find((p) => p.provider.id === "bumblebee")!.models.every((m) => m.cost?.input === 0 && m.cost.output === 0)).toBe(true);
  });
});

describe("a capability-discovery file named on its own", () => {
  it("only adds capability names to models an earlier source has; its context_window is ignored", async () => {
    const result = await generateCatalog(
      loadConfig({
        root: ROOT,
        noDefaultSources: true,
        sources: [
          { format: "ex-llm-yaml", path: `${EX_LLM}/openai.yml` },
          { format: "ex-llm-yaml", path: `${EX_LLM}/openai_capabilities.yml` },
        ],
      }),
    );
    // The only warnings: "long_context", a name no vocabulary has (8 entries).
    const warnings = result.diagnostics.filter((d) => d.severity !== "info");
    expect(new Set(warnings.map((d) => d.message))).toEqual(new Set(['Unknown capability "long_context"; kept in extra.unknownCapabilities']));
    expect(warnings).toHaveLength(8);
    const openai = result.catalog!.providers.find((p) => p.provider.id === "openai")!;
    const alone = await generateCatalog(loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "ex-llm-yaml", path: `${EX_LLM}/openai.yml` }] }));
    expect(openai.models.map((m) => m.id)).toEqual(alone.catalog!.providers[0]!.models.map((m) => m.id));
    const gpt4 = openai.models.find((m) => m.id === "gpt-4")!;
    expect(gpt4.limits.context).toBe(8192);
    expect(gpt4.capabilities.jsonMode).toBe(true);
    expect(gpt4.modalities.input).toContain("image");
  });
});
