/**
 * `llm-catalog/runtime`: the generic runtime that every generated catalog binds to its own tables.
 * It names no provider or model, and does no file, network or process access.
 */
export { createCatalogApi, type CatalogApi, type CompareRow, type ResolveOptions } from "./catalog-api.js";
export { defineRoutes } from "./routes.js";
export { CAPABILITY_NAMES, modelOfRow, modelRowOf, type ModelRow } from "./model-row.js";
export { costOf, type CostEstimate, type Usage } from "./cost.js";
export { compileFilters, globToRegExp, isAllowed, type CompiledFilters, type Filters, type PatternInput, type PatternMap } from "./policy.js";
export {
  DEFAULT_ORDER_BY,
  DEFAULT_USAGE,
  featureMatcher,
  findMatcher,
  ORDER_BY,
  providerOrder,
  type FeatureKey,
  type FeatureSet,
  type FindQuery,
  type IncludeKey,
  type OrderBy,
  type SelectQuery,
} from "./select.js";
export { defineProviderData, requireModel, type ProviderData } from "./provider-data.js";
export type { AuthMethod, Endpoint, EndpointKind, ProviderFacts, ProviderInfo, ProviderInfoOf } from "./protocols/protocol-facts.js";
export { foldProviderId, formatSpec, isProviderIdShape, parseSpecWith, type ProviderLookup } from "./spec.js";
export {
  buildModelRequest,
  checkModelRequest,
  CONVERSATION_MODES,
  protocolOf,
  REQUEST_FIELDS,
  wireApiOf,
  type BuildResult,
  type HttpRequest,
  type RequestOptions,
  type RequestProblem,
  type RequestProblemCode,
  type WireApi,
} from "./request.js";
export type * from "./request-types.js";
export type * from "./types.js";
