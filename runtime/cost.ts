import type { Cost, CostTier } from "./types.js";

/** Token counts of one call. `input` is the whole prompt (cache and audio tokens are parts of it); `reasoning` and `outputAudio` are parts of `output`. */
export interface Usage {
  readonly input: number;
  readonly output: number;
  readonly cacheRead?: number;
  readonly cacheWrite?: number;
  readonly reasoning?: number;
  readonly inputAudio?: number;
  readonly outputAudio?: number;
}

/** What a call costs, in USD, with each component rounded to whole micro-dollars. */
export interface CostEstimate {
  readonly currency: "USD";
  readonly total: number;
  readonly breakdown: {
    readonly input: number;
    readonly cacheRead: number;
    readonly cacheWrite: number;
    readonly inputAudio: number;
    readonly output: number;
    readonly reasoning: number;
    readonly outputAudio: number;
  };
  /** The `contextAbove` of the tier whose prices applied, if any. */
  readonly tier?: number;
}

/** A count as a whole, non-negative number: non-finite or negative becomes 0, fractions are truncated. */
function count(n: number | undefined): number {
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.trunc(n) : 0;
}

/** tokens × rate (USD per 1M) in whole micro-dollars, half up, without float noise. */
function microDollars(tokens: number, rate: number): number {
  return Math.round(Number((tokens * rate).toPrecision(12)));
}

/**
 * The cost of `usage` at `cost`'s prices (SEMANTICS §14): counts clamped to their parent totals, the
 * tier with the largest `contextAbove` below the input count overriding the prices it sets, missing
 * cache/audio/reasoning rates falling back to input or output, each component rounded to micro-dollars.
 * `undefined` when the price is unknown; a free model costs 0.
 * @example costOf({ input: 2.5, output: 10 }, { input: 1_000_000, output: 1_000_000 })?.total // 12.5
 */
export function costOf(cost: Cost | undefined, usage: Usage): CostEstimate | undefined {
  if (cost === undefined) return undefined;
  const input = count(usage.input);
  const output = count(usage.output);
  const cacheRead = Math.min(count(usage.cacheRead), input);
  const cacheWrite = Math.min(count(usage.cacheWrite), input - cacheRead);
  const inputAudio = Math.min(count(usage.inputAudio), input - cacheRead - cacheWrite);
  const reasoning = Math.min(count(usage.reasoning), output);
  const outputAudio = Math.min(count(usage.outputAudio), output - reasoning);

  let tier: CostTier | undefined;
  for (const t of cost.tiers ?? []) if (t.contextAbove < input && (tier === undefined || t.contextAbove > tier.contextAbove)) tier = t;
  const rate = (key: keyof Omit<CostTier, "contextAbove">): number | undefined => tier?.[key] ?? cost[key];
  const inputRate = rate("input")!;
  const outputRate = rate("output")!;

  const breakdown = {
    input: microDollars(input - cacheRead - cacheWrite - inputAudio, inputRate),
    cacheRead: microDollars(cacheRead, rate("cacheRead") ?? inputRate),
    cacheWrite: microDollars(cacheWrite, rate("cacheWrite") ?? inputRate),
    inputAudio: microDollars(inputAudio, rate("inputAudio") ?? inputRate),
    output: microDollars(output - reasoning - outputAudio, outputRate),
    reasoning: microDollars(reasoning, rate("reasoning") ?? outputRate),
    outputAudio: microDollars(outputAudio, rate("outputAudio") ?? outputRate),
  };
  const totalMicro = Object.values(breakdown).reduce((a, b) => a + b, 0);
  const inDollars = Object.fromEntries(Object.entries(breakdown).map(([k, v]) => [k, v / 1e6])) as CostEstimate["breakdown"];
  return { currency: "USD", total: totalMicro / 1e6, breakdown: inDollars, ...(tier === undefined ? {} : { tier: tier.contextAbove }) };
}
