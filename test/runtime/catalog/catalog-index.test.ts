import { describe, expect, it } from "vitest";
import { createCatalogIndex } from "../../../runtime/catalog/catalog-index.js";
import type { ProviderData } from "../../../runtime/provider-data.js";
import { testModel, testTable } from "../fixtures.js";

/** A table that records which of its providers' rows were asked for. */
function counted(table: ProviderData, asked: string[]): ProviderData {
  return {
    ...table,
    models: () => {
      asked.push(table.provider.id);
      return table.models();
    },
  };
}

describe("createCatalogIndex", () => {
  const tables = (asked: string[]) => [
    counted(testTable("zeta", [testModel("zeta", "z1", { aliases: ["shared"] })]), asked),
    counted(testTable("alpha_ai", [testModel("alpha_ai", "a1", { aliases: ["shared"] }), testModel("alpha_ai", "a0")]), asked),
  ];

  it("parses only the provider an exact spec names, once", () => {
    const asked: string[] = [];
    const index = createCatalogIndex(tables(asked));
    expect(index.exactSpec("alpha_ai:a1")?.id).toBe("a1");
    expect(index.exactSpec("alpha_ai:missing")).toBeUndefined();
    expect(index.bySpec.get("alpha_ai:a0")?.id).toBe("a0");
    expect(asked).toEqual(["alpha_ai"]);
  });

  it("orders providers and every model by code unit, and folds provider ids for lookup", () => {
    const index = createCatalogIndex(tables([]));
    expect(index.providers.map((p) => p.id)).toEqual(["alpha_ai", "zeta"]);
    expect(index.everyModel().map((m) => m.spec)).toEqual(["alpha_ai:a0", "alpha_ai:a1", "zeta:z1"]);
    expect(index.lookup.exact("alpha_ai")).toBe(true);
    expect(index.lookup.folded("alpha-ai")).toEqual(["alpha_ai"]);
  });

  it("indexes bare ids and aliases across providers", () => {
    const index = createCatalogIndex(tables([]));
    expect(
      index
        .bareIndex()
        .get("shared")
        ?.map((m) => m.spec),
    ).toEqual(["alpha_ai:a1", "zeta:z1"]);
    expect(
      index
        .bareIndex()
        .get("a0")
        ?.map((m) => m.spec),
    ).toEqual(["alpha_ai:a0"]);
  });
});
