import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillPlaceholders, generatedImportsOf, outputImports, readTemplate, runtimeImportsOf } from "../../../generator/emit/read-template.js";

const TEMPLATES = join(import.meta.dirname, "..", "..", "..", "generator", "emit", "templates");

describe("readTemplate", () => {
  it("reads every template: an import region from the runtime and the generated catalog, then a body", () => {
    const names = readdirSync(TEMPLATES)
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(names).toEqual(["catalog-api", "request-types", "spec-types"]);
    for (const name of names) {
      const template = readTemplate(name);
      expect(template.imports.length, name).toBeGreaterThan(0);
      expect(template.body.startsWith("/**") || template.body.startsWith("const "), name).toBe(true);
      expect(template.body, name).not.toMatch(/^import |#region|#endregion/m);
    }
  });

  it("parses the names each import binds", () => {
    const api = readTemplate("catalog-api");
    expect(runtimeImportsOf(api)).toEqual(expect.arrayContaining(["createCatalogApi", "defineRoutesAny", "requireModel", "BuildResult"]));
    expect(runtimeImportsOf(api)).not.toContain("Capabilities"); // re-exported, not imported
    expect(generatedImportsOf(api, "catalog-data")).toEqual(["tables"]);
    expect(generatedImportsOf(readTemplate("spec-types"), "types")).toEqual([
      "AnthropicMessagesFeatures",
      "BedrockConverseFeatures",
      "CohereChatFeatures",
      "GoogleGenerateContentFeatures",
      "MistralChatFeatures",
      "ModelFeatures",
      "ModelSpec",
      "NonChatModes",
      "OpenAIChatFeatures",
      "OpenAICompatibleFeatures",
      "OpenAIResponsesOnlyFeatures",
      "OtherFeatures",
      "ProviderId",
    ]);
  });
});

describe("outputImports", () => {
  it("points the runtime at the given specifier, the catalog at the output folder, and drops the file's own module", () => {
    expect(outputImports(readTemplate("spec-types"), "types", "llm-catalog/runtime")).toBe(
      'import type { CapabilityFlags, CapabilityName, LooseModelIds, Model } from "llm-catalog/runtime";',
    );
    const index = outputImports(readTemplate("catalog-api"), "index", "$&/core.js");
    expect(index).toContain('from "$&/core.js";');
    expect(index).toContain('import * as tables from "./catalog-data.js";');
    expect(index).toContain('export type * from "./types.js";');
  });
});

describe("fillPlaceholders", () => {
  it("replaces each placeholder and its default", () => {
    expect(fillPlaceholders("f(/*@a*/ {}, /*@b*/ [], /*@a*/ {});", { a: "A", b: "[1]" })).toBe("f(A, [1], A);");
  });

  it("refuses a placeholder without a value and a value without a placeholder", () => {
    expect(() => fillPlaceholders("f(/*@a*/ {});", {})).toThrow("/*@a*/ has no value");
    expect(() => fillPlaceholders("f(/*@constructor*/ {});", {})).toThrow("has no value");
    expect(() => fillPlaceholders("f(/*@a*/ {});", { a: "1", b: "2" })).toThrow("no placeholder for b");
  });
});
