// createCatalog over the packaged snapshot answers as the generated catalog does; extend adds and
// corrects models on top of a catalog without touching it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as llm from "../../../runtime/index.js";
import { createCatalog, extend, type CatalogSource, type RuntimeCatalog } from "../../../runtime/create/index.js";
import type { SelectQuery } from "../../../runtime/select.js";
import { genProblems, said } from "./gen-problems.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const SNAPSHOT = JSON.parse(readFileSync(join(ROOT, "data", "models-dev", "api.json"), "utf8")) as Record<string, unknown>;
const AS_OF = (JSON.parse(readFileSync(join(ROOT, "data", "models-dev", "manifest.json"), "utf8")) as { downloaded_at: string }).downloaded_at.slice(0, 10);
const SOURCE: CatalogSource = { format: "models-dev-json", data: SNAPSHOT, name: "api.json" };

function created(sources: CatalogSource | readonly CatalogSource[] = SOURCE): RuntimeCatalog {
  const result = createCatalog(sources, { asOf: AS_OF });
  if (!result.ok) throw new Error(`createCatalog failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.catalog;
}

/** Every `step`-th spec of the catalog from `offset`, so the sample spreads over every provider. */
function sample(count: number): string[] {
  const specs = llm.models().map((m) => m.spec);
  const step = specs.length / count;
  return Array.from({ length: count }, (_, i) => specs[Math.floor(i * step)]!);
}

describe("createCatalog over the packaged snapshot", () => {
  const catalog = created();
  const specs = sample(1000);

  it("reports what gen reports for the same data, and as many providers and models as the generated catalog", () => {
    const result = createCatalog(SOURCE, { asOf: AS_OF });
    expect(said(result.problems)).toEqual(genProblems([SOURCE], AS_OF));
    expect(result.problems.length).toBeGreaterThan(300);
    expect(catalog.providers()).toEqual(llm.providers());
    expect(catalog.models().length).toBe(5258);
  });

  it("getModel and resolve: 1,000 specs, their ids alone, with a scope, and their aliases", () => {
    expect(new Set(specs).size).toBe(1000);
    for (const spec of specs) {
      const model = llm.getModel(spec)!;
      expect(catalog.getModel(spec)).toEqual(model);
      expect(catalog.resolve(model.id)).toEqual(llm.resolve(model.id));
      expect(catalog.resolve(model.id, { scope: model.provider })).toEqual(llm.resolve(model.id, { scope: model.provider as llm.ProviderId }));
      expect(catalog.resolve(` ${spec.toUpperCase()}`)).toEqual(llm.resolve(` ${spec.toUpperCase()}`));
      for (const alias of model.aliases) expect(catalog.getModel(alias)).toEqual(llm.getModel(alias));
    }
  });

  it("select, candidates and findModels: a query per sampled model, over every order", () => {
    const orders = ["newest", "cheapest", "context", "id"] as const;
    specs.forEach((spec, i) => {
      const m = llm.getModel(spec)!;
      const query: SelectQuery = {
        require: (["tools", "reasoning", "structuredOutput"] as const).filter((k) => m.capabilities[k]),
        minContext: i % 3 === 0 ? m.limits.context : undefined,
        orderBy: orders[i % orders.length],
        provider: i % 2 === 0 ? m.provider : undefined,
        include: i % 5 === 0 ? ["deprecated"] : undefined,
      };
      expect(catalog.select(query)).toBe(llm.select(query as SelectQuery<llm.ProviderId>));
      if (i % 10 === 0) {
        expect(catalog.candidates(query)).toEqual(llm.candidates(query as SelectQuery<llm.ProviderId>));
        expect(catalog.findModels(query)).toEqual(llm.findModels(query as SelectQuery<llm.ProviderId>));
      }
    });
  });

  it("estimateCost and buildRequest for the 1,000 specs", () => {
    let built = 0;
    specs.forEach((spec, i) => {
      const usage = { input: 1000 * (i + 1), output: 100 * (i % 7), cacheRead: i % 3 === 0 ? 500 : undefined };
      expect(catalog.estimateCost(spec, usage)).toEqual(llm.estimateCost(spec, usage));
      const request = { messages: [{ role: "user", content: "Hi" }], max_tokens: 64, contents: [{ role: "user", parts: [{ text: "Hi" }] }] };
      const options = { env: { OPENAI_API_KEY: "sk-test" } };
      const mine = catalog.buildRequest(spec, request, options);
      // The root's buildRequest is typed per spec; called with a plain string here, as its run-time twin.
      expect(mine).toEqual((llm.buildRequest as (s: string, r: unknown, o: unknown) => unknown)(spec, request, options));
      if (mine.ok) built++;
    });
    expect(built).toBeGreaterThan(100);
  });

  it("defaultModel, compare, allowed and the catalog view agree", () => {
    for (const p of llm.providers()) expect(catalog.defaultModel(p.id)).toBe(llm.defaultModel(p.id as llm.ProviderId));
    expect(catalog.compare(specs.slice(0, 50))).toEqual(llm.compare(specs.slice(0, 50)));
    expect(catalog.allowed(specs[0]!)).toBe(llm.allowed(specs[0]!));
    expect(catalog.catalog[specs[1]!]).toEqual(llm.catalog[specs[1] as llm.ModelSpec]);
  });
});

describe("a test's own catalog of three fake models", () => {
  const fake = createCatalog<"acme:fast" | "acme:smart" | "acme:embed">({
    format: "overlay",
    data: {
      acme: {
        name: "Acme",
        protocol: "openai-compatible",
        base_url: "https://llm.acme.test/v1",
        env: ["ACME_API_KEY"],
        models: {
          fast: {
            name: "Fast",
            capabilities: ["tools"],
            limit: { context: 32_000, output: 4_000 },
            cost: { input: 0.1, output: 0.4 },
            release_date: "2025-01-01",
          },
          smart: {
            name: "Smart",
            capabilities: ["tools", "reasoning", "vision"],
            limit: { context: 200_000, output: 32_000 },
            cost: { input: 3, output: 15 },
            release_date: "2025-06-01",
          },
          embed: { name: "Embed", mode: "embedding", limit: { context: 8_000 }, cost: { input: 0.02, output: 0 } },
        },
      },
    },
  });

  it("builds without running gen, and answers select, estimateCost and buildRequest over it", () => {
    expect(fake.ok).toBe(true);
    if (!fake.ok) return;
    const { catalog } = fake;
    expectTypeOf(catalog.select()).toEqualTypeOf<"acme:fast" | "acme:smart" | "acme:embed" | undefined>();
    expect(catalog.models().map((m) => m.spec)).toEqual(["acme:embed", "acme:fast", "acme:smart"]);
    expect(catalog.select({ require: ["tools", "vision"] })).toBe("acme:smart");
    expect(catalog.select({ require: ["tools"], orderBy: "cheapest" })).toBe("acme:fast");
    expect(catalog.estimateCost("acme:smart", { input: 1_000_000, output: 100_000 })?.total).toBe(4.5);
    expect(catalog.model("acme:embed").mode).toBe("embedding");
    const built = catalog.buildRequest("acme:fast", { messages: [{ role: "user", content: "Hi" }], tools: [] }, { env: { ACME_API_KEY: "k" } });
    expect(built.ok && built.value.url).toBe("https://llm.acme.test/v1/chat/completions");
    expect(built.ok && built.value.headers.authorization).toBe("Bearer k");
    expect(catalog.checkRequest("acme:fast", { messages: [], max_tokens: 10_000 }).map((p) => p.code)).toEqual(["over_limit"]);
    expect(() => catalog.model("acme:nope" as "acme:fast")).toThrow(TypeError);
  });

  it("returns every problem of bad data instead of throwing", () => {
    const bad = createCatalog([
      { format: "overlay", data: { acme: { models: { a: { limit: { context: "big" } }, b: { cost: { input: -1 } } } } } },
      { format: "models-dev-json", data: 7 },
    ]);
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => `${p.source} ${p.code} ${p.keyPath}`)).toEqual([
      "source 1 invalid_type acme.models.a.limit.context",
      "source 1 too_small acme.models.b.cost.input",
      "source 2 invalid_type ",
    ]);
    const notASource = createCatalog([{ format: "yaml", data: {} } as unknown as CatalogSource]);
    expect(notASource.ok).toBe(false);
    expect(notASource.problems[0]?.code).toBe("invalid_value");
  });
});

describe("extend", () => {
  const OVERLAY: CatalogSource = {
    format: "overlay",
    name: "team overlay",
    data: {
      openai: {
        models: {
          "gpt-4o": { cost: { input: 2 }, aliases: ["team-default"] },
          "gpt-9-preview": { name: "GPT-9 Preview", limit: { context: 400_000, output: 64_000 }, capabilities: ["tools"] },
        },
      },
      ollama: {
        name: "Ollama (this machine)",
        protocol: "openai-compatible",
        base_url: "http://localhost:11434/v1",
        models: { "llama3.2": { name: "Llama 3.2", limit: { context: 131_072 }, capabilities: ["tools"], cost: { input: 0, output: 0 } } },
      },
    },
  };

  it("adds and corrects models, leaving the base untouched and sharing every record it does not change", () => {
    const before = JSON.stringify([llm.providers(), llm.getModel("openai:gpt-4o"), llm.models("openai").length, llm.models().length]);
    const result = extend(llm, OVERLAY);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const mine = result.catalog;
    expect(JSON.stringify([llm.providers(), llm.getModel("openai:gpt-4o"), llm.models("openai").length, llm.models().length])).toBe(before);
    expect(llm.getModel("ollama:llama3.2")).toBeUndefined();
    expect(llm.getModel("team-default")).toBeUndefined();

    expect(mine.getModel("openai:gpt-4o")?.cost?.input).toBe(2);
    expect(mine.getModel("team-default")?.spec).toBe("openai:gpt-4o");
    expect(mine.getModel("ollama:llama3.2")?.name).toBe("Llama 3.2");
    expect(mine.models().length).toBe(llm.models().length + 2);
    expect(mine.models("openai").length).toBe(llm.models("openai").length + 1);
    // Untouched providers, and untouched models of touched ones, are the base's own objects.
    expect(mine.getModel("anthropic:claude-sonnet-4-5")).toBe(llm.getModel("anthropic:claude-sonnet-4-5"));
    expect(mine.getModel("openai:gpt-4.1")).toBe(llm.getModel("openai:gpt-4.1"));
    expect(mine.provider("anthropic")).toBe(llm.provider("anthropic"));
    expect(mine.select({ provider: "ollama" })).toBe("ollama:llama3.2");
    expect(mine.estimateCost("openai:gpt-4o", { input: 1_000_000, output: 0 })?.total).toBe(2);
    expect(llm.estimateCost("openai:gpt-4o", { input: 1_000_000, output: 0 })?.total).toBe(2.5);
    // Typed by the base's specs: a plain string would not be assignable here.
    const chosen: llm.ModelSpec | "ollama:llama3.2" | undefined = mine.select({ provider: "openai" });
    expect(chosen).toBeDefined();
  });

  it("gives the records gen gives for the snapshot plus the same overlay", () => {
    const result = extend(llm, OVERLAY, { asOf: AS_OF });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const merged = created([SOURCE, OVERLAY]);
    for (const spec of ["openai:gpt-4o", "openai:gpt-9-preview", "ollama:llama3.2", "openai:o3"])
      expect(result.catalog.getModel(spec)).toEqual(merged.getModel(spec));
    expect(result.catalog.provider("ollama")).toEqual(merged.provider("ollama"));
    expect(result.catalog.models().map((m) => m.spec)).toEqual(merged.models().map((m) => m.spec));
    expect(result.catalog.select({ require: ["tools"], orderBy: "context" })).toBe(merged.select({ require: ["tools"], orderBy: "context" }));
  });

  it("extends a created catalog too, reports the overlay's problems, and refuses what is not a catalog", () => {
    const base = created({ format: "overlay", data: { acme: { name: "Acme", models: { a: { name: "A" }, b: { name: "B" } } } } });
    const next = extend(base, { format: "overlay", data: { acme: { models: { b: { aliases: ["a"] }, c: { tags: ["x"] } } } } });
    expect(next.ok).toBe(false);
    expect(next.problems.map((p) => `${p.severity} ${p.code} ${p.keyPath}`)).toEqual([
      "error alias_shadows_id acme.models.b.aliases",
      "warning overlay_creates_model acme.models.c",
    ]);
    expect(base.models().map((m) => m.spec)).toEqual(["acme:a", "acme:b"]);
    const renamed = extend(base, { format: "overlay", data: { acme: { models: { a: { name: "A2" } } } } });
    expect(renamed.ok && renamed.catalog.getModel("acme:a")?.name).toBe("A2");
    expect(base.getModel("acme:a")?.name).toBe("A");
    expect(() => extend({ catalog: {} }, OVERLAY)).toThrow(TypeError);
  });
});
