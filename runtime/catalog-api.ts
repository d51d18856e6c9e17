import { createCatalogIndex } from "./catalog/catalog-index.js";
import { catalogViewOf } from "./catalog/catalog-view.js";
import { createCompareApi, type CompareApi } from "./catalog/compare-api.js";
import { createCostApi, type CostApi } from "./catalog/cost-api.js";
import { createPolicyApi, type PolicyApi } from "./catalog/policy-api.js";
import { createProvidersApi, type ProvidersApi } from "./catalog/providers-api.js";
import { createRequestApi, type RequestApi } from "./catalog/request-api.js";
import { createResolveApi, type ResolveApi } from "./catalog/resolve-api.js";
import { createSelectApi, type SelectApi } from "./catalog/select-api.js";
import type { Filters } from "./policy.js";
import type { ProviderData } from "./provider-data.js";
import type { Model } from "./types.js";

export type { CompareRow } from "./catalog/compare-api.js";
export type { ResolveOptions } from "./catalog/resolve-api.js";

/** The catalog functions over one set of provider tables, typed for any catalog. */
export interface CatalogApi extends ResolveApi, ProvidersApi, SelectApi, CostApi, PolicyApi, CompareApi, RequestApi {
  /** Every model keyed by spec, filled on first access; backs the documented `catalog` value. */
  readonly catalog: { readonly [spec: string]: Model };
}

/**
 * Builds the catalog API over generated provider tables. Lookups are O(1) on `Map`s, so any string,
 * `"__proto__"` included, is safe; a provider's rows are parsed the first time one of its models is
 * asked for.
 * @example const api = createCatalogApi([openaiData]); api.getModel("openai:gpt-4o")?.limits.context
 */
export function createCatalogApi(
  tables: readonly ProviderData[],
  options: { readonly filters?: Filters; readonly prefer?: readonly string[] } = {},
): CatalogApi {
  const index = createCatalogIndex(tables);
  const resolver = createResolveApi(index);
  return {
    ...resolver,
    ...createProvidersApi(index),
    ...createSelectApi(index, options.prefer ?? []),
    ...createCostApi(index, resolver.resolve),
    ...createPolicyApi(options.filters, resolver),
    ...createCompareApi(resolver.resolve),
    ...createRequestApi(index, resolver.resolve),
    catalog: catalogViewOf(index),
  };
}
