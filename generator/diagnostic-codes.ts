import type { Severity } from "./diagnostics.js";

/**
 * Every diagnostic code the generator reports, with its severity and what it means. Codes are stable:
 * scripts and `--json` consumers match on them, so one is only ever added here, never renamed.
 * `docs/diagnostics.md` lists the same codes; a test keeps the two equal.
 */
export const DIAGNOSTIC_CODES = {
  // Reading and parsing files
  source_unreadable: { severity: "error", meaning: "a configured source file or folder cannot be read" },
  config_unreadable: { severity: "error", meaning: "the config file cannot be found or loaded" },
  unknown_option: { severity: "error", meaning: "the config has an option that does not exist" },
  file_too_large: { severity: "error", meaning: "a file is larger than the input limit and is not read" },
  dangling_link: { severity: "warning", meaning: "a symbolic link in a source folder points nowhere" },
  json_syntax: { severity: "error", meaning: "a JSON file does not parse" },
  yaml_syntax: { severity: "error", meaning: "a YAML file does not parse" },
  toml_syntax: { severity: "error", meaning: "a TOML file does not parse" },
  yaml_limit: { severity: "error", meaning: "YAML alias expansion goes past its limit" },
  duplicate_key: { severity: "error", meaning: "an object states the same key twice" },
  too_deep: { severity: "error", meaning: "values are nested deeper than the input limit" },
  empty_source: { severity: "error", meaning: "a file holds no providers or models" },
  base_model_missing: { severity: "error", meaning: "a models.dev TOML `base_model` points at no file" },
  duplicate_model: { severity: "error", meaning: "two llm_models files state the same model id" },
  capability_file_skipped: { severity: "info", meaning: "an ExLLM capability file in a folder is skipped; name it as a source of its own to use it" },
  provider_key_ignored: { severity: "warning", meaning: "an llm_models model file has a `provider` key, which the folder already decides" },
  generated_unreadable: { severity: "error", meaning: "a previously generated catalog-data file is not in the shape gen writes" },
  diff_side_unreadable: { severity: "error", meaning: "one side of `diff` cannot be read" },
  // Checking each record against its format
  missing_field: { severity: "error", meaning: "a required field is absent" },
  invalid_type: { severity: "error", meaning: "a value has the wrong type" },
  invalid_value: { severity: "error", meaning: "a value is not one of those allowed, or breaks a rule between fields" },
  invalid_format: { severity: "error", meaning: "a string is not in the expected format" },
  too_small: { severity: "error", meaning: "a number, string or list is below its minimum (a negative price, an empty name)" },
  too_big: { severity: "error", meaning: "a number, string or list is above its maximum" },
  id_mismatch: { severity: "error", meaning: "a record's key and its `id` field differ" },
  model_id_invalid: { severity: "error", meaning: "a model id is empty, padded or holds control characters" },
  provider_id_invalid: { severity: "error", meaning: "a provider id holds `:` or characters outside A-Z a-z 0-9 . _ -" },
  unsafe_key: { severity: "error", meaning: "a field is named `__proto__`, which cannot be kept exactly" },
  unknown_field: { severity: "warning", meaning: "a field the format does not define; kept under `extra`" },
  unknown_capability: { severity: "warning", meaning: "a capability name the vocabulary does not know; kept under `extra`" },
  unknown_modality: { severity: "warning", meaning: "a modality name the vocabulary does not know; kept under `extra`" },
  unknown_mode: { severity: "warning", meaning: "a mode name the vocabulary does not know; kept under `extra`" },
  unknown_cost_key: { severity: "warning", meaning: "a price key the vocabulary does not know; kept under `extra`" },
  unknown_protocol: { severity: "warning", meaning: "no wire protocol is known for a provider's package; its protocol is `unknown`" },
  invalid_date: { severity: "warning", meaning: "a well-formed date that names no real day; kept as written" },
  cost_tier_conflict: { severity: "warning", meaning: "a `context_over_200k` price matches no tier" },
  limit_zero: { severity: "info", meaning: "a limit of 0, read as unknown" },
  output_exceeds_context: { severity: "info", meaning: "the output limit is above the context window" },
  // After merging
  overlay_creates_model: { severity: "warning", meaning: "a sparse record creates a model no earlier source has; probably a misspelt id" },
  cost_incomplete: { severity: "warning", meaning: "after merging, a price list lacks input or output; the price is then unknown" },
  provider_fold_collision: { severity: "error", meaning: "two providers differ only by case or `-`/`_`" },
  alias_invalid: { severity: "error", meaning: "an alias is empty" },
  alias_is_own_id: { severity: "info", meaning: "an alias equals its model's own id and is dropped" },
  alias_shadows_id: { severity: "error", meaning: "an alias is the id of another model of the same provider" },
  alias_collision: { severity: "error", meaning: "two models of one provider claim the same alias" },
  invalid_after_merge: { severity: "error", meaning: "a merged record no longer satisfies the catalog's own schema" },
  // Options from the config file
  default_unknown_provider: { severity: "warning", meaning: "a configured default model names a provider not in the catalog" },
  default_model_missing: { severity: "warning", meaning: "a default model is not in the catalog, or was filtered out" },
  filter_unknown_provider: { severity: "warning", meaning: "a filter names a provider not in the catalog" },
  filter_empty_result: { severity: "error", meaning: "the allow filter leaves no models" },
  prefer_unknown_provider: { severity: "warning", meaning: "the provider preference names a provider not in the catalog" },
  route_invalid: { severity: "error", meaning: "a route's query names an unknown feature" },
  route_unresolved: { severity: "error", meaning: "no alternative of a route names a model of the catalog" },
  empty_catalog: { severity: "error", meaning: "the sources, after filtering, yield no models at all" },
  // Emitting
  export_name_collision: { severity: "error", meaning: "two providers would get the same export name in the generated code" },
} as const satisfies Record<string, { readonly severity: Severity; readonly meaning: string }>;

/** A code from the catalogue. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
