import { describe, expect, it } from "vitest";
import { createCatalogApi } from "../../runtime/core.js";
import { candidates, estimateCost, findModels, models, select } from "../../runtime/index.js";
import type { Model } from "../../runtime/types.js";
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
  it("with orderBy id and deprecated included, orders providers by prefer, then the rest by id, models by id", () => {
    const old = { orderBy: "id", include: ["deprecated"] } as const;
    expect(api.candidates({ require: ["tools"], ...old })).toEqual(["zeta:z", "anthropic:claude", "openai:a-old", "openai:b-tools"]);
    expect(api.candidates({ require: ["tools"], prefer: ["openai", "nope", "openai"], ...old })).toEqual([
      "openai:a-old",
      "openai:b-tools",
      "anthropic:claude",
      "zeta:z",
    ]);
    expect(api.select({ require: ["tools"], forbid: ["deprecated"], prefer: ["openai"] })).toBe("openai:b-tools");
  });

  it("takes maps of key → boolean, scope, and modality and mode keys", () => {
    expect(api.candidates({ require: { reasoning: false, tools: true }, scope: ["openai", "zeta"], orderBy: "id" })).toEqual(["zeta:z", "openai:b-tools"]);
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

describe("deprecated models, constraints and orderBy on a small catalog", () => {
  const small = createCatalogApi([
    testTable("p", [
      testModel("p", "old", { status: "deprecated", releaseDate: "2025-01-01", cost: { input: 0.1, output: 0.1 } }),
      testModel("p", "big", { releaseDate: "2024-01-01", limits: { context: 1_000_000, output: 64_000 }, cost: { input: 1, output: 1 }, openWeights: true }),
      testModel("p", "new", { releaseDate: "2025-06-01", limits: { context: 100_000, output: 8_000 }, cost: { input: 3, output: 0.5 } }),
      testModel("p", "undated", { modalities: { input: ["text"], output: ["text", "audio"] }, openWeights: false }),
    ]),
    testTable("q", [testModel("q", "same-day", { releaseDate: "2025-06-01", cost: { input: 3, output: 0.5 } })]),
  ]);

  it("leaves deprecated models out unless included, and require deprecated finds only them", () => {
    expect(small.candidates()).not.toContain("p:old");
    expect(small.candidates({ include: ["deprecated"] })).toContain("p:old");
    expect(small.candidates({ require: ["deprecated"] })).toEqual(["p:old"]);
    expect(small.findModels({ status: "deprecated" }).map((m) => m.spec)).toEqual(["p:old"]);
  });

  it("ranks newest first with unknown dates last and same-day ties by spec, by largest context, by the price of a usage shape", () => {
    expect(small.candidates()).toEqual(["p:new", "q:same-day", "p:big", "p:undated"]);
    expect(small.candidates({ orderBy: "context" })).toEqual(["p:big", "p:new", "p:undated", "q:same-day"]);
    // 3,000 in + 1,000 out: big 0.004, new and same-day 0.0095; output-heavy calls favour new.
    expect(small.candidates({ orderBy: "cheapest" })).toEqual(["p:big", "p:new", "q:same-day", "p:undated"]);
    expect(small.candidates({ orderBy: "cheapest", usage: { input: 0, output: 1000 } })).toEqual(["p:new", "q:same-day", "p:big", "p:undated"]);
    expect(small.select({ orderBy: "newest", prefer: ["q"] })).toBe("q:same-day");
  });

  it("applies output, open-weights, modality and provider constraints, scope and provider together", () => {
    expect(small.candidates({ minOutput: 10_000 })).toEqual(["p:big"]);
    expect(small.candidates({ minContext: 100_000, maxOutputCost: 0.5 })).toEqual(["p:new"]);
    expect(small.candidates({ openWeights: false })).toEqual(["p:undated"]);
    expect(small.candidates({ outputModalities: ["audio"] })).toEqual(["p:undated"]);
    expect(small.candidates({ provider: ["p", "q"], scope: "q" })).toEqual(["q:same-day"]);
    expect(small.findModels({ orderBy: "context", maxInputCost: 3 }).map((m) => m.spec)).toEqual(["p:big", "p:new", "q:same-day"]);
  });

  it("rejects unknown query keys, orderBy values and include keys with a TypeError", () => {
    expect(() => small.select({ minContxt: 1 } as never)).toThrow(/Unknown query key "minContxt"/);
    expect(() => small.select({ orderBy: "best" as never })).toThrow(TypeError);
    expect(() => small.findModels({ include: ["retired" as never] })).toThrow(TypeError);
  });
});

describe("findModels", () => {
  it("ANDs criteria, sorts by spec, and never matches an unknown context or price", () => {
    expect(api.findModels({ capabilities: ["tools"], minContext: 100000 }).map((m) => m.spec)).toEqual(["anthropic:claude", "openai:b-tools"]);
    expect(api.findModels({ maxInputCost: 1 }).map((m) => m.spec)).toEqual([]);
    expect(api.findModels({ maxInputCost: 1, include: ["deprecated"] }).map((m) => m.spec)).toEqual(["openai:a-old"]);
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

/** Independent of the implementation: today's filter, then a plain sort by the ranking's key and spec. */
function bruteForce(keep: (m: Model) => boolean, key: (m: Model) => number | undefined): string[] {
  const spec = (a: Model, b: Model) => (a.spec < b.spec ? -1 : a.spec > b.spec ? 1 : 0);
  return models()
    .filter((m) => keep(m) && m.status !== "deprecated")
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === y) return spec(a, b);
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return x - y || spec(a, b);
    })
    .map((m) => m.spec);
}

describe("select on the default catalog", () => {
  const toolsVision = (m: Model) => m.capabilities.tools && m.modalities.input.includes("image");

  it("never returns a deprecated model for the issue's queries, and include brings them back", () => {
    const queries = [
      { require: ["tools", "vision"], prefer: ["google"] },
      { require: ["tools", "vision"], prefer: ["anthropic"] },
      { require: ["tools"] },
    ] as const;
    for (const query of queries) {
      const chosen = select(query);
      expect(chosen, JSON.stringify(query)).toBeDefined();
      expect(models().find((m) => m.spec === chosen)?.status).not.toBe("deprecated");
      expect(candidates(query).some((spec) => spec.startsWith("google:gemini-2.0-flash") || spec === "anthropic:claude-3-5-haiku-20241022")).toBe(false);
    }
    expect(select({ require: ["tools", "vision"], prefer: ["google"] })?.startsWith("google:")).toBe(true);
    expect(candidates({ require: ["tools", "vision"], include: ["deprecated"] })).toContain("google:gemini-2.0-flash");
    const deprecated = candidates({ require: ["deprecated"] });
    expect(deprecated.length).toBe(models().filter((m) => m.status === "deprecated").length);
    expect(findModels({ capabilities: ["tools"] }).every((m) => m.status !== "deprecated")).toBe(true);
  });

  it("orders newest, cheapest and context exactly as a brute-force sort of the same candidates", () => {
    const newest = candidates({ require: ["tools", "vision"], orderBy: "newest" });
    // Dates are ISO strings, some month-only ("2024-05"), so they are compared as written, latest first.
    const byString = (m: Model) => m.releaseDate;
    const expectedNewest = models()
      .filter((m) => toolsVision(m) && m.status !== "deprecated")
      .sort((a, b) => {
        const x = byString(a);
        const y = byString(b);
        if (x === y) return a.spec < b.spec ? -1 : 1;
        if (x === undefined) return 1;
        if (y === undefined) return -1;
        return x > y ? -1 : 1;
      })
      .map((m) => m.spec);
    expect(newest).toEqual(expectedNewest);
    expect(newest.length).toBeGreaterThan(500);

    const usage = { input: 10_000, output: 2_000 };
    expect(candidates({ require: ["tools", "vision"], orderBy: "cheapest", usage })).toEqual(
      bruteForce(toolsVision, (m) => estimateCost(m.spec, usage)?.total),
    );
    expect(candidates({ require: ["tools"], orderBy: "cheapest" })).toEqual(
      bruteForce(
        (m) => m.capabilities.tools,
        (m) => estimateCost(m.spec, { input: 3000, output: 1000 })?.total,
      ),
    );
    expect(candidates({ require: ["tools", "vision"], orderBy: "context" })).toEqual(
      bruteForce(toolsVision, (m) => (m.limits.context === undefined ? undefined : -m.limits.context)),
    );
  });

  it("keeps today's order with orderBy id: providers by id, models by id", () => {
    const byId = (a: Model, b: Model) => (a.provider !== b.provider ? (a.provider < b.provider ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const expected = [...models()]
      .filter((m) => m.capabilities.tools)
      .sort(byId)
      .map((m) => m.spec);
    expect(candidates({ require: ["tools"], orderBy: "id", include: ["deprecated"] })).toEqual(expected);
    expect(select({ require: ["tools"], orderBy: "id", include: ["deprecated"] })).toBe(expected[0]);
  });

  it("is deterministic: ties by spec, the same answer every call, select the first of candidates", () => {
    for (const orderBy of ["newest", "cheapest", "context", "id"] as const) {
      const query = { require: ["tools"], prefer: ["openai", "anthropic"], orderBy } as const;
      const first = candidates(query);
      expect(candidates(query)).toEqual(first);
      expect(select(query)).toBe(first[0]);
      expect(first[0]?.startsWith("openai:")).toBe(true);
    }
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
