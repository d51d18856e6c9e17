/**
 * `llm-catalog/create`: catalogs built at run time. `createCatalog` builds one from models.dev-shaped or
 * overlay-shaped data the caller already has; `extend` adds or corrects models on top of a generated
 * catalog or a created one. Both check the data with `gen`'s rules and return every problem instead of
 * throwing, and both give the API a generated index exports. No file, network or process access.
 */
export {
  createCatalog,
  extend,
  type CatalogProblem,
  type CatalogProblemCode,
  type CatalogSource,
  type CreateCatalogOptions,
  type CreateCatalogResult,
  type RuntimeCatalog,
  type RuntimeSourceFormat,
  type Severity,
  type SpecOf,
} from "./create-catalog.js";
