import { describe, expect, it } from "vitest";
import { costOf } from "../../runtime/cost.js";
import { getModel } from "../../runtime/index.js";

describe("costOf", () => {
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

describe("micro-dollar rounding", () => {
  it("matches the formula of docs/cost.md on 20,000 seeded random prices and counts", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const reference = (tokens: number, rate: number) => Math.round(Number((tokens * rate).toPrecision(12)));
    const rates = [0.1, 0.3, 0.15, 1.25, 0.30000000000000004, 2.5, 0.003, 37.5, 0.075];
    for (let i = 0; i < 20_000; i++) {
      const rate = random() < 0.5 ? rates[i % rates.length]! : Math.round(random() * 100_000) / 1000;
      const tokens = Math.floor(random() * 2_000_000);
      const got = costOf({ input: rate, output: 0 }, { input: tokens, output: 0 })!.breakdown.input;
      expect(Math.round(got * 1e6), `${tokens} × ${rate}`).toBe(reference(tokens, rate));
    }
  });
});

describe("reasoning and audio tokens", () => {
  it("price reasoning and audio at their own rates, falling back to output/input, clamped to their totals", () => {
    const cost = { input: 1, output: 4, reasoning: 8, inputAudio: 10 };
    const estimate = costOf(cost, { input: 1_000_000, inputAudio: 250_000, output: 1_000_000, reasoning: 500_000, outputAudio: 900_000 })!;
    expect(estimate.breakdown).toEqual({ input: 0.75, cacheRead: 0, cacheWrite: 0, inputAudio: 2.5, output: 0, reasoning: 4, outputAudio: 2 });
    expect(estimate.total).toBe(9.25);
  });
});
