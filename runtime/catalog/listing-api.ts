import { formatSpec } from "../spec.js";
import type { Model, Provider } from "../types.js";
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
  providers(): readonly Provider[];
  provider(id: string): Provider | undefined;
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
  return {
    providers: () => index.providers,
    provider: (id) => tableById.get(id)?.provider,
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
