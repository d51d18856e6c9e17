import { modelOfRow, type ModelRow } from "./model-row.js";
import type { Model, Provider } from "./types.js";

// Provider entries import their record types from here, so one module serves all their imports.
export type { CapabilityFlags, Model, Provider } from "./types.js";

/** One provider's records as a generated module holds them: parsed on first use, then indexed. */
export interface ProviderData {
  readonly provider: Provider;
  /** The provider's models sorted by id; parses the provider's data on the first call. */
  models(): readonly Model[];
  /** The model with exactly this id, or `undefined`. */
  model(id: string): Model | undefined;
  /** The model that declares `alias`, or `undefined`. */
  modelByAlias(alias: string): Model | undefined;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A provider's table over records loaded on first use: the records are frozen and indexed by id and alias. */
function tableOf(provider: Provider, load: () => readonly Model[]): ProviderData {
  let list: readonly Model[] | undefined;
  let byId: Map<string, Model> | undefined;
  let byAlias: Map<string, Model> | undefined;
  const frozenProvider = deepFreeze(provider);

  function index(): Map<string, Model> {
    if (byId) return byId;
    list = deepFreeze(load());
    byId = new Map();
    byAlias = new Map();
    for (const m of list) {
      byId.set(m.id, m);
      for (const alias of m.aliases) byAlias.set(alias, m);
    }
    return byId;
  }

  return {
    provider: frozenProvider,
    models: () => {
      index();
      return list!;
    },
    model: (id) => index().get(id),
    modelByAlias: (alias) => {
      index();
      return byAlias!.get(alias);
    },
  };
}

/**
 * Binds a provider record to its models' JSON rows (one `ModelRow` per row, sorted by id). Generated
 * provider modules call this; JSON text loads faster than object literals, and a provider that is
 * never used is never parsed.
 */
export function defineProviderData(provider: Provider, rows: readonly string[]): ProviderData {
  return tableOf(provider, () => (JSON.parse(`[${rows.join(",")}]`) as ModelRow[]).map(modelOfRow));
}

/**
 * A provider's table over complete records (sorted by id), as `createCatalog` builds them at run time.
 * The records are frozen in place.
 */
export function providerDataOf(provider: Provider, models: readonly Model[]): ProviderData {
  return tableOf(provider, () => models);
}

/**
 * The model with exactly this id; generated provider helpers call it. Throws a `TypeError` for an id
 * the provider lacks, which only untyped code can pass (use `getModel` for untrusted strings).
 */
export function requireModel(data: ProviderData, id: string): Model {
  const model = data.model(id);
  if (model === undefined) {
    throw new TypeError(`Unknown model ${JSON.stringify(id)} for provider '${data.provider.id}'; use getModel() for untrusted input`);
  }
  return model;
}
