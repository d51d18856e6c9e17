import { describe, expect, it } from "vitest";
import { createCatalogApi } from "../../runtime/core.js";
import { testModel, testTable } from "./fixtures.js";

// The llm_models resolve fixture, ported, plus hostile ids.
const api = createCatalogApi([
  testTable("openai", [
    testModel("openai", "gpt-4", { aliases: ["gpt-4-0613"] }),
    testModel("openai", "gpt-4o", { limits: { context: 128000 } }),
    testModel("openai", "shared-model"),
    testModel("openai", "__proto__"),
    testModel("openai", "toString"),
  ]),
  testTable("anthropic", [testModel("anthropic", "claude-3-opus", { aliases: ["claude-opus"] }), testModel("anthropic", "shared-model")]),
  testTable("custom", [testModel("custom", "model:with:colons")]),
  testTable("google-vertex", [testModel("google-vertex", "gemini-pro")]),
  testTable("amazon-bedrock", [testModel("amazon-bedrock", "anthropic.claude-v2:1")]),
]);

describe("parseSpec", () => {
  const cases: [unknown, string | { provider: string; model: string }][] = [
    ["openai:gpt-4", { provider: "openai", model: "gpt-4" }],
    ["openai:model:with:colons", { provider: "openai", model: "model:with:colons" }],
    ["openai: gpt-4 ", { provider: "openai", model: "gpt-4" }],
    ["amazon-bedrock:anthropic.claude-3-5-sonnet-20241022-v2:0", { provider: "amazon-bedrock", model: "anthropic.claude-3-5-sonnet-20241022-v2:0" }],
    ["google_vertex:gemini-pro", { provider: "google-vertex", model: "gemini-pro" }],
    ["gpt-4", "invalid_format"],
    ["", "invalid_format"],
    [123, "invalid_format"],
    [null, "invalid_format"],
    [":model", "empty_segment"],
    [":", "empty_segment"],
    ["openai:", "empty_segment"],
    ["invalid@provider:model", "bad_provider"],
    ["open ai:x", "bad_provider"],
    [`${"a".repeat(65)}:x`, "bad_provider"],
    ["unknown:model", "unknown_provider"],
  ];
  it.each(cases)("%j → %j", (input, expected) => {
    const result = api.parseSpec(input);
    if (typeof expected === "string") expect(result.ok ? "ok" : result.error.code).toBe(expected);
    else expect(result).toEqual({ ok: true, value: expected });
  });

  it("gives unknown_provider for any spec against an empty catalog", () => {
    const result = createCatalogApi([]).parseSpec("openai:gpt-4");
    expect(result.ok ? "ok" : result.error.code).toBe("unknown_provider");
  });
});

describe("getModel and resolve", () => {
  it("finds exact specs, aliases, and unique bare ids", () => {
    expect(api.getModel("openai:gpt-4o")?.limits.context).toBe(128000);
    expect(api.getModel("openai:gpt-4-0613")?.spec).toBe("openai:gpt-4");
    expect(api.getModel("claude-opus")?.spec).toBe("anthropic:claude-3-opus");
    expect(api.getModel("custom:model:with:colons")?.id).toBe("model:with:colons");
    expect(api.getModel("anthropic.claude-v2:1")?.spec).toBe("amazon-bedrock:anthropic.claude-v2:1");
  });

  it("reports ambiguous bare ids until scoped", () => {
    const result = api.resolve("shared-model");
    expect(result.ok ? "ok" : result.error).toEqual({ code: "ambiguous", message: '"shared-model" is ambiguous: anthropic:shared-model, openai:shared-model' });
    expect(api.getModel("shared-model")).toBeUndefined();
    const scoped = api.resolve("shared-model", { scope: "anthropic" });
    expect(scoped.ok && scoped.value.spec).toBe("anthropic:shared-model");
  });

  it("keeps the parse error for a spec whose provider is unknown", () => {
    const result = api.resolve("opnai:gpt-4o");
    expect(result.ok ? "ok" : result.error.code).toBe("unknown_provider");
    const empty = api.resolve("   ");
    expect(empty.ok ? "ok" : empty.error.code).toBe("not_found");
  });

  it("is safe for prototype names: only real models come back", () => {
    for (const input of ["constructor", "valueOf", "hasOwnProperty", "openai:constructor", "openai:hasOwnProperty", "constructor:x"]) {
      expect(api.getModel(input), input).toBeUndefined();
    }
    expect(api.getModel("openai:__proto__")?.id).toBe("__proto__");
    expect(api.getModel("__proto__")?.spec).toBe("openai:__proto__"); // a real, unique bare id
    expect(api.getModel("openai:toString")?.id).toBe("toString");
    expect(api.provider("__proto__")).toBeUndefined();
    expect(api.provider("constructor")).toBeUndefined();
    expect(api.isModelSpec("openai:constructor")).toBe(false);
  });
});

describe("model, isModelSpec, customModel", () => {
  it("returns frozen records and throws only for specs outside the catalog", () => {
    const m = api.model("openai:gpt-4o");
    expect(Object.isFrozen(m) && Object.isFrozen(m.limits)).toBe(true);
    expect(() => api.model("openai:gpt-4o-typo")).toThrow(TypeError);
    expect(api.providerModel("openai", "gpt-4o")).toBe(m);
  });

  it("accepts only exact canonical specs as specs", () => {
    expect(api.isModelSpec("openai:gpt-4o")).toBe(true);
    expect(api.isModelSpec(" openai:gpt-4o")).toBe(false);
    expect(api.isModelSpec("openai:gpt-4-0613")).toBe(false);
    expect(api.isModelSpec(42)).toBe(false);
  });

  it("makes permissive records for ids the catalog lacks", () => {
    const m = api.customModel("openai:gpt-6-preview");
    expect([m.spec, m.provider, m.id, m.capabilities.tools, m.cost]).toEqual(["openai:gpt-6-preview", "openai", "gpt-6-preview", true, undefined]);
    expect(api.customModel("openai:gpt-4o")).toBe(api.model("openai:gpt-4o"));
    expect(() => api.customModel("no-colon")).toThrow(TypeError);
  });
});

describe("providers, models, catalog", () => {
  it("lists providers by id and models by spec in code-unit order", () => {
    expect(api.providers().map((p) => p.id)).toEqual(["amazon-bedrock", "anthropic", "custom", "google-vertex", "openai"]);
    expect(api.models().map((m) => m.spec)).toEqual([...api.models().map((m) => m.spec)].sort());
    expect(api.models("openai").map((m) => m.id)).toEqual(["__proto__", "gpt-4", "gpt-4o", "shared-model", "toString"]);
    expect(api.models("nope")).toEqual([]);
  });

  it("exposes every model by spec through the catalog record, read-only", () => {
    expect(api.catalog["openai:gpt-4o"]).toBe(api.model("openai:gpt-4o"));
    expect(api.catalog["openai:constructor"]).toBeUndefined();
    expect("openai:gpt-4o" in api.catalog).toBe(true);
    expect(Object.keys(api.catalog)).toHaveLength(api.models().length);
    expect(Reflect.set(api.catalog, "x:y", 1)).toBe(false);
  });
});

describe("estimateCost, defaultModel, allowed", () => {
  const policed = createCatalogApi(
    [
      testTable(
        "openai",
        [testModel("openai", "gpt-4o", { aliases: ["gpt-4o-latest"], cost: { input: 2.5, output: 10 } }), testModel("openai", "gpt-4o-preview")],
        { defaultModel: "gpt-4o" },
      ),
      testTable("anthropic", [testModel("anthropic", "claude")]),
    ],
    { filters: { allow: { openai: ["*"], custom: ["*"] }, deny: { openai: ["*-preview"] } } },
  );

  it("estimates through aliases and is undefined for unknown specs or prices", () => {
    expect(policed.estimateCost("openai:gpt-4o-latest", { input: 1_000_000, output: 1_000_000 })?.total).toBe(12.5);
    expect(policed.estimateCost("openai:gpt-4o-preview", { input: 1, output: 1 })).toBeUndefined();
    expect(policed.estimateCost("openai:nope", { input: 1, output: 1 })).toBeUndefined();
  });

  it("names the default model as a spec", () => {
    expect([policed.defaultModel("openai"), policed.defaultModel("anthropic"), policed.defaultModel("__proto__")]).toEqual([
      "openai:gpt-4o",
      undefined,
      undefined,
    ]);
  });

  it("judges specs by the policy: deny wins, allow naming providers blocks others, custom specs by parts", () => {
    expect(policed.allowed("openai:gpt-4o")).toBe(true);
    expect(policed.allowed("openai:gpt-4o-latest")).toBe(true);
    expect(policed.allowed("openai:gpt-4o-preview")).toBe(false);
    expect(policed.allowed("anthropic:claude")).toBe(false);
    expect(policed.allowed("custom:anything")).toBe(true);
    expect(policed.allowed("nope")).toBe(false);
    expect(policed.allowed(":x")).toBe(false);
    expect(api.allowed("openai:gpt-4o")).toBe(true);
  });
});
