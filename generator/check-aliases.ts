import type { Model } from "../runtime/types.js";
import type { DiagnosticCode } from "./diagnostic-codes.js";
import { diagnosticAt, type Diagnostic } from "./diagnostics.js";
import { NO_ORIGINS } from "./field-origins.js";
import type { Catalog, FieldOrigins } from "./stage-types.js";
import { formatKeyPath } from "./format-key-path.js";

/**
 * Checks aliases per provider and returns the catalog with each model's aliases
 * cleaned: an alias equal to its own id is dropped (info); an empty alias, an alias two models claim
 * (`alias_collision`) and an alias that equals another model's id (`alias_shadows_id`) are errors,
 * since a lookup could otherwise silently return the wrong model. Each problem points at the file
 * that first stated the alias.
 */
export function checkAliases(catalog: Catalog, origins: FieldOrigins = NO_ORIGINS): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let alias = "";
  const at = (m: Model, severity: Diagnostic["severity"], code: DiagnosticCode, message: string) => {
    const origin = origins.ofItem(m.provider, m.id, ["aliases"], alias);
    diagnostics.push(diagnosticAt(origin, severity, code, formatKeyPath([m.provider, "models", m.id, "aliases"]), message));
  };
  const providers = catalog.providers.map((entry) => {
    const ids = new Set(entry.models.map((m) => m.id));
    const owner = new Map<string, Model>();
    const models = entry.models.map((m) => {
      const aliases = m.aliases.filter((a) => {
        alias = a;
        if (alias.trim() === "") {
          at(m, "error", "alias_invalid", "An alias must not be empty");
          return false;
        }
        if (alias === m.id) {
          at(m, "info", "alias_is_own_id", `Alias "${alias}" equals the model's own id; dropped`);
          return false;
        }
        if (ids.has(alias)) {
          at(m, "error", "alias_shadows_id", `Alias "${alias}" is the id of another ${m.provider} model`);
          return false;
        }
        const other = owner.get(alias);
        if (other !== undefined) {
          at(m, "error", "alias_collision", `Alias "${alias}" is claimed by both ${other.spec} and ${m.spec}`);
          return false;
        }
        owner.set(alias, m);
        return true;
      });
      return aliases.length === m.aliases.length ? m : { ...m, aliases };
    });
    return { provider: entry.provider, models };
  });
  return { catalog: { providers }, diagnostics };
}
