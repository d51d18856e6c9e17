import type { CatalogIndex } from "./catalog/catalog-index.js";
import type { ResolveApi } from "./catalog/resolve-api.js";
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
 * 0.30000000000000004, so a product near a half is rounded to 12 significant digits first. Elsewhere
 * that step cannot change the result and is skipped, since
 * `toPrecision` costs more than the rest of an estimate.
 */
function microDollars(tokens: number, rate: number): number {
  if (tokens === 0) return 0; // most calls have no audio, cache writes or reasoning
  const x = tokens * rate;
  const fraction = x - Math.floor(x);
  return Math.abs(fraction - 0.5) > 1e-6 ? Math.round(x) : Math.round(Number(x.toPrecision(12)));
}

/**
 * A price list in one fixed shape: every rate present (`NaN` where the source has none) and the
 * tiers likewise. Records parsed from JSON have as many shapes as key sets, which makes every price
 * read megamorphic; reading one shape is what lets `estimateCost` reach ~10 M calls/s.
 */
export interface CompiledCost {
  readonly input: number;
  readonly output: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
  readonly reasoning: number;
  readonly inputAudio: number;
  readonly outputAudio: number;
  readonly contextAbove: number;
  readonly tiers: readonly CompiledCost[] | null;
}

function rate(value: number | undefined): number {
  return value === undefined ? NaN : value;
}

/** `cost` in the fixed shape `costOfCompiled` reads; tiers sorted ascending. */
function compileCost(cost: Cost): CompiledCost {
  const tiers = cost.tiers === undefined || cost.tiers.length === 0 ? null : cost.tiers.map((t) => compileTier(t));
  return {
    input: cost.input,
    output: cost.output,
    cacheRead: rate(cost.cacheRead),
    cacheWrite: rate(cost.cacheWrite),
    reasoning: rate(cost.reasoning),
    inputAudio: rate(cost.inputAudio),
    outputAudio: rate(cost.outputAudio),
    contextAbove: 0,
    tiers: tiers === null ? null : tiers.sort((a, b) => a.contextAbove - b.contextAbove),
  };
}

function compileTier(t: CostTier): CompiledCost {
  return {
    input: rate(t.input),
    output: rate(t.output),
    cacheRead: rate(t.cacheRead),
    cacheWrite: rate(t.cacheWrite),
    reasoning: rate(t.reasoning),
    inputAudio: rate(t.inputAudio),
    outputAudio: rate(t.outputAudio),
    contextAbove: t.contextAbove,
    tiers: null,
  };
}

/** The first rate that is set: a tier's, else the base price's, else the fallback (NaN = not set). */
function pick(tierRate: number, baseRate: number, fallback: number): number {
  return !Number.isNaN(tierRate) ? tierRate : !Number.isNaN(baseRate) ? baseRate : fallback;
}

/**
 * The cost of `usage` at `cost`'s prices: counts clamped to their parent totals, the
 * tier with the largest `contextAbove` below the input count overriding the prices it sets, missing
 * cache/audio/reasoning rates falling back to input or output, each component rounded to micro-dollars.
 * `undefined` when the price is unknown; a free model costs 0.
 * @example costOf({ input: 2.5, output: 10 }, { input: 1_000_000, output: 1_000_000 })?.total // 12.5
 */
export function costOf(cost: Cost | undefined, usage: Usage): CostEstimate | undefined {
  return cost === undefined ? undefined : costOfCompiled(compileCost(cost), usage);
}

/** `costOf` over a price list already in the fixed shape; the hot path of `estimateCost`. */
function costOfCompiled(cost: CompiledCost, usage: Usage): CostEstimate {
  const input = count(usage.input);
  const output = count(usage.output);
  const cacheRead = Math.min(count(usage.cacheRead), input);
  const cacheWrite = Math.min(count(usage.cacheWrite), input - cacheRead);
  const inputAudio = Math.min(count(usage.inputAudio), input - cacheRead - cacheWrite);
  const reasoning = Math.min(count(usage.reasoning), output);
  const outputAudio = Math.min(count(usage.outputAudio), output - reasoning);

  // Tiers are ascending: the last one below the input count applies.
  let tier: CompiledCost | null = null;
  const tiers = cost.tiers;
  if (tiers !== null) for (let i = 0; i < tiers.length && tiers[i]!.contextAbove < input; i++) tier = tiers[i]!;
  const t = tier ?? NO_TIER;
  // Straight-line on purpose: estimateCost runs per request, and helper objects cost more than the math.
  const inputRate = pick(t.input, cost.input, NaN);
  const outputRate = pick(t.output, cost.output, NaN);
  const inputMicro = microDollars(input - cacheRead - cacheWrite - inputAudio, inputRate);
  const cacheReadMicro = microDollars(cacheRead, pick(t.cacheRead, cost.cacheRead, inputRate));
  const cacheWriteMicro = microDollars(cacheWrite, pick(t.cacheWrite, cost.cacheWrite, inputRate));
  const inputAudioMicro = microDollars(inputAudio, pick(t.inputAudio, cost.inputAudio, inputRate));
  const outputMicro = microDollars(output - reasoning - outputAudio, outputRate);
  const reasoningMicro = microDollars(reasoning, pick(t.reasoning, cost.reasoning, outputRate));
  const outputAudioMicro = microDollars(outputAudio, pick(t.outputAudio, cost.outputAudio, outputRate));
  const totalMicro = inputMicro + cacheReadMicro + cacheWriteMicro + inputAudioMicro + outputMicro + reasoningMicro + outputAudioMicro;
  const breakdown = {
    input: inputMicro / 1e6,
    cacheRead: cacheReadMicro / 1e6,
    cacheWrite: cacheWriteMicro / 1e6,
    inputAudio: inputAudioMicro / 1e6,
    output: outputMicro / 1e6,
    reasoning: reasoningMicro / 1e6,
    outputAudio: outputAudioMicro / 1e6,
  };
  // Two literal shapes rather than a spread: a spread takes V8's slow path on every call.
  if (tier === null) return { currency: "USD", total: totalMicro / 1e6, breakdown };
  return { currency: "USD", total: totalMicro / 1e6, breakdown, tier: tier.contextAbove };
}

const NO_TIER: CompiledCost = {
  input: NaN,
  output: NaN,
  cacheRead: NaN,
  cacheWrite: NaN,
  reasoning: NaN,
  inputAudio: NaN,
  outputAudio: NaN,
  contextAbove: 0,
  tiers: null,
};

/** The catalog function that prices a call. */
export interface CostApi {
  /** The cost of one call, or `undefined` when the spec is unknown or its price is. */
  estimateCost(spec: string, usage: Usage): CostEstimate | undefined;
}

/**
 * Cost estimates over one index, with each exact spec's price list compiled on first use.
 * @example createCostApi(index, resolve).estimateCost("openai:gpt-4o", { input: 1000, output: 200 })?.total
 */
export function createCostApi(index: CatalogIndex, resolve: ResolveApi["resolve"]): CostApi {
  const compiledCosts = new Map<string, CompiledCost | null>();
  return {
    estimateCost: (spec, usage) => {
      const compiled = compiledCosts.get(spec);
      if (compiled !== undefined) return compiled === null ? undefined : costOfCompiled(compiled, usage);
      const exact = index.bySpec.get(spec);
      if (exact !== undefined) {
        // Cache only exact specs: an alias or bare id must keep resolving as the catalog says.
        const fresh = exact.cost === undefined ? null : compileCost(exact.cost);
        compiledCosts.set(spec, fresh);
        return fresh === null ? undefined : costOfCompiled(fresh, usage);
      }
      const m = resolve(spec);
      return m.ok ? costOf(m.value.cost, usage) : undefined;
    },
  };
}
