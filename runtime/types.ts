/**
 * Record types shared by the generator and the runtime. The generator imports these as types, so the
 * catalog it emits and the records the runtime returns cannot drift apart.
 */

import type { MODALITIES, MODEL_STATUSES, MODES, PROTOCOLS } from "./record-vocabulary.js";

/** An input or output modality of a model. */
export type Modality = (typeof MODALITIES)[number];

/** What kind of endpoint serves a model. */
export type Mode = (typeof MODES)[number];

/** Lifecycle status of a model. */
export type ModelStatus = (typeof MODEL_STATUSES)[number];

/** The wire API a provider speaks; `"unknown"` when the catalog's package name is not in the table. */
export type Protocol = (typeof PROTOCOLS)[number];

/** Boolean capability flags, one vocabulary for every source format (SEMANTICS §4.1). */
export interface Capabilities {
  readonly tools: boolean;
  readonly toolChoice: boolean;
  readonly parallelToolCalls: boolean;
  readonly toolStreaming: boolean;
  readonly strictTools: boolean;
  readonly structuredOutput: boolean;
  readonly jsonMode: boolean;
  readonly strictJson: boolean;
  readonly reasoning: boolean;
  readonly streaming: boolean;
  readonly attachment: boolean;
  readonly temperature: boolean;
  readonly systemMessages: boolean;
  readonly promptCaching: boolean;
  readonly webSearch: boolean;
  readonly localInference: boolean;
}

/** Name of a capability flag. */
export type CapabilityName = keyof Capabilities;

/**
 * The capability flags of a model whose true flags are `True`, as literal `true`/`false` types.
 * Generated record types use it instead of writing 16 flags per model: the same types in under a
 * tenth of the text, which is what an editor parses for every model.
 */
export type CapabilityFlags<True extends CapabilityName> = { readonly [K in CapabilityName]: K extends True ? true : false };

/** Token limits; an absent value is unknown (models.dev's `0` is read as absent). */
export interface Limits {
  readonly context?: number;
  readonly input?: number;
  readonly output?: number;
}

/** Prices that apply once the prompt is longer than `contextAbove` tokens. */
export interface CostTier {
  readonly contextAbove: number;
  readonly input?: number;
  readonly output?: number;
  readonly cacheRead?: number;
  readonly cacheWrite?: number;
  readonly reasoning?: number;
  readonly inputAudio?: number;
  readonly outputAudio?: number;
}

/** Prices in USD per 1M tokens. A model without `cost` has an unknown price, never a free one. */
export interface Cost {
  readonly input: number;
  readonly output: number;
  readonly cacheRead?: number;
  readonly cacheWrite?: number;
  readonly reasoning?: number;
  readonly inputAudio?: number;
  readonly outputAudio?: number;
  /** Context tiers, ascending by `contextAbove`. */
  readonly tiers?: readonly CostTier[];
}

/** How a reasoning model can be steered, as the catalog states it (models.dev `reasoning_options`). */
export type ReasoningOption =
  | { readonly type: "toggle" }
  | { readonly type: "effort"; readonly values: readonly (string | null)[] }
  | { readonly type: "budget_tokens"; readonly min?: number; readonly max?: number };

/** One model of one provider. Identity is `(provider, id)`; `spec` is `"provider:id"`. */
export interface Model {
  readonly spec: string;
  readonly provider: string;
  readonly id: string;
  readonly name: string;
  readonly family?: string;
  readonly baseModel?: string;
  readonly aliases: readonly string[];
  readonly tags: readonly string[];
  readonly status: ModelStatus;
  readonly deprecationDate?: string;
  readonly releaseDate?: string;
  readonly lastUpdated?: string;
  readonly knowledge?: string;
  readonly mode: Mode;
  readonly limits: Limits;
  readonly cost?: Cost;
  readonly modalities: { readonly input: readonly Modality[]; readonly output: readonly Modality[] };
  readonly capabilities: Capabilities;
  readonly reasoningOptions?: readonly ReasoningOption[];
  readonly openWeights?: boolean;
  /** The wire API when this model is served over a different one than its provider's (models.dev's per-model `provider`). */
  readonly protocol?: Protocol;
  /** The endpoint root when it differs from the provider's; `${VAR}` placeholders name `env` variables. */
  readonly baseUrl?: string;
  /** Source fields the canonical shape does not model, under their source names. */
  readonly extra?: { readonly [key: string]: unknown };
}

/** One provider: who serves the models and over which wire API. */
export interface Provider {
  readonly id: string;
  readonly name: string;
  readonly protocol: Protocol;
  readonly baseUrl?: string;
  /** Names of the environment variables that hold the API key (never their values). */
  readonly env: readonly string[];
  readonly doc?: string;
  readonly defaultModel?: string;
  readonly extra?: { readonly [key: string]: unknown };
}

/** The outcome of an operation that can fail on bad input: a value or a coded error. */
export type Result<T, E extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: E; readonly message: string } };

/** Why a string is not a valid `"provider:model"` spec (SEMANTICS §11). */
export type SpecError = "invalid_format" | "empty_segment" | "bad_provider" | "unknown_provider";

/** Why `resolve` found no single model. */
export type ResolveError = SpecError | "not_found" | "ambiguous";

/** A parsed spec: the canonical provider id and the model part, unchecked. */
export interface ParsedSpec<P extends string = string> {
  readonly provider: P;
  readonly model: string;
}

/**
 * Project-wide switches, set by interface augmentation from any project:
 * `declare module "llm-catalog" { interface Register { looseModelIds: true } }`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: an interface, so that projects can augment it
export interface Register {}

/** `true` when a project opted into open-ended model ids through `Register`. */
export type LooseModelIds = Register extends { looseModelIds: true } ? true : false;

declare const notSupported: unique symbol;

/**
 * Type of a request field that model `S` does not accept. No value is assignable to it, and the
 * compiler's message names both the feature and the model.
 */
export interface NotSupported<Feature extends string, S extends string> {
  readonly [notSupported]: Feature;
  readonly model: S;
}
