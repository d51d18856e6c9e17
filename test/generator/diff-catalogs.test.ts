import { describe, expect, it } from "vitest";
import { changeSummary, diffCatalogs, isEmptyDiff, unchangedDiff } from "../../generator/diff-catalogs.js";
import type { Catalog } from "../../generator/stage-types.js";
import { CAPABILITY_NAMES } from "../../runtime/model-row.js";
import type { Capabilities, Model, Provider } from "../../runtime/types.js";

const provider = (id: string): Provider => ({ id, name: id, protocol: "openai-compatible", env: [] });

function model(provider: string, id: string, patch: Partial<Model> = {}): Model {
  const capabilities = Object.fromEntries(CAPABILITY_NAMES.map((c) => [c, c === "tools"])) as unknown as Capabilities;
  return {
    spec: `${provider}:${id}`,
    provider,
    id,
    name: id.toUpperCase(),
    aliases: [],
    tags: [],
    status: "active",
    mode: "chat",
    limits: { context: 128_000, output: 8_192 },
    cost: { input: 2, output: 8 },
    modalities: { input: ["text"], output: ["text"] },
    capabilities,
    ...patch,
  };
}

function catalog(...models: Model[]): Catalog {
  const ids = [...new Set(models.map((m) => m.provider))].sort();
  return { providers: ids.map((id) => ({ provider: provider(id), models: models.filter((m) => m.provider === id) })) };
}

describe(diffCatalogs.name, () => {
  const before = catalog(model("acme", "a"), model("acme", "old-name"), model("acme", "gone"), model("beta", "b", { cost: { input: 0, output: 1 } }));
  const after = catalog(
    model("acme", "a", {
      cost: { input: 2.5, output: 6, cacheRead: 0.5 },
      limits: { context: 200_000, output: 8_192 },
      capabilities: { ...model("x", "y").capabilities, tools: false, reasoning: true },
      modalities: { input: ["text", "image"], output: ["text"] },
      status: "deprecated",
      deprecationDate: "2026-01-01",
    }),
    model("acme", "new-name", { aliases: ["old-name"] }),
    model("gamma", "fresh", { limits: {}, cost: undefined }),
    model("beta", "b", { cost: { input: 1, output: 1 } }),
  );

  it("finds added, removed and renamed models, and each kind of field change", () => {
    const diff = diffCatalogs(before, after);
    expect(diff.providers).toEqual({ before: 2, after: 3, added: ["gamma"], removed: [] });
    expect(diff.models.added).toEqual([{ spec: "gamma:fresh", name: "FRESH" }]);
    expect(diff.models.removed).toEqual([{ spec: "acme:gone", name: "GONE", context: 128_000, input: 2, output: 8 }]);
    expect(diff.models.renamed).toEqual([{ before: "acme:old-name", after: "acme:new-name" }]);
    expect(diff.prices).toEqual([
      { spec: "acme:a", field: "input", before: 2, after: 2.5, percent: 25 },
      { spec: "acme:a", field: "output", before: 8, after: 6, percent: -25 },
      { spec: "acme:a", field: "cacheRead", after: 0.5 },
      // From free: no percentage.
      { spec: "beta:b", field: "input", before: 0, after: 1 },
    ]);
    expect(diff.limits).toEqual([{ spec: "acme:a", field: "context", before: 128_000, after: 200_000 }]);
    expect(diff.capabilities).toEqual([{ spec: "acme:a", gained: ["reasoning"], lost: ["tools"] }]);
    expect(diff.modalities).toEqual([{ spec: "acme:a", side: "input", gained: ["image"], lost: [] }]);
    expect(diff.statuses).toEqual([{ spec: "acme:a", before: "active", after: "deprecated", deprecationDate: "2026-01-01" }]);
    expect(changeSummary(diff)).toBe(
      "+1 model, -1 model, 1 renamed, 4 price changes, 1 limit change, 1 capability change, 1 modality change, 1 status change, +1 provider",
    );
  });

  it("pairs a rename when the old model listed the new id as an alias, too", () => {
    const diff = diffCatalogs(catalog(model("acme", "x", { aliases: ["y"] })), catalog(model("acme", "y")));
    expect(diff.models).toMatchObject({ added: [], removed: [], renamed: [{ before: "acme:x", after: "acme:y" }] });
  });

  it("does not depend on the order of providers or models", () => {
    const shuffled: Catalog = { providers: [...after.providers].reverse().map((p) => ({ ...p, models: [...p.models].reverse() })) };
    expect(diffCatalogs(before, shuffled)).toEqual(diffCatalogs(before, after));
  });

  it("reports nothing for identical catalogs, like the shortcut for identical data", () => {
    const diff = diffCatalogs(after, after);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(changeSummary(diff)).toBe("no model changes");
    expect(unchangedDiff(after)).toEqual(diff);
  });
});
