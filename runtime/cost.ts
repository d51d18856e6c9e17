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

/**
 * tokens × rate (USD per 1M) in whole micro-dollars, half up, without float noise: 0.1 × 3 is
 * 0.30000000000000004, so a product near a half is rounded to 12 significant digits first
 * (SEMANTICS §14). Elsewhere that step cannot change the result and is skipped, since
 * `toPrecision` costs more than the rest of an estimate.
 */
function microDollars(tokens: number, rate: number): number {
  const x = tokens * rate;
  const fraction = x - Math.floor(x);
  return Math.abs(fraction - 0.5) > 1e-6 ? Math.round(x) : Math.round(Number(x.toPrecision(12)));
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
  const tiers = cost.tiers;
  if (tiers !== undefined) for (const t of tiers) if (t.contextAbove < input && (tier === undefined || t.contextAbove > tier.contextAbove)) tier = t;
  // Straight-line on purpose: estimateCost runs per request, and helper objects cost more than the math.
  const inputRate = tier?.input ?? cost.input;
  const outputRate = tier?.output ?? cost.output;
  const inputMicro = microDollars(input - cacheRead - cacheWrite - inputAudio, inputRate);
  const cacheReadMicro = microDollars(cacheRead, tier?.cacheRead ?? cost.cacheRead ?? inputRate);
  const cacheWriteMicro = microDollars(cacheWrite, tier?.cacheWrite ?? cost.cacheWrite ?? inputRate);
  const inputAudioMicro = microDollars(inputAudio, tier?.inputAudio ?? cost.inputAudio ?? inputRate);
  const outputMicro = microDollars(output - reasoning - outputAudio, outputRate);
  const reasoningMicro = microDollars(reasoning, tier?.reasoning ?? cost.reasoning ?? outputRate);
  const outputAudioMicro = microDollars(outputAudio, tier?.outputAudio ?? cost.outputAudio ?? outputRate);
  const totalMicro = inputMicro + cacheReadMicro + cacheWriteMicro + inputAudioMicro + outputMicro + reasoningMicro + outputAudioMicro;
  const inDollars = {
    input: inputMicro / 1e6,
    cacheRead: cacheReadMicro / 1e6,
    cacheWrite: cacheWriteMicro / 1e6,
    inputAudio: inputAudioMicro / 1e6,
    output: outputMicro / 1e6,
    reasoning: reasoningMicro / 1e6,
    outputAudio: outputAudioMicro / 1e6,
  };
  return { currency: "USD", total: totalMicro / 1e6, breakdown: inDollars, ...(tier === undefined ? {} : { tier: tier.contextAbove }) };
}
