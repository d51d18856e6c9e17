import { providerInfoOf, type ProviderInfo } from "../protocols/protocol-facts.js";
import { formatSpec } from "../spec.js";
import type { Model } from "../types.js";
import type { CatalogIndex } from "./catalog-index.js";
import type { ResolveApi } from "./resolve-api.js";

/** One row of `compare`: the figures people put side by side. */
export interface CompareRow {
  readonly spec: string;
  readonly found: boolean;
  readonly name?: string;
  readonly context?: number;
  readonly output?: number;
  readonly inputCost?: number;
  readonly outputCost?: number;
  readonly tools?: boolean;
  readonly reasoning?: boolean;
  readonly vision?: boolean;
  readonly status?: Model["status"];
  readonly releaseDate?: string;
}

/** The catalog functions that list providers and models, and put models side by side. */
export interface ListingApi {
  /** Every provider, sorted by id, each with the facts of how to call it. */
  providers(): readonly ProviderInfo[];
  /** A provider by exact id with the facts of how to call it (auth, endpoints, variables), or `undefined`. */
  provider(id: string): ProviderInfo | undefined;
  models(provider?: string): readonly Model[];
  /** The provider's default model as a spec, if the catalog names one. */
  defaultModel(provider: string): string | undefined;
  /** One row per spec for a side-by-side table; a spec the catalog lacks gets a row with `found: false`. */
  compare(specs: readonly string[]): CompareRow[];
}

function compareRowOf(spec: string, found: ReturnType<ResolveApi["resolve"]>): CompareRow {
  if (!found.ok) return { spec, found: false };
  const m = found.value;
  return {
    spec: m.spec,
    found: true,
    name: m.name,
    context: m.limits.context,
    output: m.limits.output,
    inputCost: m.cost?.input,
    outputCost: m.cost?.output,
    tools: m.capabilities.tools,
    reasoning: m.capabilities.reasoning,
    vision: m.modalities.input.includes("image"),
    status: m.status,
    releaseDate: m.releaseDate,
  };
}

/**
 * Listings over one index: `models(id)` parses only that provider; `compare` takes any spec `resolve`
 * understands (aliases and bare ids included).
 * @example createListingApi(index, resolve).compare(["openai:gpt-4o", "nope"])[1] // { spec: "nope", found: false }
 */
export function createListingApi(index: CatalogIndex, resolve: ResolveApi["resolve"]): ListingApi {
  const { tableById } = index;
  let infos: readonly ProviderInfo[] | undefined;
  return {
    providers: () => {
      infos ??= Object.freeze(index.providers.map(providerInfoOf));
      return infos;
    },
    provider: (id) => {
      const table = tableById.get(id);
      return table === undefined ? undefined : providerInfoOf(table.provider);
    },
    models: (provider) => {
      if (provider === undefined) return index.everyModel();
      const table = tableById.get(provider);
      return table ? table.models() : [];
    },
    defaultModel: (id) => {
      const table = tableById.get(id);
      const model = table?.provider.defaultModel;
      return model === undefined ? undefined : formatSpec(table!.provider.id, model);
    },
    compare: (specs) => specs.map((spec) => compareRowOf(spec, resolve(spec))),
  };
}
