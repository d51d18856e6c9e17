import { CAPABILITY_NAMES } from "./model-row.js";
import type { CatalogIndex } from "./catalog/catalog-index.js";
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

/** What `select` and `candidates` take. */
export interface SelectQuery<P extends string = string> {
  readonly require?: FeatureSet;
  readonly forbid?: FeatureSet;
  /** Providers to try first, in order; defaults to the catalog's `preferredProviders`. */
  readonly prefer?: readonly P[];
  /** Only these providers. */
  readonly scope?: P | readonly P[];
}

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

/** A feature set as `[test, wanted]` pairs; an unknown key is a programming error, not a silent false. */
function compileFeatures(set: FeatureSet | undefined, field: string): [(m: Model) => boolean, boolean][] {
  if (set === undefined) return [];
  const entries: [string, unknown][] = Array.isArray(set) ? set.map((key) => [key, true]) : Object.entries(set);
  return entries.map(([key, wanted]) => {
    const name = Object.hasOwn(FEATURES, key) ? (key as FeatureKey) : PORTED_KEYS[key];
    if (name === undefined) throw new TypeError(`Unknown ${field} key "${key}"; expected one of ${Object.keys(FEATURES).join(", ")}`);
    if (typeof wanted !== "boolean") throw new TypeError(`${field}.${key} must be true or false`);
    return [FEATURES[name], wanted];
  });
}

/** A predicate for the query's require/forbid; throws `TypeError` for unknown keys. */
export function featureMatcher(query: Pick<SelectQuery, "require" | "forbid">): (m: Model) => boolean {
  const required = compileFeatures(query.require, "require");
  const forbidden = compileFeatures(query.forbid, "forbid");
  return (m) => required.every(([test, wanted]) => test(m) === wanted) && !forbidden.some(([test, wanted]) => test(m) === wanted);
}

/** Provider ids in choosing order: `prefer` (unknown skipped, duplicates ignored), then the rest by id, limited to `scope`. */
export function providerOrder(all: readonly string[], prefer: readonly string[], scope: string | readonly string[] | undefined): string[] {
  const known = new Set(all);
  const allowed = setOf(scope);
  const order: string[] = [];
  for (const id of [...prefer, ...all]) if (known.has(id) && !order.includes(id) && (allowed === undefined || allowed.has(id))) order.push(id);
  return order;
}

/** What `findModels` takes; every criterion must hold. An unknown context or price never matches. */
export interface FindQuery<P extends string = string> {
  readonly capabilities?: FeatureSet;
  readonly inputModalities?: readonly Modality[];
  readonly minContext?: number;
  readonly maxInputCost?: number;
  readonly maxOutputCost?: number;
  readonly status?: ModelStatus | readonly ModelStatus[];
  readonly provider?: P | readonly P[];
  readonly family?: string;
}

/** A predicate for a `findModels` query; throws `TypeError` for unknown capability keys. */
export function findMatcher(query: FindQuery): (m: Model) => boolean {
  const features = featureMatcher({ require: query.capabilities });
  const statuses = setOf(query.status);
  const providers = setOf(query.provider);
  return (m) =>
    features(m) &&
    (query.inputModalities ?? []).every((x) => m.modalities.input.includes(x)) &&
    (query.minContext === undefined || (m.limits.context !== undefined && m.limits.context >= query.minContext)) &&
    (query.maxInputCost === undefined || (m.cost !== undefined && m.cost.input <= query.maxInputCost)) &&
    (query.maxOutputCost === undefined || (m.cost !== undefined && m.cost.output <= query.maxOutputCost)) &&
    (statuses === undefined || statuses.has(m.status)) &&
    (providers === undefined || providers.has(m.provider)) &&
    (query.family === undefined || m.family === query.family);
}

/** The catalog functions that pick models by what they can do. */
export interface SelectApi {
  /** Every model matching `require`/`forbid`, providers in preference order, models by id. */
  candidates(query?: SelectQuery): string[];
  /** The first of `candidates(query)`, or `undefined`. */
  select(query?: SelectQuery): string | undefined;
  /** Models matching every criterion, sorted by spec. */
  findModels(query?: FindQuery): Model[];
}

/**
 * Selection over one index; `prefer` is the catalog's provider order when a query names none.
 * @example createSelectApi(index, ["anthropic"]).select({ require: ["tools", "vision"] })
 */
export function createSelectApi(index: CatalogIndex, prefer: readonly string[]): SelectApi {
  function candidates(query: SelectQuery, limit = Infinity): string[] {
    const matches = featureMatcher(query);
    const found: string[] = [];
    for (const id of providerOrder([...index.tableById.keys()], query.prefer ?? prefer, query.scope)) {
      for (const m of index.tableById.get(id)!.models()) {
        if (!matches(m)) continue;
        found.push(m.spec);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  return {
    candidates: (query = {}) => candidates(query),
    select: (query = {}) => candidates(query, 1)[0],
    findModels: (query = {}) => index.everyModel().filter(findMatcher(query)),
  };
}
