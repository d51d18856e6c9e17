import { byCodeUnit } from "../order.js";
import type { ProviderData } from "../provider-data.js";
import { foldProviderId, type ProviderLookup } from "../spec.js";
import type { Model, Provider } from "../types.js";

/**
 * The catalog's provider tables and the lookups over them. Every lookup is a `Map`, so any string,
 * `"__proto__"` included, is safe; the indexes that need every model are built on first use, so a
 * program that asks for one provider never parses the others.
 */
export interface CatalogIndex {
  /** Provider tables by id, in id order. */
  readonly tableById: ReadonlyMap<string, ProviderData>;
  /** The providers in id order. */
  readonly providers: readonly Provider[];
  /** Provider-id resolution for `parseSpecWith`: exact, then folded case and `-`/`_`. */
  readonly lookup: ProviderLookup;
  /** Models of the providers loaded so far by exact spec; read it first on hot paths (one `Map.get`). */
  readonly bySpec: { get(spec: string): Model | undefined };
  /** The model with exactly this spec, loading its provider's rows if needed. */
  exactSpec(spec: string): Model | undefined;
  /** Every model, sorted by spec; loads every provider the first time. */
  everyModel(): readonly Model[];
  /** Models by bare id and by alias across providers. */
  bareIndex(): { get(key: string): readonly Model[] | undefined };
}

/** Provider tables by id, in id order. */
function tablesById(tables: readonly ProviderData[]): Map<string, ProviderData> {
  return new Map([...tables].sort((a, b) => byCodeUnit(a.provider.id, b.provider.id)).map((t) => [t.provider.id, t]));
}

/** Provider ids by their folded key (case and `-`/`_` ignored). */
function foldedIds(tableById: ReadonlyMap<string, ProviderData>): Map<string, string[]> {
  const idsByFolded = new Map<string, string[]>();
  for (const id of tableById.keys()) {
    const folded = foldProviderId(id);
    const same = idsByFolded.get(folded);
    if (same) same.push(id);
    else idsByFolded.set(folded, [id]);
  }
  return idsByFolded;
}

/**
 * Indexes generated provider tables; nothing is parsed until a lookup needs it.
 * @example createCatalogIndex([openaiData]).exactSpec("openai:gpt-4o")?.limits.context
 */
export function createCatalogIndex(tables: readonly ProviderData[]): CatalogIndex {
  const tableById = tablesById(tables);
  const idsByFolded = foldedIds(tableById);

  const bySpec = new Map<string, Model>();
  const loaded = new Set<string>();
  function load(table: ProviderData): void {
    if (loaded.has(table.provider.id)) return;
    for (const m of table.models()) bySpec.set(m.spec, m);
    loaded.add(table.provider.id);
  }

  function exactSpec(spec: string): Model | undefined {
    const hit = bySpec.get(spec);
    if (hit !== undefined) return hit;
    const colon = spec.indexOf(":");
    if (colon < 0) return undefined;
    const table = tableById.get(spec.slice(0, colon));
    if (table === undefined || loaded.has(table.provider.id)) return undefined;
    load(table);
    return bySpec.get(spec);
  }

  let allModels: readonly Model[] | undefined;
  function everyModel(): readonly Model[] {
    if (allModels) return allModels;
    const list: Model[] = [];
    for (const table of tableById.values()) {
      load(table);
      list.push(...table.models());
    }
    allModels = Object.freeze(list.sort((a, b) => byCodeUnit(a.spec, b.spec)));
    return allModels;
  }

  let byBareId: Map<string, Model[]> | undefined;
  function bareIndex(): ReadonlyMap<string, readonly Model[]> {
    if (byBareId) return byBareId;
    byBareId = new Map();
    for (const m of everyModel()) {
      for (const key of [m.id, ...m.aliases]) {
        const hits = byBareId.get(key);
        if (!hits) byBareId.set(key, [m]);
        else if (!hits.includes(m)) hits.push(m);
      }
    }
    return byBareId;
  }

  return {
    tableById,
    providers: Object.freeze([...tableById.values()].map((t) => t.provider)),
    lookup: { exact: (id) => tableById.has(id), folded: (folded) => idsByFolded.get(folded) ?? [] },
    bySpec,
    exactSpec,
    everyModel,
    bareIndex,
  };
}

/**
 * An index over `base` with some provider tables replaced or added (`tables`), sharing everything
 * else: base records are never copied, and a lookup of a provider `tables` leaves alone goes to the
 * base's own maps once, then to this index's map of specs found so far. Lists over every model are
 * built on first use from the base's, as references.
 * @example derivedIndex(base, [acmeData]).exactSpec("openai:gpt-4o") === base.exactSpec("openai:gpt-4o") // true
 */
export function derivedIndex(base: CatalogIndex, tables: readonly ProviderData[]): CatalogIndex {
  const own = tablesById(tables);
  const tableById = tablesById([...[...base.tableById.values()].filter((t) => !own.has(t.provider.id)), ...own.values()]);
  const idsByFolded = foldedIds(tableById);
  const local = createCatalogIndex(tables);
  const inBase = (m: Model | undefined): Model | undefined => (m === undefined || own.has(m.provider) ? undefined : m);

  // Specs found so far, so a repeated lookup is one `Map.get`, as on the base: references, filled on use.
  const bySpec = new Map<string, Model>();
  function exactSpec(spec: string): Model | undefined {
    const hit = bySpec.get(spec) ?? local.exactSpec(spec) ?? inBase(base.exactSpec(spec));
    if (hit !== undefined) bySpec.set(spec, hit);
    return hit;
  }

  let allModels: readonly Model[] | undefined;
  function everyModel(): readonly Model[] {
    allModels ??= Object.freeze([...base.everyModel().filter((m) => !own.has(m.provider)), ...local.everyModel()].sort((a, b) => byCodeUnit(a.spec, b.spec)));
    return allModels;
  }

  return {
    tableById,
    providers: Object.freeze([...tableById.values()].map((t) => t.provider)),
    lookup: { exact: (id) => tableById.has(id), folded: (folded) => idsByFolded.get(folded) ?? [] },
    bySpec,
    exactSpec,
    everyModel,
    bareIndex: () => ({
      get: (key) => {
        const hits = [...(base.bareIndex().get(key) ?? []).filter((m) => !own.has(m.provider)), ...(local.bareIndex().get(key) ?? [])];
        return hits.length === 0 ? undefined : hits;
      },
    }),
  };
}

/**
 * Every model keyed by spec as a read-only object, backed by the index: reading one key parses only
 * that provider, and only listing the keys parses them all.
 * @example catalogViewOf(index)["openai:gpt-4o"]?.limits.context
 */
export function catalogViewOf(index: CatalogIndex): { readonly [spec: string]: Model } {
  const { exactSpec } = index;
  return new Proxy(Object.create(null) as { [spec: string]: Model }, {
    get: (_target, key) => (typeof key === "string" ? exactSpec(key) : undefined),
    has: (_target, key) => typeof key === "string" && exactSpec(key) !== undefined,
    ownKeys: () => index.everyModel().map((m) => m.spec),
    getOwnPropertyDescriptor: (_target, key) => {
      const value = typeof key === "string" ? exactSpec(key) : undefined;
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
