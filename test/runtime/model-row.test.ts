import { describe, expect, it } from "vitest";
import { modelOfRow, modelRowOf } from "../../runtime/model-row.js";
import { models } from "../../runtime/index.js";
import { testModel } from "./fixtures.js";

describe("model rows", () => {
  it("round-trip every model of the default catalog", () => {
    for (const m of models()) expect(modelOfRow(JSON.parse(JSON.stringify(modelRowOf(m)))), m.spec).toEqual(m);
  });

  it("store only true flags and non-default lists and status", () => {
    const m = testModel("p", "m", { aliases: ["a"], status: "beta" });
    const row = modelRowOf(m);
    expect(row.capabilities).toEqual(["streaming", "temperature"]);
    expect([row.aliases, row.tags, row.status]).toEqual([["a"], undefined, "beta"]);
    expect(modelOfRow(row)).toEqual(m);
  });
});
