import type { Model } from "../runtime/types.js";
import type { Diagnostic } from "./diagnostics.js";
import type { Catalog, RecordPatch } from "./stage-types.js";

/** Where each alias was first stated, so alias errors point into the file that set them. */
export type AliasOrigins = ReadonlyMap<string, Pick<Diagnostic, "file" | "line" | "column">>;

function aliasKey(provider: string, id: string, alias: string): string {
  return `${provider}\u0000${id}\u0000${alias}`;
}

/** The first file position of every alias the patches state. */
export function aliasOriginsOf(patches: readonly RecordPatch[]): AliasOrigins {
  const origins = new Map<string, Pick<Diagnostic, "file" | "line" | "column">>();
  for (const patch of patches) {
    if (patch.kind !== "model") continue;
    patch.fields.aliases?.forEach((alias, index) => {
      const key = aliasKey(patch.provider, patch.id, alias);
      if (!origins.has(key)) origins.set(key, { file: patch.origin.file.path, ...patch.locate([...patch.origin.keyPath, "aliases", index]) });
    });
  }
  return origins;
}

/**
 * Checks aliases per provider and returns the catalog with each model's aliases
 * cleaned: an alias equal to its own id is dropped (info); an empty alias, an alias two models claim
 * (`alias_collision`) and an alias that equals another model's id (`alias_shadows_id`) are errors,
 * since a lookup could otherwise silently return the wrong model.
 */
export function checkAliases(catalog: Catalog, origins: AliasOrigins = new Map()): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let alias = "";
  const at = (m: Model, severity: Diagnostic["severity"], code: string, message: string) => {
    const origin = origins.get(aliasKey(m.provider, m.id, alias));
    diagnostics.push({ file: "(catalog)", ...origin, severity, code, keyPath: `${m.provider}.models.${m.id}.aliases`, message });
  };
  const providers = catalog.providers.map((entry) => {
    const ids = new Set(entry.models.map((m) => m.id));
    const owner = new Map<string, Model>();
    const models = entry.models.map((m) => {
      const aliases = m.aliases.filter((a) => {
        alias = a;
        if (alias.trim() === "") return at(m, "error", "alias_invalid", "An alias must not be empty"), false;
        if (alias === m.id) return at(m, "info", "alias_is_own_id", `Alias "${alias}" equals the model's own id; dropped`), false;
        if (ids.has(alias)) return at(m, "error", "alias_shadows_id", `Alias "${alias}" is the id of another ${m.provider} model`), false;
        const other = owner.get(alias);
        if (other !== undefined) return at(m, "error", "alias_collision", `Alias "${alias}" is claimed by both ${other.spec} and ${m.spec}`), false;
        owner.set(alias, m);
        return true;
      });
      return aliases.length === m.aliases.length ? m : { ...m, aliases };
    });
    return { provider: entry.provider, models };
  });
  return { catalog: { providers }, diagnostics };
}
