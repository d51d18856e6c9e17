import { catalogViewOf, createCatalogIndex, type CatalogIndex } from "./catalog/catalog-index.js";
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

/** What a catalog was built from: its index and options, for deriving catalogs from it. */
export interface CatalogBase {
  readonly index: CatalogIndex;
  readonly options: CatalogOptions;
}

/** The options every catalog is built with: the filter policy for `allowed()` and the provider preference. */
export interface CatalogOptions {
  readonly filters?: Filters;
  readonly prefer?: readonly string[];
}

// Keyed by each catalog's `catalog` view, which a generated index exports and a created catalog holds,
// so `extend` can find the index of either without the catalog exposing it.
const BASES = new WeakMap<object, CatalogBase>();

/** The index and options behind a catalog's `catalog` view, or `undefined` for any other value. */
export function catalogBaseOf(view: unknown): CatalogBase | undefined {
  return typeof view === "object" && view !== null ? BASES.get(view) : undefined;
}

/**
 * The catalog API over an index: each concern builds its own functions over it; this only composes them.
 * @example const api = catalogApiOver(createCatalogIndex([openaiData])); api.getModel("openai:gpt-4o")
 */
export function catalogApiOver(index: CatalogIndex, options: CatalogOptions = {}): CatalogApi {
  const resolver = createResolveApi(index);
  const catalog = catalogViewOf(index);
  BASES.set(catalog, { index, options });
  return {
    ...resolver,
    ...createListingApi(index, resolver.resolve),
    ...createSelectApi(index, options.prefer ?? []),
    ...createCostApi(index, resolver.resolve),
    ...createPolicyApi(options.filters, resolver),
    ...createRequestApi(index, resolver.resolve),
    catalog,
  };
}

/**
 * Builds the catalog API over generated provider tables. Lookups are O(1) on `Map`s, so any string,
 * `"__proto__"` included, is safe; a provider's rows are parsed the first time one of its models is
 * asked for.
 * @example const api = createCatalogApi([openaiData]); api.getModel("openai:gpt-4o")?.limits.context
 */
export function createCatalogApi(tables: readonly ProviderData[], options: CatalogOptions = {}): CatalogApi {
  return catalogApiOver(createCatalogIndex(tables), options);
}
