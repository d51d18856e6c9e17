import { featureMatcher, findMatcher, providerOrder, type FindQuery, type SelectQuery } from "../select.js";
import type { Model } from "../types.js";
import type { CatalogIndex } from "./catalog-index.js";

/** The catalog functions that pick models by what they can do. */
export interface SelectApi {
  /** Every model matching `require`/`forbid`, providers in preference order, models by id. */
  candidates(query?: SelectQuery): string[];
  /** The first of `candidates(query)`, or `undefined`. */
  select(query?: SelectQuery): string | undefined;
  /** Models matching every criterion, sorted by spec. */
  findModels(query?: FindQuery): Model[];
}

/**
 * Selection over one index; `prefer` is the catalog's provider order when a query names none.
 * @example createSelectApi(index, ["anthropic"]).select({ require: ["tools", "vision"] })
 */
export function createSelectApi(index: CatalogIndex, prefer: readonly string[]): SelectApi {
  function candidates(query: SelectQuery, limit = Infinity): string[] {
    const matches = featureMatcher(query);
    const found: string[] = [];
    for (const id of providerOrder([...index.tableById.keys()], query.prefer ?? prefer, query.scope)) {
      for (const m of index.tableById.get(id)!.models()) {
        if (!matches(m)) continue;
        found.push(m.spec);
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  return {
    candidates: (query = {}) => candidates(query),
    select: (query = {}) => candidates(query, 1)[0],
    findModels: (query = {}) => index.everyModel().filter(findMatcher(query)),
  };
}
