import { catalogViewOf, createCatalogIndex } from "./catalog/catalog-index.js";
import { createListingApi, type ListingApi } from "./catalog/listing-api.js";
import { createResolveApi, type ResolveApi } from "./catalog/resolve-api.js";
import { createCostApi, type CostApi } from "./cost.js";
import { createPolicyApi, type Filters, type PolicyApi } from "./policy.js";
import type { ProviderData } from "./provider-data.js";
import { createRequestApi, type RequestApi } from "./request.js";
import { createSelectApi, type SelectApi } from "./select.js";
import type { Model } from "./types.js";

export type { CompareRow } from "./catalog/listing-api.js";
export type { ResolveOptions } from "./catalog/resolve-api.js";

/** The catalog functions over one set of provider tables, typed for any catalog. */
export interface CatalogApi extends ResolveApi, ListingApi, SelectApi, CostApi, PolicyApi, RequestApi {
  /** Every model keyed by spec, filled on first access; backs the documented `catalog` value. */
  readonly catalog: { readonly [spec: string]: Model };
}

/**
 * Builds the catalog API over generated provider tables. Lookups are O(1) on `Map`s, so any string,
 * `"__proto__"` included, is safe; a provider's rows are parsed the first time one of its models is
 * asked for. Each concern builds its own functions over the shared index; this only composes them.
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
    ...createListingApi(index, resolver.resolve),
    ...createSelectApi(index, options.prefer ?? []),
    ...createCostApi(index, resolver.resolve),
    ...createPolicyApi(options.filters, resolver),
    ...createRequestApi(index, resolver.resolve),
    catalog: catalogViewOf(index),
  };
}
