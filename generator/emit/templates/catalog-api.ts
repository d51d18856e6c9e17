// The fixed part of every generated index.ts, type-checked here against this repository's own
// generated catalog. The emitter copies the import region with its module specifiers pointed at the
// output folder, fills each `/*@name*/` placeholder (whose default value keeps this file valid) with
// the catalog's value, and appends one helper per provider.
//
// Written out rather than derived, as measured:
// - `model()` spells out `CheckSpec<S>`'s body (spec-types.ts) in its parameter instead of naming the
//   alias: the same messages, ~40% faster completion. A known spec is tested first, so the compiler
//   builds the constraint of the whole type from `ModelSpec` once, not from every branch.
// - `providerModel()` returns through `infer`: with `ModelOf<`${P}:${M}`>` the compiler expands the
//   template over every provider and id while it still holds P's and M's constraints (TS2590).
//#region imports
import { createCatalogApi, defineRoutes as defineRoutesAny, requireModel } from "../../../runtime/core.js";
import type { BuildResult, CompareRow, CostEstimate, LooseModelIds, Model, ParsedSpec, ProviderInfo, ProviderInfoOf, RequestOptions, RequestProblem, ResolveError, Result, SelectQuery, SpecError, Usage } from "../../../runtime/core.js";
import type { OpenAIResponsesRequest, OpenAIResponsesSpec, RequestOf, RequestSpec } from "../../../generated/requests.js";
import * as tables from "../../../generated/catalog-data.js";
import type { ModelOf, ModelSpec, ProviderCallMap, ProviderId, ProviderModelMap, SpecMessage } from "../../../generated/types.js";
export type * from "../../../generated/types.js";
export type * from "../../../generated/requests.js";
export type { AuthMethod, BuildResult, Capabilities, CapabilityFlags, CapabilityName, CompareRow, Cost, CostEstimate, CostTier, Endpoint, EndpointKind, FeatureKey, FeatureSet, Filters, FindQuery, IncludeKey, Limits, LooseModelIds, Modality, Mode, Model, ModelStatus, NotSupported, OrderBy, ParsedSpec, Protocol, Provider, ProviderInfo, ProviderInfoOf, ReasoningOption, Register, HttpRequest, RequestOptions, RequestProblem, RequestProblemCode, WireApi, ResolveError, Result, SelectQuery, SpecError, Usage } from "../../../runtime/core.js";
//#endregion
const api = createCatalogApi(Object.values(tables), { filters: /*@filters*/ {}, prefer: /*@prefer*/ [] });

/**
 * A model by spec, checked at compile time: a typo is a type error naming the unknown model or
 * provider, and completion lists every spec. Use `getModel` for strings known only at run time.
 * @example model("openai:gpt-4o").limits.context // 128000, typed as the literal
 */
export function model<S extends string>(spec: S extends ModelSpec
    ? S
    : string extends S
      ? ModelSpec
      : S extends ""
        ? ModelSpec
        : LooseModelIds extends true
          ? S extends `${string}:${string}`
            ? S
            : SpecMessage<S>
          : SpecMessage<S>): ModelOf<S> {
  return api.model(spec) as ModelOf<S>;
}

/**
 * A model by provider and id. The provider helpers (`openai("gpt-4o")`) are cheaper for the editor.
 * @example providerModel("anthropic", "claude-sonnet-4-5")
 */
export function providerModel<P extends ProviderId, M extends ProviderModelMap[P]>(provider: P, id: M): [P, M] extends [infer A extends string, infer B extends string] ? ModelOf<`${A}:${B}`> : never {
  return api.providerModel(provider, id) as never;
}

/**
 * A model the catalog lacks (an unreleased id, a private deployment), with permissive capabilities
 * and unknown limits and prices. Returns the catalog's record when the spec is known.
 * @example customModel("openai:gpt-6-preview").capabilities.tools // true
 */
export function customModel<S extends `${string}:${string}`>(spec: S): Model & { readonly spec: S } {
  return api.customModel(spec) as Model & { readonly spec: S };
}

/**
 * The model for an untrusted string: a spec, an alias, or a bare id that only one provider has.
 * `undefined` for anything else; never throws.
 * @example getModel(process.env.MODEL ?? "")?.limits.context
 */
export function getModel(input: string): Model | undefined {
  return api.getModel(input);
}

/**
 * Whether `input` is exactly a spec of this catalog (no trimming, no aliases).
 * @example if (isModelSpec(s)) model(s)
 */
export function isModelSpec(input: unknown): input is ModelSpec {
  return api.isModelSpec(input);
}

/**
 * Splits `"provider:model"` at the first colon and resolves the provider (exact, else a unique
 * case/`-`/`_`-insensitive match). The model part is not checked.
 * @example parseSpec("amazon-bedrock:anthropic.claude-v2:1") // { ok: true, value: { provider: "amazon-bedrock", model: "anthropic.claude-v2:1" } }
 */
export function parseSpec(input: unknown): Result<ParsedSpec<ProviderId>, SpecError> {
  return api.parseSpec(input) as Result<ParsedSpec<ProviderId>, SpecError>;
}

/**
 * A spec, alias or bare id to its model, or the reason it names none (`not_found`, `ambiguous`, or a
 * spec error). `scope` limits bare-id lookups to some providers.
 * @example resolve("gpt-4o", { scope: "openai" })
 */
export function resolve(input: unknown, options?: { readonly scope?: ProviderId | readonly ProviderId[] }): Result<Model, ResolveError> {
  return api.resolve(input, options);
}

/**
 * What a call costs in USD: cache reads/writes and audio as parts of the input, reasoning and audio as
 * parts of the output, context tiers above their threshold. `undefined` when the price is unknown.
 * @example estimateCost("openai:gpt-4o", { input: 1_000_000, output: 1_000_000 })?.total // 12.5
 */
export function estimateCost(spec: ModelSpec | (string & {}), usage: Usage): CostEstimate | undefined {
  return api.estimateCost(spec, usage);
}

/**
 * The provider's default model, from the config's `defaults` or its source.
 * @example defaultModel("openai")
 */
export function defaultModel(provider: ProviderId): ModelSpec | undefined {
  return api.defaultModel(provider) as ModelSpec | undefined;
}

/**
 * Whether the catalog's allow/deny policy admits a spec (deny wins). Aliases resolve first; a spec the
 * catalog lacks is judged by its provider and id; an unparsable string is not allowed.
 * @example allowed("openai:gpt-4o") // true
 */
export function allowed(spec: string): boolean {
  return api.allowed(spec);
}

/**
 * The best model that meets every criterion of the query: deprecated models left out unless
 * `include: ["deprecated"]`; providers in `prefer` first (default: `preferredProviders`), then ranked by
 * `orderBy` (default `"newest"`; `"cheapest"`, `"context"`, `"id"`), ties by spec. Deterministic. An
 * unknown key is a type error, and a `TypeError` at run time.
 * @example select({ require: ["tools", "vision"], prefer: ["anthropic", "openai"] })
 */
export function select(query?: SelectQuery<ProviderId>): ModelSpec | undefined {
  return api.select(query) as ModelSpec | undefined;
}

/**
 * Every model `select` would consider, in the same order.
 * @example candidates({ require: { reasoning: true }, provider: "openai", orderBy: "cheapest" })
 */
export function candidates(query?: SelectQuery<ProviderId>): ModelSpec[] {
  return api.candidates(query) as ModelSpec[];
}

/**
 * Models matching every criterion of the query `select` takes, sorted by spec (ranked like `candidates`
 * when the query gives `orderBy`). An unknown context window, output limit or price never matches.
 * @example findModels({ require: ["tools"], inputModalities: ["image"], maxInputCost: 1 })
 */
export function findModels(query?: SelectQuery<ProviderId>): Model[] {
  return api.findModels(query);
}

/**
 * Rows for a side-by-side table: name, limits, prices, key flags, status, release.
 * @example compare(["openai:gpt-4o", "anthropic:claude-sonnet-4-5"])
 */
export function compare(specs: readonly (ModelSpec | (string & {}))[]): CompareRow[] {
  return api.compare(specs);
}

/**
 * A routing table from task names to specs of this catalog: a wrong model name is a compile error.
 * @example const routes = defineRoutes({ simple: "google:gemini-2.0-flash", complex: "anthropic:claude-sonnet-4-5" });
 */
export function defineRoutes<const T extends { readonly [task: string]: ModelSpec }>(routes: T): Readonly<T> {
  return defineRoutesAny(routes);
}

/**
 * Joins a provider and one of its model ids into a spec.
 * @example formatSpec("openai", "gpt-4o") // "openai:gpt-4o"
 */
export function formatSpec<P extends ProviderId, M extends ProviderModelMap[P]>(provider: P, id: M): `${P}:${M}` {
  return `${provider}:${id}`;
}

/**
 * Every problem of a provider request for a model, with its path: output tokens over the model's limit,
 * missing fields, features or inputs the model lacks (errors), unknown fields (warnings). The run-time
 * twin of the request types, for requests built from untyped input. Never throws.
 * @example checkRequest("openai:gpt-4o", { messages: [], max_tokens: 999_999 }) // [{ path: "max_tokens", code: "over_limit", ... }]
 */
export function checkRequest(spec: ModelSpec | (string & {}), request: unknown, options?: RequestOptions): RequestProblem[] {
  return api.checkRequest(spec, request, options);
}

/**
 * The HTTP request for a model in its provider's wire format, ready for `fetch(value.url, value)`: the URL
 * from the catalog, the auth header naming the API-key variable (`Bearer ${OPENAI_API_KEY}`) unless
 * `options.env` gives values, and the body with the provider's model id. The request is typed for that
 * model (`RequestOf<S>`); problems are returned, never thrown. Pure: reads no environment, sends nothing.
 * @example const r = buildRequest("openai:gpt-4o", { messages: [{ role: "user", content: "Hi" }] }, { env: process.env });
 */
export function buildRequest<S extends RequestSpec>(spec: S, request: NoInfer<RequestOf<S>>, options?: Omit<RequestOptions, "api">): BuildResult {
  return api.buildRequest(spec, request, options);
}

/**
 * Like `buildRequest`, over OpenAI's Responses API (`POST /responses`), which OpenAI's and Azure's models
 * serve besides chat completions.
 * @example buildResponsesRequest("openai:o3", { input: "Hi", reasoning: { effort: "high" } })
 */
export function buildResponsesRequest<S extends OpenAIResponsesSpec>(spec: S, request: NoInfer<OpenAIResponsesRequest<S>>, options?: Omit<RequestOptions, "api">): BuildResult {
  return api.buildRequest(spec, request, { ...options, api: "openai-responses" });
}

/**
 * Every provider, sorted by id.
 * @example providers().map((p) => p.id)
 */
export function providers(): readonly ProviderInfo[] {
  return api.providers();
}

/**
 * A provider by exact id with what it needs to be called: how it authenticates (header and scheme,
 * OAuth, AWS SigV4, or none for a local server), the endpoints it serves with their paths, its
 * variables and its docs. Typed per provider for a known id; `undefined` for an unknown one.
 * @example provider("anthropic").auth[0] // { kind: "api-key", header: "x-api-key", variable: "ANTHROPIC_API_KEY" }
 */
export function provider<P extends ProviderId>(id: P): ProviderInfoOf<P, ProviderCallMap[P][0], ProviderCallMap[P][1]>;
export function provider(id: string): ProviderInfo | undefined;
export function provider(id: string): ProviderInfo | undefined {
  return api.provider(id);
}

/**
 * Every model, or one provider's, sorted by spec.
 * @example models("anthropic").length
 */
export function models(provider?: ProviderId): readonly Model[] {
  return api.models(provider);
}

/**
 * Every model keyed by spec. Records are built on first access. The catalog's `model-catalog` module
 * exports the same object as `ModelCatalog`, with each member documented for hovers.
 * @example catalog["openai:gpt-4o"].cost?.input // 2.5
 */
export const catalog: { readonly [S in ModelSpec]: ModelOf<S> } = api.catalog as unknown as { readonly [S in ModelSpec]: ModelOf<S> };
/** Providers to try first when choosing models (the config's `prefer`); the rest follow, ranked by the query's `orderBy`. */
export const preferredProviders: readonly ProviderId[] = Object.freeze(/*@prefer*/ []);
