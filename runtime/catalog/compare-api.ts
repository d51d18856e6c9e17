import type { Model } from "../types.js";
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

/** The catalog function that tabulates models. */
export interface CompareApi {
  /** One row per spec for a side-by-side table; a spec the catalog lacks gets a row with `found: false`. */
  compare(specs: readonly string[]): CompareRow[];
}

/**
 * Side-by-side rows for any specs `resolve` understands (aliases and bare ids included).
 * @example createCompareApi(resolve).compare(["openai:gpt-4o", "nope"])[1] // { spec: "nope", found: false }
 */
export function createCompareApi(resolve: ResolveApi["resolve"]): CompareApi {
  return {
    compare: (specs) =>
      specs.map((spec): CompareRow => {
        const found = resolve(spec);
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
      }),
  };
}
