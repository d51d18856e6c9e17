import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseUrlOfNpm, modelEndpointOf } from "../runtime/protocols/protocol-of-npm.js";
import { getModel, models, provider, providers } from "../runtime/index.js";

// biome-ignore lint/suspicious/noExplicitAny: the snapshot is read as untyped JSON and compared field by field
type Json = Record<string, any>;
const snapshot = JSON.parse(readFileSync(join(import.meta.dirname, "..", "data/models-dev/api.json"), "utf8")) as Record<string, Json>;

const PRICE = {
  input: "input",
  output: "output",
  cache_read: "cacheRead",
  cache_write: "cacheWrite",
  reasoning: "reasoning",
  input_audio: "inputAudio",
  output_audio: "outputAudio",
} as const;
const MODEL_KEYS = new Set([
  "id",
  "name",
  "family",
  "attachment",
  "reasoning",
  "tool_call",
  "structured_output",
  "temperature",
  "knowledge",
  "release_date",
  "last_updated",
  "modalities",
  "open_weights",
  "cost",
  "limit",
  "status",
  "reasoning_options",
  "interleaved",
  "experimental",
  "provider",
]);

function prices(source: Json): Json {
  const out: Json = {};
  for (const [from, to] of Object.entries(PRICE)) if (source[from] !== undefined) out[to] = source[from];
  return out;
}

describe("the generated default catalog", () => {
  it("holds all 145 providers and 5,258 models of the snapshot", () => {
    expect(providers().map((p) => p.id)).toEqual(Object.keys(snapshot).sort());
    expect(models()).toHaveLength(5258);
    const total = Object.values(snapshot).reduce((n, p) => n + Object.keys(p.models).length, 0);
    expect(models()).toHaveLength(total);
  });

  it("carries every provider field into the runtime record", () => {
    for (const [id, source] of Object.entries(snapshot)) {
      const p = provider(id)!;
      expect(Object.keys(source).filter((k) => !["id", "name", "env", "npm", "api", "doc", "models"].includes(k))).toEqual([]);
      expect(p.id).toBe(source.id);
      expect(p.name).toBe(source.name);
      expect(p.env).toEqual(source.env);
      expect(p.doc).toBe(source.doc);
      // Without `api`, the base URL is the package's published default (generator/validate/protocol-of-npm.ts).
      expect(p.baseUrl).toBe(source.api ?? baseUrlOfNpm(source.npm));
      expect(p.extra?.npm).toBe(source.npm);
    }
  });

  it("carries every model field into the runtime record, field by field", () => {
    let compared = 0;
    for (const [providerId, p] of Object.entries(snapshot)) {
      for (const [id, m] of Object.entries(p.models as Record<string, Json>)) {
        const r = getModel(`${providerId}:${id}`)!;
        const where = `${providerId}:${id}`;
        expect(r, where).toBeDefined();
        // A source field this test does not map would be a field the product may be losing.
        expect(
          Object.keys(m).filter((k) => !MODEL_KEYS.has(k)),
          where,
        ).toEqual([]);
        expect([r.spec, r.provider, r.id], where).toEqual([where, providerId, m.id]);
        expect(r.name, where).toBe(m.name);
        expect(r.family, where).toBe(m.family);
        expect(r.capabilities.attachment, where).toBe(m.attachment);
        expect(r.capabilities.reasoning, where).toBe(m.reasoning);
        expect(r.capabilities.tools, where).toBe(m.tool_call);
        expect(r.capabilities.structuredOutput, where).toBe(m.structured_output ?? false);
        if (m.temperature !== undefined) expect(r.capabilities.temperature, where).toBe(m.temperature);
        expect([r.knowledge, r.releaseDate, r.lastUpdated], where).toEqual([m.knowledge, m.release_date, m.last_updated]);
        expect(r.modalities, where).toEqual(m.modalities);
        expect(r.openWeights, where).toBe(m.open_weights);
        expect({ protocol: r.protocol, baseUrl: r.baseUrl }, where).toEqual(m.provider === undefined ? {} : { ...modelEndpointOf(m.provider) });
        expect(r.status, where).toBe(m.status ?? "active");
        expect(r.reasoningOptions, where).toEqual(m.reasoning_options);
        for (const key of ["context", "input", "output"] as const) {
          const v = m.limit[key];
          expect(r.limits[key], `${where} limit.${key}`).toBe(v === 0 ? undefined : v);
        }
        if (m.cost === undefined) expect(r.cost, where).toBeUndefined();
        else {
          const { tiers, ...base } = r.cost!;
          expect(base, where).toEqual(prices(m.cost));
          const expectedTiers = (m.cost.tiers ?? []).map((t: Json) => ({ contextAbove: t.tier.size, ...prices(t) }));
          if (expectedTiers.length === 0 && m.cost.context_over_200k) expectedTiers.push({ contextAbove: 200000, ...prices(m.cost.context_over_200k) });
          expect(tiers ?? [], where).toEqual(expectedTiers);
          // With tiers present, context_over_200k is only kept when it adds information.
          if (m.cost.tiers && m.cost.context_over_200k) {
            expect(
              tiers!.some((t) => JSON.stringify({ ...t, contextAbove: undefined }) === JSON.stringify(prices(m.cost.context_over_200k))),
              where,
            ).toBe(true);
          }
        }
        for (const key of ["interleaved", "experimental", "provider"]) expect(r.extra?.[key], `${where} ${key}`).toEqual(m[key]);
        compared++;
      }
    }
    expect(compared).toBe(5258);
  });
});
