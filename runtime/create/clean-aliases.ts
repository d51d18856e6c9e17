// The alias rules of a catalog, shared by `gen` (its aliases stage) and `createCatalog`.
import type { Model } from "../types.js";

/** A problem with one alias of one model; the caller decides where it points. */
export type AliasProblem = (
  model: Model,
  alias: string,
  severity: "error" | "info",
  code: "alias_invalid" | "alias_is_own_id" | "alias_shadows_id" | "alias_collision",
  message: string,
) => void;

/**
 * One provider's models with each model's aliases cleaned: an alias equal to its own id is dropped
 * (info); an empty alias, an alias two models claim (`alias_collision`) and an alias that equals
 * another model's id (`alias_shadows_id`) are errors, since a lookup could otherwise silently return
 * the wrong model. Models whose aliases are all fine are returned as they are.
 */
export function cleanAliases(models: readonly Model[], problem: AliasProblem): Model[] {
  const ids = new Set(models.map((m) => m.id));
  const owner = new Map<string, Model>();
  return models.map((m) => {
    const aliases = m.aliases.filter((alias) => {
      if (alias.trim() === "") {
        problem(m, alias, "error", "alias_invalid", "An alias must not be empty");
        return false;
      }
      if (alias === m.id) {
        problem(m, alias, "info", "alias_is_own_id", `Alias "${alias}" equals the model's own id; dropped`);
        return false;
      }
      if (ids.has(alias)) {
        problem(m, alias, "error", "alias_shadows_id", `Alias "${alias}" is the id of another ${m.provider} model`);
        return false;
      }
      const other = owner.get(alias);
      if (other !== undefined) {
        problem(m, alias, "error", "alias_collision", `Alias "${alias}" is claimed by both ${other.spec} and ${m.spec}`);
        return false;
      }
      owner.set(alias, m);
      return true;
    });
    return aliases.length === m.aliases.length ? m : { ...m, aliases };
  });
}
