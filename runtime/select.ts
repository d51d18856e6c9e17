import type { CatalogIndex } from "./catalog/catalog-index.js";
import { costOf, type Usage } from "./cost.js";
import { CAPABILITY_NAMES } from "./model-row.js";
import { byCodeUnit } from "./order.js";
import { MODALITIES } from "./record-vocabulary.js";
import type { CapabilityName, Modality, Model, ModelStatus } from "./types.js";

/**
 * A query value that may be one item or several, as a set; `undefined` stays `undefined` and means
 * "no restriction" to every caller.
 * @example setOf("openai")?.has("openai") // true
 */
export function setOf<T extends string>(value: T | readonly T[] | undefined): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  return new Set(typeof value === "string" ? [value as T] : (value as readonly T[]));
}

/** A key `select` and `candidates` can require or forbid. */
export type FeatureKey =
  | CapabilityName
  | "vision"
  | "pdfInput"
  | "audioInput"
  | "videoInput"
  | "audioOutput"
  | "imageOutput"
  | "chat"
  | "embedding"
  | "rerank"
  | "image"
  | "audio"
  | "deprecated";

/** Keys as a list (each meaning `true`) or a map of key → wanted value. */
export type FeatureSet = readonly FeatureKey[] | { readonly [K in FeatureKey]?: boolean };

/**
 * How `select`, `candidates` and `findModels` rank models once preferred providers are placed first:
 * `newest` by release date (latest first), `cheapest` by `estimateCost` of `usage`, `context` by context
 * window (largest first), `id` by provider id, then model id. Unknown dates, prices and windows rank last.
 */
export const ORDER_BY = ["newest", "cheapest", "context", "id"] as const;

/** A ranking of `ORDER_BY`. */
export type OrderBy = (typeof ORDER_BY)[number];

/** The ranking when a query names none: what a user picking by hand would pick, the current generation. */
export const DEFAULT_ORDER_BY: OrderBy = "newest";

/** The call `orderBy: "cheapest"` prices when a query gives no `usage`: a chat turn, three input tokens per output token. */
export const DEFAULT_USAGE: Usage = Object.freeze({ input: 3000, output: 1000 });

/** Models a query skips unless it names them in `include`. */
export type IncludeKey = "deprecated";

/**
 * What `select`, `candidates` and `findModels` take; every criterion given must hold, and an unknown
 * context window, output limit or price never meets a bound. Deprecated models are left out unless
 * `include` names them or the query asks about deprecation itself (`require: ["deprecated"]`, `status`).
 */
export interface SelectQuery<P extends string = string> {
  /** Features every model must have: a list (each `true`) or a map of key → wanted value. */
  readonly require?: FeatureSet;
  /** Features no model may have. */
  readonly forbid?: FeatureSet;
  /** The same as `require`; the name `findModels` has always taken. */
  readonly capabilities?: FeatureSet;
  /** Bring back models left out by default: `["deprecated"]`. */
  readonly include?: readonly IncludeKey[];
  /** Providers to try first, in order; `select` and `candidates` default to the catalog's `preferredProviders`. */
  readonly prefer?: readonly P[];
  /** Only these providers. */
  readonly provider?: P | readonly P[];
  /** Only these providers; the name `select` has always taken. Given with `provider`, both must hold. */
  readonly scope?: P | readonly P[];
  /** The ranking after `prefer`; default `"newest"`. Ties are broken by spec. */
  readonly orderBy?: OrderBy;
  /** The call `orderBy: "cheapest"` prices; default 3,000 input and 1,000 output tokens. */
  readonly usage?: Usage;
  /** Smallest context window, in tokens. */
  readonly minContext?: number;
  /** Smallest output limit, in tokens. */
  readonly minOutput?: number;
  /** Highest base input price, USD per 1M tokens. */
  readonly maxInputCost?: number;
  /** Highest base output price, USD per 1M tokens. */
  readonly maxOutputCost?: number;
  /** Input modalities every model must take. */
  readonly inputModalities?: readonly Modality[];
  /** Output modalities every model must produce. */
  readonly outputModalities?: readonly Modality[];
  /** Only models whose weights are open (`true`) or closed (`false`); unknown matches neither. */
  readonly openWeights?: boolean;
  /** Only these statuses; deprecated models then count only when listed. */
  readonly status?: ModelStatus | readonly ModelStatus[];
  /** Only this family. */
  readonly family?: string;
}

/** The query `findModels` takes: the same as `SelectQuery`, kept for code that names it. */
export type FindQuery<P extends string = string> = SelectQuery<P>;

/** Every key a query may have, so that a misspelt one is a `TypeError` rather than no constraint. */
const QUERY_KEYS: ReadonlySet<string> = new Set<keyof SelectQuery>([
  "require",
  "forbid",
  "capabilities",
  "include",
  "prefer",
  "provider",
  "scope",
  "orderBy",
  "usage",
  "minContext",
  "minOutput",
  "maxInputCost",
  "maxOutputCost",
  "inputModalities",
  "outputModalities",
  "openWeights",
  "status",
  "family",
]);

const FEATURES: Readonly<Record<FeatureKey, (m: Model) => boolean>> = {
  ...(Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, (m: Model) => m.capabilities[name]])) as Record<CapabilityName, (m: Model) => boolean>),
  vision: (m) => m.modalities.input.includes("image"),
  pdfInput: (m) => m.modalities.input.includes("pdf"),
  audioInput: (m) => m.modalities.input.includes("audio"),
  videoInput: (m) => m.modalities.input.includes("video"),
  audioOutput: (m) => m.modalities.output.includes("audio"),
  imageOutput: (m) => m.modalities.output.includes("image"),
  chat: (m) => m.mode === "chat",
  embedding: (m) => m.mode === "embedding",
  rerank: (m) => m.mode === "rerank",
  image: (m) => m.mode === "image",
  audio: (m) => m.mode === "audio",
  deprecated: (m) => m.status === "deprecated",
};

/** llm_models' key names, accepted for ported code. */
const PORTED_KEYS: Readonly<Record<string, FeatureKey>> = {
  tools_streaming: "toolStreaming",
  streaming_tool_calls: "toolStreaming",
  tools_strict: "strictTools",
  tools_parallel: "parallelToolCalls",
  json_native: "jsonMode",
  json_schema: "structuredOutput",
  json_strict: "strictJson",
  streaming_text: "streaming",
  embeddings: "embedding",
};

// Each feature key is one bit, and each modality one bit per direction, so that the hot loop of
// `select` tests a model's features with two masks instead of a call per key.
const FEATURE_TESTS = Object.entries(FEATURES) as [FeatureKey, (m: Model) => boolean][];
// Bitwise operators work on 32-bit integers: a 32nd key must not silently share a bit.
if (FEATURE_TESTS.length > 31) throw new Error("select: more feature keys than bits in a mask");
const FEATURE_BIT = new Map(FEATURE_TESTS.map(([key], i) => [key, 1 << i]));
const MODALITY_BIT = new Map<Modality, number>(MODALITIES.map((modality, i) => [modality, 1 << i]));
const OUTPUT_SHIFT = MODALITIES.length;

/** The model's feature keys as bits. */
function featureBitsOf(m: Model): number {
  let bits = 0;
  for (const [key, test] of FEATURE_TESTS) if (test(m)) bits |= FEATURE_BIT.get(key)!;
  return bits;
}

/** The model's input modalities as bits, then its output modalities above them. */
function modalityBitsOf(m: Model): number {
  let bits = 0;
  for (const x of m.modalities.input) bits |= MODALITY_BIT.get(x) ?? 0;
  for (const x of m.modalities.output) bits |= (MODALITY_BIT.get(x) ?? 0) << OUTPUT_SHIFT;
  return bits;
}

/** What a query's feature sets ask: bits that must be on, bits that must be off. */
interface FeatureMasks {
  on: number;
  off: number;
}

/** Adds a feature set to `masks`; an unknown key is a programming error, not a silent false. */
function addFeatures(masks: FeatureMasks, set: FeatureSet | undefined, field: string, forbid: boolean): void {
  if (set === undefined) return;
  const entries: [string, unknown][] = Array.isArray(set) ? set.map((key) => [key, true]) : Object.entries(set);
  for (const [key, wanted] of entries) {
    const name = Object.hasOwn(FEATURES, key) ? (key as FeatureKey) : PORTED_KEYS[key];
    if (name === undefined) throw new TypeError(`Unknown ${field} key "${key}"; expected one of ${Object.keys(FEATURES).join(", ")}`);
    if (typeof wanted !== "boolean") throw new TypeError(`${field}.${key} must be true or false`);
    // require x: true and forbid x: false both mean "has x".
    if (wanted !== forbid) masks.on |= FEATURE_BIT.get(name)!;
    else masks.off |= FEATURE_BIT.get(name)!;
  }
}

/** A predicate for the query's require/forbid; throws `TypeError` for unknown keys. */
export function featureMatcher(query: Pick<SelectQuery, "require" | "forbid">): (m: Model) => boolean {
  const masks = { on: 0, off: 0 };
  addFeatures(masks, query.require, "require", false);
  addFeatures(masks, query.forbid, "forbid", true);
  return (m) => {
    const bits = featureBitsOf(m);
    return (bits & masks.on) === masks.on && (bits & masks.off) === 0;
  };
}

/** Provider ids in choosing order: `prefer` (unknown skipped, duplicates ignored), then the rest by id, limited to `scope`. */
export function providerOrder(all: readonly string[], prefer: readonly string[], scope: string | readonly string[] | undefined): string[] {
  const known = new Set(all);
  const allowed = setOf(scope);
  const order: string[] = [];
  for (const id of [...prefer, ...all]) if (known.has(id) && !order.includes(id) && (allowed === undefined || allowed.has(id))) order.push(id);
  return order;
}

/** Whether a feature set says anything about `deprecated`, in which case it, not the default, decides. */
function mentionsDeprecated(set: FeatureSet | undefined): boolean {
  if (set === undefined) return false;
  return Array.isArray(set) ? set.includes("deprecated") : Object.hasOwn(set, "deprecated");
}

function checkQuery(query: SelectQuery): void {
  for (const key of Object.keys(query)) {
    if (!QUERY_KEYS.has(key)) throw new TypeError(`Unknown query key "${key}"; expected one of ${[...QUERY_KEYS].join(", ")}`);
  }
  if (query.orderBy !== undefined && !(ORDER_BY as readonly string[]).includes(query.orderBy)) {
    throw new TypeError(`orderBy must be one of ${ORDER_BY.join(", ")}, not "${query.orderBy}"`);
  }
  for (const key of query.include ?? []) if (key !== "deprecated") throw new TypeError(`Unknown include key "${key}"; expected deprecated`);
}

/** A query reduced to masks over a model's precomputed bits, plus the checks that need the record. */
interface CompiledQuery {
  readonly on: number;
  readonly off: number;
  readonly modalities: number;
  readonly checks: readonly ((m: Model) => boolean)[];
}

/** Checks and compiles a query; throws `TypeError` for an unknown key, feature, `orderBy` or `include`. */
function compileQuery(query: SelectQuery): CompiledQuery {
  checkQuery(query);
  const masks = { on: 0, off: 0 };
  addFeatures(masks, query.require, "require", false);
  addFeatures(masks, query.forbid, "forbid", true);
  addFeatures(masks, query.capabilities, "capabilities", false);
  const statuses = setOf(query.status);
  const deprecatedAsked = (query.include ?? []).includes("deprecated") || [query.require, query.forbid, query.capabilities].some(mentionsDeprecated);
  if (statuses === undefined && !deprecatedAsked) masks.off |= FEATURE_BIT.get("deprecated")!;
  // A modality outside the vocabulary (untyped input) sets every bit, so no model matches it.
  let modalities = 0;
  for (const x of query.inputModalities ?? []) modalities |= MODALITY_BIT.get(x) ?? -1;
  for (const x of query.outputModalities ?? []) modalities |= (MODALITY_BIT.get(x) ?? -1) << OUTPUT_SHIFT;

  // Only the criteria the query gives, so an empty query costs nothing per model.
  const checks: ((m: Model) => boolean)[] = [];
  const providers = setOf(query.provider);
  const scope = setOf(query.scope);
  const { minContext, minOutput, maxInputCost, maxOutputCost, openWeights, family } = query;
  if (providers !== undefined) checks.push((m) => providers.has(m.provider));
  if (scope !== undefined) checks.push((m) => scope.has(m.provider));
  if (minContext !== undefined) checks.push((m) => m.limits.context !== undefined && m.limits.context >= minContext);
  if (minOutput !== undefined) checks.push((m) => m.limits.output !== undefined && m.limits.output >= minOutput);
  if (maxInputCost !== undefined) checks.push((m) => m.cost !== undefined && m.cost.input <= maxInputCost);
  if (maxOutputCost !== undefined) checks.push((m) => m.cost !== undefined && m.cost.output <= maxOutputCost);
  if (openWeights !== undefined) checks.push((m) => m.openWeights === openWeights);
  if (statuses !== undefined) checks.push((m) => statuses.has(m.status));
  if (family !== undefined) checks.push((m) => m.family === family);
  return { on: masks.on, off: masks.off, modalities, checks };
}

function matchesCompiled(c: CompiledQuery, features: number, modalities: number, m: Model): boolean {
  if ((features & c.on) !== c.on || (features & c.off) !== 0 || (modalities & c.modalities) !== c.modalities) return false;
  for (const check of c.checks) if (!check(m)) return false;
  return true;
}

/**
 * A predicate for every criterion of a query, deprecated models left out unless the query includes or
 * asks for them; throws `TypeError` for an unknown key, feature, `orderBy` or `include`.
 */
export function findMatcher(query: SelectQuery): (m: Model) => boolean {
  const compiled = compileQuery(query);
  return (m) => matchesCompiled(compiled, featureBitsOf(m), modalityBitsOf(m), m);
}

/** One model with the sort keys every ranking reads, computed once per catalog. */
interface Ranked {
  readonly model: Model;
  /** Position in id order (provider id, then model id). */
  readonly idRank: number;
  /** The release date as written (ISO, so code-unit order is date order); `""` when unknown. */
  readonly release: string;
  /** Context window; `-1` when unknown. */
  readonly context: number;
  /** Position in spec order, the tie-break of every ranking but `id`. */
  specRank: number;
  readonly features: number;
  readonly modalities: number;
}

/** At most this many usage shapes keep their prices per model; a caller with more pays for recomputing. */
const COST_CACHE_SIZE = 8;

/** Candidates and the first candidate over models in id order; what `createSelectApi` and the generator's routes share. */
export interface ModelSelector {
  /** Every model matching `query`, ranked; `prefer` when the query names none. */
  candidates(query: SelectQuery, prefer: readonly string[]): Model[];
  /** The first of `candidates`, found in one pass without sorting. */
  first(query: SelectQuery, prefer: readonly string[]): Model | undefined;
}

/**
 * Ranks models by a query: preferred providers first in `prefer` order, then by `orderBy`, then by spec.
 * `models` is read once, on the first call, and must be in id order (providers by id, then models by id).
 * @example createModelSelector(() => catalogModels).first({ require: ["tools"], orderBy: "cheapest" }, [])?.spec
 */
export function createModelSelector(models: () => readonly Model[]): ModelSelector {
  let ranked: readonly Ranked[] | undefined;
  function allRanked(): readonly Ranked[] {
    if (ranked !== undefined) return ranked;
    const list: Ranked[] = models().map((model, idRank) => ({
      model,
      idRank,
      release: model.releaseDate ?? "",
      context: model.limits.context ?? -1,
      specRank: 0,
      features: featureBitsOf(model),
      modalities: modalityBitsOf(model),
    }));
    const bySpec = [...list].sort((a, b) => byCodeUnit(a.model.spec, b.model.spec));
    for (const [i, r] of bySpec.entries()) r.specRank = i;
    ranked = list;
    return ranked;
  }

  // Prices per model (by idRank) for one usage shape; NaN when unknown. Keyed by the shape's numbers.
  const costCache = new Map<string, Float64Array>();
  function costs(usage: Usage): Float64Array {
    const key = [usage.input, usage.output, usage.cacheRead, usage.cacheWrite, usage.reasoning, usage.inputAudio, usage.outputAudio].join(",");
    const hit = costCache.get(key);
    if (hit !== undefined) return hit;
    const all = allRanked();
    const prices = new Float64Array(all.length);
    for (const r of all) prices[r.idRank] = costOf(r.model.cost, usage)?.total ?? NaN;
    if (costCache.size >= COST_CACHE_SIZE) costCache.delete(costCache.keys().next().value!);
    costCache.set(key, prices);
    return prices;
  }

  /** Negative when `a` comes first: the ranking's key, unknown values last, then spec. */
  function comparatorOf(query: SelectQuery): (a: Ranked, b: Ranked) => number {
    const orderBy = query.orderBy ?? DEFAULT_ORDER_BY;
    if (orderBy === "id") return (a, b) => a.idRank - b.idRank;
    const bySpec = (a: Ranked, b: Ranked) => a.specRank - b.specRank;
    if (orderBy === "newest") return (a, b) => (a.release === b.release ? bySpec(a, b) : a.release > b.release ? -1 : 1);
    if (orderBy === "context") return (a, b) => (a.context === b.context ? bySpec(a, b) : b.context - a.context);
    const prices = costs(query.usage ?? DEFAULT_USAGE);
    return (a, b) => {
      const x = prices[a.idRank]!;
      const y = prices[b.idRank]!;
      if (x === y || (Number.isNaN(x) && Number.isNaN(y))) return bySpec(a, b);
      return Number.isNaN(x) ? 1 : Number.isNaN(y) ? -1 : x - y;
    };
  }

  /** The query's matches and a comparator that puts preferred providers first, in their order. */
  function plan(query: SelectQuery, prefer: readonly string[]): { matches: (r: Ranked) => boolean; compare: (a: Ranked, b: Ranked) => number } {
    const compiled = compileQuery(query);
    const matches = (r: Ranked) => matchesCompiled(compiled, r.features, r.modalities, r.model);
    const rank = new Map<string, number>();
    for (const id of query.prefer ?? prefer) if (!rank.has(id)) rank.set(id, rank.size);
    const byOrder = comparatorOf(query);
    if (rank.size === 0) return { matches, compare: byOrder };
    const rest = rank.size;
    return {
      matches,
      compare: (a, b) => (rank.get(a.model.provider) ?? rest) - (rank.get(b.model.provider) ?? rest) || byOrder(a, b),
    };
  }

  return {
    candidates: (query, prefer) => {
      const { matches, compare } = plan(query, prefer);
      return allRanked()
        .filter(matches)
        .sort(compare)
        .map((r) => r.model);
    },
    first: (query, prefer) => {
      const { matches, compare } = plan(query, prefer);
      let best: Ranked | undefined;
      for (const r of allRanked()) if (matches(r) && (best === undefined || compare(r, best) < 0)) best = r;
      return best?.model;
    },
  };
}

/** The catalog functions that pick models by what they can do. */
export interface SelectApi {
  /** Every model matching the query: preferred providers first, then by `orderBy` (default newest), then by spec. */
  candidates(query?: SelectQuery): string[];
  /** The first of `candidates(query)`, or `undefined`. */
  select(query?: SelectQuery): string | undefined;
  /** Models matching the query, sorted by spec; ranked as `candidates` (with only the query's `prefer`) when it gives `orderBy`. */
  findModels(query?: FindQuery): Model[];
}

/**
 * Selection over one index; `prefer` is the catalog's provider order when a query names none. The
 * first call parses every provider, since any of them may hold the best match.
 * @example createSelectApi(index, ["anthropic"]).select({ require: ["tools", "vision"] })
 */
export function createSelectApi(index: CatalogIndex, prefer: readonly string[]): SelectApi {
  const selector = createModelSelector(() => [...index.tableById.values()].flatMap((table) => table.models()));
  return {
    candidates: (query = {}) => selector.candidates(query, prefer).map((m) => m.spec),
    select: (query = {}) => selector.first(query, prefer)?.spec,
    findModels: (query = {}) => (query.orderBy === undefined ? index.everyModel().filter(findMatcher(query)) : selector.candidates(query, [])),
  };
}
