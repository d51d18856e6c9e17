import { describe, expect, it } from "vitest";
import { createCatalogApi } from "../../runtime/core.js";
import { candidates, findModels, select } from "../../runtime/index.js";
import { testModel, testTable } from "./fixtures.js";

const caps = (on: Partial<Record<string, boolean>>) => ({ ...testModel("x", "x").capabilities, ...on });
const api = createCatalogApi(
  [
    testTable("openai", [
      testModel("openai", "b-tools", {
        capabilities: caps({ tools: true }),
        limits: { context: 128000 },
        cost: { input: 2.5, output: 10 },
        modalities: { input: ["text", "image"], output: ["text"] },
      }),
      testModel("openai", "a-old", { capabilities: caps({ tools: true }), status: "deprecated", cost: { input: 0.5, output: 1 } }),
      testModel("openai", "embed", { mode: "embedding", family: "text-embedding" }),
    ]),
    testTable("anthropic", [testModel("anthropic", "claude", { capabilities: caps({ tools: true, reasoning: true }), limits: { context: 200000 } })]),
    testTable("zeta", [testModel("zeta", "z", { capabilities: caps({ tools: true }) })]),
  ],
  { prefer: ["zeta"] },
);

describe("candidates and select", () => {
  it("orders providers by prefer, then the rest by id, models by id, and does not filter on status", () => {
    expect(api.candidates({ require: ["tools"] })).toEqual(["zeta:z", "anthropic:claude", "openai:a-old", "openai:b-tools"]);
    expect(api.candidates({ require: ["tools"], prefer: ["openai", "nope", "openai"] })).toEqual([
      "openai:a-old",
      "openai:b-tools",
      "anthropic:claude",
      "zeta:z",
    ]);
    expect(api.select({ require: ["tools"], forbid: ["deprecated"], prefer: ["openai"] })).toBe("openai:b-tools");
  });

  it("takes maps of key → boolean, scope, and modality and mode keys", () => {
    expect(api.candidates({ require: { reasoning: false, tools: true }, scope: ["openai", "zeta"] })).toEqual(["zeta:z", "openai:a-old", "openai:b-tools"]);
    expect(api.candidates({ require: ["vision"] })).toEqual(["openai:b-tools"]);
    expect(api.candidates({ require: ["embedding"] })).toEqual(["openai:embed"]);
    expect(api.candidates({ forbid: { tools: true } })).toEqual(["openai:embed"]);
    expect(api.select({ require: ["reasoning"], scope: "openai" })).toBeUndefined();
  });

  it("accepts llm_models key names and rejects unknown keys with a TypeError", () => {
    expect(api.candidates({ require: ["embeddings" as never] })).toEqual(["openai:embed"]);
    expect(() => api.select({ require: ["telepathy" as never] })).toThrow(TypeError);
    expect(() => api.select({ require: { tools: "yes" as never } })).toThrow(TypeError);
  });
});

describe("findModels", () => {
  it("ANDs criteria, sorts by spec, and never matches an unknown context or price", () => {
    expect(api.findModels({ capabilities: ["tools"], minContext: 100000 }).map((m) => m.spec)).toEqual(["anthropic:claude", "openai:b-tools"]);
    expect(api.findModels({ maxInputCost: 1 }).map((m) => m.spec)).toEqual(["openai:a-old"]);
    expect(api.findModels({ inputModalities: ["image"], status: "active" }).map((m) => m.spec)).toEqual(["openai:b-tools"]);
    expect(api.findModels({ provider: "openai", family: "text-embedding" }).map((m) => m.spec)).toEqual(["openai:embed"]);
  });
});

describe("on the default catalog", () => {
  it("finds tool-calling, image-input models under $1 per 1M input tokens, deterministically", () => {
    const found = findModels({ capabilities: ["tools"], inputModalities: ["image"], maxInputCost: 1 });
    expect(found.length).toBeGreaterThan(100);
    expect(found.every((m) => m.capabilities.tools && m.modalities.input.includes("image") && m.cost!.input <= 1)).toBe(true);
    expect(select({ require: ["tools", "vision"], prefer: ["anthropic"] })).toBe(candidates({ require: ["tools", "vision"], prefer: ["anthropic"] })[0]);
    expect(select({ require: ["tools", "vision"], prefer: ["anthropic"] })?.startsWith("anthropic:")).toBe(true);
  });
});

describe("resolve, compare and routes on the default catalog", async () => {
  const { compare, defineRoutes, resolve } = await import("../../runtime/index.js");

  it("finds gpt-4o ambiguous until scoped", () => {
    const bare = resolve("gpt-4o");
    expect(bare.ok ? "ok" : bare.error.code).toBe("ambiguous");
    const scoped = resolve("gpt-4o", { scope: "openai" });
    expect(scoped.ok && scoped.value.spec).toBe("openai:gpt-4o");
  });

  it("never throws on hostile strings", () => {
    for (const input of ["", " ", "__proto__", "constructor:x", "\u0000:\u0001", "a".repeat(100_000), `${"x:".repeat(10_000)}`]) {
      expect(() => resolve(input)).not.toThrow();
      expect(resolve(input).ok).toBe(false);
    }
  });

  it("compares side by side, with a row for specs it does not know", () => {
    expect(compare(["openai:gpt-4o", "not:a-model"])).toEqual([
      {
        spec: "openai:gpt-4o",
        found: true,
        name: "GPT-4o",
        context: 128000,
        output: 16384,
        inputCost: 2.5,
        outputCost: 10,
        tools: true,
        reasoning: false,
        vision: true,
        status: "active",
        releaseDate: "2024-05-13",
      },
      { spec: "not:a-model", found: false },
    ]);
  });

  it("freezes routing tables", () => {
    const routes = defineRoutes({ simple: "openai:gpt-4o-mini", complex: "anthropic:claude-sonnet-4-5" });
    expect(Object.isFrozen(routes)).toBe(true);
    expect(routes.simple).toBe("openai:gpt-4o-mini");
  });
});
