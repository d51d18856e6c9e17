// The runtime's hand-written checker against gen's zod schemas: the same bad data through both, the
// same problems out (severity, code, key path and message), for fixed mistakes and for random ones.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCatalog, type CatalogSource } from "../../../runtime/create/index.js";
import { genProblems, said } from "./gen-problems.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

const GOOD_MODEL = {
  name: "Chat",
  attachment: false,
  reasoning: true,
  tool_call: true,
  release_date: "2025-01-01",
  last_updated: "2025-02-01",
  modalities: { input: ["text", "image"], output: ["text"] },
  open_weights: false,
  cost: { input: 1, output: 2, cache_read: 0.1 },
  limit: { context: 100_000, output: 8_000 },
  reasoning_options: [{ type: "effort", values: ["low", "high"] }],
};
const GOOD_PROVIDER = { name: "Acme", env: ["ACME_API_KEY"], npm: "@ai-sdk/openai-compatible", api: "https://api.acme.test/v1", doc: "https://acme.test/docs" };

function runtimeProblems(sources: readonly CatalogSource[], asOf?: string) {
  return said(createCatalog(sources, { asOf }).problems);
}

function bothSay(sources: readonly CatalogSource[], asOf?: string) {
  const gen = genProblems(sources, asOf);
  expect(runtimeProblems(sources, asOf)).toEqual(gen);
  return gen;
}

describe("createCatalog checks data as gen does", () => {
  it("the bad-snapshot fixture: every error, with gen's codes, key paths and messages", () => {
    const data = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "bad-snapshot.json"), "utf8"));
    const gen = bothSay([{ format: "models-dev-json", data }]);
    expect(gen.filter((p) => p.severity === "error").length).toBe(10);
    expect(createCatalog({ format: "models-dev-json", data }).ok).toBe(false);
  });

  it("wrong types, ranges, enums, dates and rules between fields of a models.dev record", () => {
    const models: Record<string, unknown> = {
      ints: { ...GOOD_MODEL, limit: { context: 1.5, output: -1.5, input: -2 } },
      prices: { ...GOOD_MODEL, cost: { input: -1, output: "2", tiers: [{ tier: { type: "size", size: 0 } }, { tier: { size: 1.5 } }, { tier: {} }] } },
      options: {
        ...GOOD_MODEL,
        reasoning_options: [{ type: "effort" }, { type: "budget_tokens", min: 1.5, max: "x" }, { type: "x" }, 5, { type: "effort", values: [1, null] }],
      },
      shapes: { ...GOOD_MODEL, status: "gone", knowledge: "2024/01", release_date: 5, modalities: "text", open_weights: null },
      missing: { name: "Only a name" },
      nulled: null,
      list: [1, 2],
      padded: { ...GOOD_MODEL, id: "other" },
      " padded ": GOOD_MODEL,
      warnings: {
        ...GOOD_MODEL,
        knowledge: "2024-02-30",
        modalities: { input: ["text", "hologram", "document"], output: ["embedding"] },
        limit: { context: 10, output: 20, input: 0 },
        cost: { input: 1, output: 2, surcharge: 3, context_over_200k: { input: 9 }, tiers: [{ tier: { size: 128_000 }, input: 2 }] },
        homepage: "https://acme.test",
      },
    };
    bothSay([
      {
        format: "models-dev-json",
        data: {
          acme: { ...GOOD_PROVIDER, npm: "unknown-sdk", models },
          bad: { name: "", env: "X", npm: 5, id: "other", models: {} },
          "bad:id": { ...GOOD_PROVIDER, models: { m: GOOD_MODEL } },
          nomodels: { ...GOOD_PROVIDER, models: [1] },
          notaprovider: 5,
          proto: { ...GOOD_PROVIDER, models: { m: JSON.parse('{"name":"x","__proto__":{"a":1}}') } },
        },
      },
    ]);
  });

  it("overlay records: sparse fields, the additions, capability lists and maps, modes, and nulls as no change", () => {
    bothSay(
      [
        { format: "models-dev-json", data: { acme: { ...GOOD_PROVIDER, models: { chat: GOOD_MODEL, other: GOOD_MODEL } } } },
        {
          format: "overlay",
          data: {
            $schema: "https://unpkg.com/llm-catalog/schema/overlay.schema.json",
            acme: {
              default_model: "",
              protocol: "nope",
              base_url: 5,
              models: {
                chat: { capabilities: "tools", extra: [1], aliases: "a", mode: 5, active: "yes", deprecation_date: "2024-02-30" },
                other: { capabilities: ["tools", 5] },
                third: { capabilities: { tools: "yes" } },
                fine: {
                  name: "Fine",
                  capabilities: ["function_calling", "vision", "telepathy"],
                  mode: "audio_speech",
                  aliases: ["f", "chat"],
                  cost: { input: 1 },
                },
                typo: { tags: ["x"] },
                nulls: { name: null, cost: null },
              },
            },
            nobody: 5,
            sparse: { models: 5 },
          },
        },
      ],
      "2025-06-01",
    );
  });

  it("merge-level rules: fold collisions, alias collisions and shadows, incomplete prices, deprecation by date", () => {
    bothSay(
      [
        {
          format: "models-dev-json",
          data: {
            acme_ai: { ...GOOD_PROVIDER, models: { a: GOOD_MODEL } },
            "acme-ai": { ...GOOD_PROVIDER, models: { a: GOOD_MODEL } },
            acme: { ...GOOD_PROVIDER, models: { a: GOOD_MODEL, b: GOOD_MODEL, c: GOOD_MODEL } },
          },
        },
        {
          format: "overlay",
          data: {
            acme: {
              models: {
                a: { aliases: ["x", "b", "a", " "], deprecation_date: "2025-01-01" },
                b: { aliases: ["x"] },
                c: { cost: { input: 3 }, name: "C", deprecation_date: "2026-01" },
                d: { name: "D", cost: { input: 1 } },
              },
            },
          },
        },
      ],
      "2025-06-01",
    );
  });

  it("no models at all, an empty file and a value that is no object", () => {
    bothSay([{ format: "models-dev-json", data: { acme: { ...GOOD_PROVIDER, models: {} } } }]);
    bothSay([{ format: "models-dev-json", data: {} }]);
    bothSay([{ format: "models-dev-json", data: [1] }]);
    bothSay([{ format: "overlay", data: "text" }]);
  });

  it("nesting deeper than the limit, and a cycle, are rejected without recursing forever", () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 70; i++) deep = { next: deep };
    bothSay([{ format: "overlay", data: { acme: { models: { m: { extra: deep } } } } }]);
    const cyclic: Record<string, unknown> = { name: "Loop" };
    cyclic.self = cyclic;
    const result = createCatalog({ format: "overlay", data: { acme: { models: { m: cyclic } } } });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(["too_deep"]);
  });

  it("random corruptions of a valid record get the same problems from both (property)", () => {
    const values = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -3, max: 300_000 }),
      fc.double({ min: -5, max: 5, noNaN: true }),
      fc.constantFrom("", "text", "2025-01", "2025-13-01", "2025-02-30", "effort", "active", "context", "tools", "vision"),
      fc.constantFrom([], ["text"], ["tools", "vision"], [1], {}, { input: 1 }, { type: "effort" }, { tier: { size: 1 } }),
    );
    const paths: readonly (readonly string[])[] = [
      ["name"],
      ["attachment"],
      ["tool_call"],
      ["temperature"],
      ["knowledge"],
      ["release_date"],
      ["modalities"],
      ["modalities", "input"],
      ["modalities", "output"],
      ["cost"],
      ["cost", "input"],
      ["cost", "output"],
      ["cost", "cache_read"],
      ["cost", "tiers"],
      ["cost", "context_over_200k"],
      ["limit"],
      ["limit", "context"],
      ["limit", "output"],
      ["status"],
      ["reasoning_options"],
      ["reasoning_options", "0"],
      ["reasoning_options", "0", "values"],
      ["base_model"],
      ["aliases"],
      ["capabilities"],
      ["mode"],
      ["active"],
      ["deprecation_date"],
      ["extra"],
    ];
    const setAt = (root: Record<string, unknown>, path: readonly string[], value: unknown) => {
      const copy = structuredClone(root);
      let node: Record<string, unknown> = copy;
      for (const key of path.slice(0, -1)) {
        if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      node[path.at(-1)!] = value;
      return copy;
    };
    fc.assert(
      fc.property(
        fc.constantFrom<CatalogSource["format"]>("models-dev-json", "overlay"),
        fc.array(fc.tuple(fc.constantFrom(...paths), values), { minLength: 1, maxLength: 3 }),
        (format, edits) => {
          let model: Record<string, unknown> = GOOD_MODEL;
          for (const [path, value] of edits) model = setAt(model, path, value);
          // As JSON carries it (gen reads text): undefined array items become null, undefined members vanish.
          const data = JSON.parse(JSON.stringify({ acme: { ...GOOD_PROVIDER, models: { m: model } } }));
          const sources: CatalogSource[] = [{ format, data }];
          expect(runtimeProblems(sources)).toEqual(genProblems(sources));
        },
      ),
      { numRuns: 300, seed: 20_260_613 },
    );
  });
});
