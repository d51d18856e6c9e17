import { compileFilters, isAllowed, patternMapOf, type Filters } from "../runtime/policy.js";
import type { DiagnosticCode } from "./diagnostic-codes.js";
import type { Diagnostic } from "./diagnostics.js";
import type { Catalog } from "./stage-types.js";
import { formatKeyPath } from "../runtime/create/format-key-path.js";

/** What filtering removed, for the summary line. */
export interface FilterStats {
  readonly droppedModels: number;
  readonly droppedProviders: number;
}

/**
 * The catalog that ships: models outside the allow/deny policy are removed, with
 * their aliases; providers the filters leave empty are removed; a default model that does not survive is unset.
 */
export function filterCatalog(
  catalog: Catalog,
  filters: Filters,
  configFile = "(config)",
): { catalog: Catalog; diagnostics: Diagnostic[]; stats: FilterStats } {
  const diagnostics: Diagnostic[] = [];
  const problem = (severity: Diagnostic["severity"], code: DiagnosticCode, keyPath: string, message: string): Diagnostic => ({
    file: configFile,
    severity,
    code,
    keyPath,
    message,
  });
  const known = new Set(catalog.providers.map((p) => p.provider.id));
  for (const [side, input] of [
    ["allow", filters.allow],
    ["deny", filters.deny],
  ] as const) {
    for (const provider of patternMapOf(input).keys()) {
      if (!known.has(provider))
        diagnostics.push(
          problem("warning", "filter_unknown_provider", formatKeyPath(["filters", side, provider]), `Provider "${provider}" is not in the catalog`),
        );
    }
  }
  const policy = compileFilters(filters);
  let droppedModels = 0;
  let droppedProviders = 0;
  const providers = catalog.providers.flatMap((entry) => {
    const models = entry.models.filter((m) => isAllowed(policy, m.provider, m.id));
    droppedModels += entry.models.length - models.length;
    if (models.length === 0 && entry.models.length > 0) {
      droppedProviders++;
      return [];
    }
    let provider = entry.provider;
    if (provider.defaultModel !== undefined && !models.some((m) => m.id === provider.defaultModel)) {
      diagnostics.push(
        problem(
          "warning",
          "default_model_missing",
          formatKeyPath([provider.id, "defaultModel"]),
          `Default model "${provider.defaultModel}" was filtered out; left unset`,
        ),
      );
      const { defaultModel: _dropped, ...rest } = provider;
      provider = rest;
    }
    return [{ provider, models }];
  });
  if (policy.allow !== undefined && providers.length === 0) {
    diagnostics.push(problem("error", "filter_empty_result", "filters.allow", "The allow filter leaves no models"));
  }
  return { catalog: { providers }, diagnostics, stats: { droppedModels, droppedProviders } };
}
