import { describe, expect, it } from "vitest";
import { costOf } from "../../runtime/cost.js";
import { getModel } from "../../runtime/index.js";

describe("costOf (SEMANTICS §14)", () => {
  it("rounds each component to micro-dollars before summing", () => {
    expect(costOf({ input: 0.003, output: 0.015 }, { input: 1000, output: 500 })?.total).toBe(0.000011);
  });

  it("prices cache reads at the cache rate, and clamps them to the input", () => {
    const gpt4o = { input: 2.5, output: 10, cacheRead: 1.25 };
    expect(costOf(gpt4o, { input: 10_000, cacheRead: 4_000, output: 500 })?.total).toBe(0.025);
    expect(costOf(gpt4o, { input: 10_000, cacheRead: 12_000, output: 0 })?.breakdown).toMatchObject({ cacheRead: 0.0125, input: 0 });
    expect(costOf({ input: 2, output: 4 }, { input: 1000, cacheRead: 1000, output: 0 })?.breakdown.cacheRead).toBe(0.002);
  });

  it("applies the tier above its threshold only", () => {
    const tiered = { input: 5, output: 25, tiers: [{ contextAbove: 200_000, input: 10, output: 37.5 }] };
    expect(costOf(tiered, { input: 250_000, output: 1_000 })).toMatchObject({ total: 2.5375, tier: 200000 });
    const atThreshold = costOf(tiered, { input: 200_000, output: 0 })!;
    expect([atThreshold.total, atThreshold.tier]).toEqual([1, undefined]);
  });

  it("is undefined for an unknown price, 0 for a free model, and ignores bad counts", () => {
    expect(costOf(undefined, { input: 1, output: 1 })).toBeUndefined();
    expect(costOf({ input: 0, output: 0 }, { input: 1e6, output: 1e6 })?.total).toBe(0);
    expect(costOf({ input: 1, output: 1 }, { input: Number.NaN, output: -5, reasoning: 3 })?.total).toBe(0);
    expect(costOf({ input: 1, output: 2 }, { input: 1.9, output: 1_000_000.7 })?.total).toBe(2.000001);
  });

  it("prices openai:gpt-4o at $12.50 for 1M input + 1M output tokens, and a real tiered model above its threshold", () => {
    expect(costOf(getModel("openai:gpt-4o")!.cost, { input: 1_000_000, output: 1_000_000 })?.total).toBe(12.5);
    expect(costOf(getModel("302ai:claude-opus-4-7")?.cost, { input: 250_000, output: 1_000 })).toMatchObject({ total: 2.5375, tier: 200000 });
  });
});
