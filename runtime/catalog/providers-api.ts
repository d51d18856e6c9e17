import { formatSpec } from "../spec.js";
import type { Model, Provider } from "../types.js";
import type { CatalogIndex } from "./catalog-index.js";

/** The catalog functions that list providers and their models. */
export interface ProvidersApi {
  providers(): readonly Provider[];
  provider(id: string): Provider | undefined;
  models(provider?: string): readonly Model[];
  /** The provider's default model as a spec, if the catalog names one. */
  defaultModel(provider: string): string | undefined;
}

/**
 * Provider listings over one index; `models(id)` parses only that provider.
 * @example createProvidersApi(index).models("openai").length
 */
export function createProvidersApi(index: CatalogIndex): ProvidersApi {
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
  };
}
