import { describe, expect, it } from "vitest";
import { emitTypes, featureNamesOf, modelsBySpecGroup, SPEC_GROUPS } from "../../../generator/emit/emit-types.js";
import { readTemplate } from "../../../generator/emit/read-template.js";
import { smallCatalog } from "./small-catalog.js";

const catalog = smallCatalog({
  anthropic: {
    fields: { protocol: "anthropic-messages" },
    models: {
      "claude-a": { capabilities: { tools: true, reasoning: true }, reasoningOptions: [{ type: "effort", values: ["low", "high"] }] },
      "claude-b": { capabilities: { tools: true, reasoning: true }, reasoningOptions: [{ type: "effort", values: ["low", "high"] }] },
      embed: { mode: "embedding" },
    },
  },
  "open-x": { fields: { protocol: "openai-compatible" }, models: { "m-1": { modalities: { input: ["text", "image"], output: ["text"] } } } },
});
const names = new Map([
  ["anthropic", "anthropic"],
  ["open-x", "openX"],
]);
const { path, text } = emitTypes(catalog, names, "../runtime/core.js");

describe("emitTypes", () => {
  it("writes the provider ids, one id union per provider and the provider map", () => {
    expect(path).toBe("types.ts");
    expect(text).toContain('export type ProviderId =\n  | "anthropic"\n  | "open-x";');
    expect(text).toContain('export type OpenXModelId =\n  | "m-1";');
    expect(text).toContain('export interface ProviderModelMap {\n  readonly "anthropic": AnthropicModelId;\n  readonly "open-x": OpenXModelId;\n}');
    expect(text).toContain('Every valid `"provider:model"` spec (4)');
  });

  it("puts each spec in its wire format's slice, non-chat modes in the last", () => {
    const groups = modelsBySpecGroup(catalog);
    expect([...groups.keys()]).toEqual(SPEC_GROUPS.map((g) => g.name));
    expect(groups.get("AnthropicMessagesFeatures")!.map((m) => m.spec)).toEqual(["anthropic:claude-a", "anthropic:claude-b"]);
    expect(groups.get("OpenAICompatibleFeatures")!.map((m) => m.spec)).toEqual(["open-x:m-1"]);
    expect(groups.get("OtherFeatures")!.map((m) => m.spec)).toEqual(["anthropic:embed"]);
    expect(text).toContain('export interface OtherFeatures {\n  "anthropic:embed": F1;\n}');
    // Only non-chat models get a mode row; ChatSpec is every other spec.
    expect(text).toContain('export interface NonChatModes {\n  "anthropic:embed": "embedding";\n}');
    expect(text).toContain("export interface OpenAIChatFeatures {\n}");
  });

  it("gives models with the same features one alias", () => {
    expect(featureNamesOf(catalog.providers[0]!.models[0]!, catalog.providers[0]!.provider)).toEqual([
      "tools",
      "reasoning",
      "streaming",
      "temperature",
      "effort:low",
      "effort:high",
    ]);
    expect(text).toContain('type F0 = "tools" | "reasoning" | "streaming" | "temperature" | "effort:low" | "effort:high";');
    expect(text).toContain("type F1 = never;");
    expect(text).toContain('  "anthropic:claude-a": F0;\n  "anthropic:claude-b": F0;');
    expect(text.match(/^type F\d+ = /gm)).toHaveLength(3);
  });

  it("copies the spec types of its template and imports what they need from the runtime", () => {
    expect(text).toContain('\nimport type { CapabilityFlags, CapabilityName, LooseModelIds, Model } from "../runtime/core.js";\n');
    expect(text).toContain(readTemplate("spec-types").body.trimEnd());
    expect(text).not.toMatch(/from "\.\/types\.js"|#region/);
  });

  it("keeps CheckSpec and the parameter model() spells it out in the same", () => {
    const checkSpec = /^export type CheckSpec<S extends string> = ([^;]*);$/m.exec(readTemplate("spec-types").body)![1]!;
    const parameter = /^export function model<S extends string>\(spec: ([^)]*)\): ModelOf<S> \{$/m.exec(readTemplate("catalog-api").body)![1]!;
    // The index's copy sits one level deeper: every line after the first is indented two more spaces.
    expect(parameter).toBe(checkSpec.replace(/\n/g, "\n  "));
  });
});
