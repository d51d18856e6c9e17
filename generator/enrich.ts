import { foldProviderId } from "../runtime/spec.js";
import { diagnosticAt, type Diagnostic } from "./diagnostics.js";
import { NO_ORIGINS } from "./field-origins.js";
import { completeModel, completeProvider } from "../runtime/create/complete-records.js";
import type { Catalog, CatalogProvider, FieldOrigins, MergedProvider } from "./stage-types.js";
import { formatKeyPath } from "../runtime/create/format-key-path.js";
import { byCodeUnit } from "../runtime/order.js";

/**
 * Applies defaults and derivations once, after merging, and sorts providers and
 * models by id in code-unit order. `origins` place its diagnostics in the file that set the value.
 */
export function enrichCatalog(
  merged: ReadonlyMap<string, MergedProvider>,
  asOf: string | undefined,
  origins: FieldOrigins = NO_ORIGINS,
): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byFolded = new Map<string, string>();
  const providers: CatalogProvider[] = [];
  for (const providerId of [...merged.keys()].sort(byCodeUnit)) {
    const folded = foldProviderId(providerId);
    const clash = byFolded.get(folded);
    if (clash !== undefined) {
      const message = `Providers "${clash}" and "${providerId}" differ only by case or -/_; join them with a providers map or rename one`;
      diagnostics.push(diagnosticAt(origins.of(providerId, undefined, []), "error", "provider_fold_collision", formatKeyPath([providerId]), message));
    }
    byFolded.set(folded, providerId);
    const entry = merged.get(providerId)!;
    const models = [...entry.models.keys()]
      .sort(byCodeUnit)
      .map((id) =>
        completeModel(providerId, id, entry.models.get(id)!, asOf, (code, path, message) =>
          diagnostics.push(diagnosticAt(origins.of(providerId, id, path), "warning", code, formatKeyPath([providerId, "models", id]), message)),
        ),
      );
    providers.push({ provider: completeProvider(providerId, entry.fields), models });
  }
  return { catalog: { providers }, diagnostics };
}

/** The catalog with the config's default model per provider, which beats any source's. */
export function withConfigDefaults(
  catalog: Catalog,
  defaults: Readonly<Record<string, string>>,
  configFile = "(config)",
): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const known = new Set(catalog.providers.map((p) => p.provider.id));
  for (const provider of Object.keys(defaults)) {
    if (!known.has(provider)) {
      diagnostics.push({
        file: configFile,
        severity: "warning",
        code: "default_unknown_provider",
        keyPath: formatKeyPath(["defaults", provider]),
        message: `Provider "${provider}" is not in the catalog`,
      });
    }
  }
  const providers = catalog.providers.map((entry) => {
    const id = Object.hasOwn(defaults, entry.provider.id) ? defaults[entry.provider.id] : undefined;
    if (id === undefined) return entry;
    if (!entry.models.some((m) => m.id === id)) {
      diagnostics.push({
        file: configFile,
        severity: "warning",
        code: "default_model_missing",
        keyPath: formatKeyPath(["defaults", entry.provider.id]),
        message: `Default model "${id}" is not a model of ${entry.provider.id}; left as the sources say`,
      });
      return entry;
    }
    return { ...entry, provider: { ...entry.provider, defaultModel: id } };
  });
  return { catalog: { providers }, diagnostics };
}
