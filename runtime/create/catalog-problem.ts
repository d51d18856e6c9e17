// The problems `createCatalog` reports about catalog data, in the same codes and key paths `gen` uses
// for the same mistakes. The generator's code catalogue (`generator/diagnostic-codes.ts`) is the
// superset: a test keeps every code and severity here equal to its entry there.

/** How bad a problem is: errors make the data unusable; warnings and info only describe it. */
export type Severity = "error" | "warning" | "info";

/** A key path as a list of segments: object keys and array indexes. */
export type KeyPath = readonly (string | number)[];

/** Every code a catalog built at run time can report, with its severity (the same as `gen`'s). */
export const CATALOG_PROBLEM_SEVERITY = {
  too_deep: "error",
  empty_source: "error",
  missing_field: "error",
  invalid_type: "error",
  invalid_value: "error",
  invalid_format: "error",
  too_small: "error",
  too_big: "error",
  id_mismatch: "error",
  model_id_invalid: "error",
  provider_id_invalid: "error",
  unsafe_key: "error",
  unknown_field: "warning",
  unknown_capability: "warning",
  unknown_modality: "warning",
  unknown_mode: "warning",
  unknown_cost_key: "warning",
  unknown_protocol: "warning",
  invalid_date: "warning",
  cost_tier_conflict: "warning",
  limit_zero: "info",
  output_exceeds_context: "info",
  overlay_creates_model: "warning",
  cost_incomplete: "warning",
  provider_fold_collision: "error",
  alias_invalid: "error",
  alias_is_own_id: "info",
  alias_shadows_id: "error",
  alias_collision: "error",
  invalid_after_merge: "error",
  empty_catalog: "error",
} as const satisfies Record<string, Severity>;

/** A code `createCatalog` reports; each is also a diagnostic code of `gen`, with the same meaning. */
export type CatalogProblemCode = keyof typeof CATALOG_PROBLEM_SEVERITY;

/** One problem in catalog data given at run time: where (source and key path), how bad, and why. */
export interface CatalogProblem {
  /** The source's name: its `name` in the input, else `"source 1"`, `"source 2"`, … in input order. */
  readonly source: string;
  readonly severity: Severity;
  readonly code: CatalogProblemCode;
  /** The value's path as `gen` prints it: `openai.models["gpt-4.1"].limit.output`. */
  readonly keyPath: string;
  readonly message: string;
}

/** Reports a problem at a path relative to the record being checked. */
export type Report = (severity: Severity, code: CatalogProblemCode, path: KeyPath, message: string) => void;
