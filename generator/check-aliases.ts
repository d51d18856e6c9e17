import { cleanAliases } from "../runtime/create/clean-aliases.js";
import { diagnosticAt, type Diagnostic } from "./diagnostics.js";
import { NO_ORIGINS } from "./field-origins.js";
import type { Catalog, FieldOrigins } from "./stage-types.js";
import { formatKeyPath } from "../runtime/create/format-key-path.js";

/**
 * Checks aliases per provider (the rules are the runtime's `cleanAliases`, which `createCatalog`
 * applies too) and returns the catalog with each model's aliases cleaned. Each problem points at the
 * file that first stated the alias.
 */
export function checkAliases(catalog: Catalog, origins: FieldOrigins = NO_ORIGINS): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const providers = catalog.providers.map((entry) => ({
    provider: entry.provider,
    models: cleanAliases(entry.models, (m, alias, severity, code, message) => {
      const origin = origins.ofItem(m.provider, m.id, ["aliases"], alias);
      diagnostics.push(diagnosticAt(origin, severity, code, formatKeyPath([m.provider, "models", m.id, "aliases"]), message));
    }),
  }));
  return { catalog: { providers }, diagnostics };
}
