import { describe, expect, it } from "vitest";
import { checkAliases } from "../../generator/check-aliases.js";
import { filterCatalog } from "../../generator/filter.js";
import type { Catalog } from "../../generator/stage-types.js";
import { compileFilters, globToRegExp, isAllowed } from "../../runtime/policy.js";
import type { Model } from "../../runtime/types.js";
import { testModel } from "../runtime/fixtures.js";

function catalogOf(models: Record<string, (string | Partial<Model>)[]>, defaults: Record<string, string> = {}): Catalog {
  return {
    providers: Object.entries(models).map(([provider, list]) => ({
      provider: { id: provider, name: provider, protocol: "openai-compatible", env: [], ...(defaults[provider] ? { defaultModel: defaults[provider] } : {}) },
      models: list.map((m) => (typeof m === "string" ? testModel(provider, m) : testModel(provider, m.id!, m))),
    })),
  };
}
const specs = (c: Catalog) => c.providers.flatMap((p) => p.models.map((m) => m.spec));

describe("glob patterns", () => {
  it.each([
    ["gpt-4*", "gpt-4", true],
    ["gpt-4*", "gpt-4-turbo", true],
    ["gpt-4*", "gpt-3.5-turbo", false],
    ["test-*-*", "test-simple", false],
    ["model.v2+*", "modelXv2+x", false],
    ["*", "", true],
    ["a/*:free", "a/b/c:free", true],
    ["GPT-4*", "gpt-4", false],
  ])("%s on %j → %s", (glob, id, expected) => expect(globToRegExp(glob).test(id)).toBe(expected));
});

describe("filterCatalog", () => {
  const catalog = catalogOf(
    { openai: ["gpt-4", "gpt-4-legacy", "gpt-4o-preview", "o3"], custom: ["model:with:colons", "model/with/slashes", "model@version", "kept"] },
    { openai: "gpt-4-legacy" },
  );

  it("lets deny win and carves exceptions out of allow", () => {
    const { catalog: out, diagnostics } = filterCatalog(catalog, { allow: { openai: ["*"], custom: ["*"] }, deny: { openai: ["*-legacy", "*-preview"] } });
    expect(specs(out)).toEqual(["openai:gpt-4", "openai:o3", "custom:model:with:colons", "custom:model/with/slashes", "custom:model@version", "custom:kept"]);
    expect(diagnostics.map((d) => d.code)).toEqual(["default_model_missing"]);
    expect(out.providers[0]!.provider.defaultModel).toBeUndefined();
  });

  it("reads provider:glob lists split at the first colon, removing exactly those ids", () => {
    const { catalog: out } = filterCatalog(catalog, { deny: ["custom:model:with:colons", "custom:model/with/slashes", "custom:model@version"] });
    expect(specs(out).filter((s) => s.startsWith("custom:"))).toEqual(["custom:kept"]);
  });

  it("excludes providers an allow map does not name, and [] allows nothing", () => {
    expect(specs(filterCatalog(catalog, { allow: { openai: ["o*"] } }).catalog)).toEqual(["openai:o3"]);
    const empty = filterCatalog(catalog, { allow: { openai: [] } });
    expect(empty.diagnostics.map((d) => d.code)).toEqual(["filter_empty_result"]);
  });

  it("never widens an allow naming only unknown providers", () => {
    const { catalog: out, diagnostics } = filterCatalog(catalog, { allow: { nope: ["*"] } });
    expect(specs(out)).toEqual([]);
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["warning", "filter_unknown_provider"],
      ["error", "filter_empty_result"],
    ]);
  });

  it("keeps everything with no allow, and the compiled policy agrees with the filter", () => {
    const policy = compileFilters({ deny: { openai: ["o*"] } });
    expect([isAllowed(policy, "openai", "o3"), isAllowed(policy, "openai", "gpt-4"), isAllowed(policy, "custom", "x")]).toEqual([false, true, true]);
  });
});

describe("checkAliases", () => {
  it("reports collisions and shadowed ids, drops self-aliases, allows one alias under two providers", () => {
    const catalog = catalogOf({
      a: [
        { id: "m1", aliases: ["latest", "m1", "m2"] },
        { id: "m2", aliases: ["latest", ""] },
      ],
      b: [{ id: "x", aliases: ["latest"] }],
    });
    const { catalog: out, diagnostics } = checkAliases(catalog);
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.keyPath}`)).toEqual([
      "info alias_is_own_id a.models.m1.aliases",
      "error alias_shadows_id a.models.m1.aliases",
      "error alias_collision a.models.m2.aliases",
      "error alias_invalid a.models.m2.aliases",
    ]);
    expect(diagnostics[2]!.message).toBe('Alias "latest" is claimed by both a:m1 and a:m2');
    expect(out.providers[1]!.models[0]!.aliases).toEqual(["latest"]);
  });
});
