import { compileCost, costOf, costOfCompiled, type CompiledCost, type CostEstimate, type Usage } from "../cost.js";
import type { CatalogIndex } from "./catalog-index.js";
import type { ResolveApi } from "./resolve-api.js";

/** The catalog function that prices a call. */
export interface CostApi {
  /** The cost of one call, or `undefined` when the spec is unknown or its price is. */
  estimateCost(spec: string, usage: Usage): CostEstimate | undefined;
}

/**
 * Cost estimates over one index, with each exact spec's price list compiled on first use.
 * @example createCostApi(index, resolve).estimateCost("openai:gpt-4o", { input: 1000, output: 200 })?.total
 */
export function createCostApi(index: CatalogIndex, resolve: ResolveApi["resolve"]): CostApi {
  const compiledCosts = new Map<string, CompiledCost | null>();
  return {
    estimateCost: (spec, usage) => {
      const compiled = compiledCosts.get(spec);
      if (compiled !== undefined) return compiled === null ? undefined : costOfCompiled(compiled, usage);
      const exact = index.bySpec.get(spec);
      if (exact !== undefined) {
        // Cache only exact specs: an alias or bare id must keep resolving as the catalog says.
        const fresh = exact.cost === undefined ? null : compileCost(exact.cost);
        compiledCosts.set(spec, fresh);
        return fresh === null ? undefined : costOfCompiled(fresh, usage);
      }
      const m = resolve(spec);
      return m.ok ? costOf(m.value.cost, usage) : undefined;
    },
  };
}
