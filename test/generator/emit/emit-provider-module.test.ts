import { describe, expect, it } from "vitest";
import {
  dataImportOf,
  emitProviderModule,
  modelIdTypeName,
  oneFolderDeeper,
  providerModulePath,
  providerModuleSpecifier,
  recordType,
  unionLines,
} from "../../../generator/emit/emit-provider-module.js";
import { smallCatalog } from "./small-catalog.js";

describe("emitProviderModule", () => {
  const catalog = smallCatalog({ "acme-ai": { fields: { name: "Acme AI" }, models: { "chat-1": { capabilities: { tools: true } }, "vendor/m:free": {} } } });
  const { path, text } = emitProviderModule(catalog.providers[0]!, "acmeAi", "../runtime/core.js");

  it("lives under providers/ and imports the small data module of the runtime", () => {
    expect(path).toBe("providers/acme-ai.ts");
    expect(text.split("\n")[1]).toBe(
      'import { defineProviderData, requireModel, type CapabilityFlags, type Model, type Provider, type ProviderData } from "../../runtime/provider-data.js";',
    );
  });

  it("declares the id union, each model's exact record type, the data, model() and models()", () => {
    expect(text).toContain('export type AcmeAiModelId =\n  | "chat-1"\n  | "vendor/m:free";');
    expect(text).toContain(`export interface Records {\n  readonly "chat-1": ${recordType(catalog.providers[0]!.models[0]!)};\n`);
    expect(text).toMatch(/readonly capabilities: CapabilityFlags<"tools" \| [^>]*>/);
    expect(text).toContain("export function model<M extends AcmeAiModelId>(id: M): Records[M] {\n  return requireModel(data, id) as unknown as Records[M];\n}");
    expect(text).toContain(" * Acme AI: the provider record and its 2 models, parsed on first use.\n");
    expect(text).toContain("export function models(): readonly Model[] {\n  return data.models();\n}\n");
  });
});

describe("provider module helpers", () => {
  it("encode paths and specifiers the same way", () => {
    expect(providerModulePath("wafer.ai")).toBe("providers/wafer.ai.ts");
    expect(providerModuleSpecifier("wafer.ai")).toBe("./providers/wafer.ai.js");
  });

  it("point runtime specifiers one folder deeper and at the data module", () => {
    expect(oneFolderDeeper("./runtime/core.js")).toBe("../runtime/core.js");
    expect(oneFolderDeeper("../runtime/core.js")).toBe("../../runtime/core.js");
    expect(oneFolderDeeper("llm-catalog/runtime")).toBe("llm-catalog/runtime");
    expect(dataImportOf("../runtime/core.js")).toBe("../runtime/provider-data.js");
    expect(dataImportOf("llm-catalog/runtime")).toBe("llm-catalog/runtime/data");
  });

  it("name id unions after the helper and write unions one member per line", () => {
    expect(modelIdTypeName("_302ai")).toBe("_302aiModelId");
    expect(modelIdTypeName("openai")).toBe("OpenaiModelId");
    expect(unionLines([])).toBe("never");
    expect(unionLines(['"a"', '"b"'])).toBe('\n  | "a"\n  | "b"');
  });
});
