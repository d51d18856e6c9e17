import { compileFilters, isAllowed, type Filters } from "../policy.js";
import type { ResolveApi } from "./resolve-api.js";

/** The catalog function that applies its allow/deny policy at run time. */
export interface PolicyApi {
  /** Whether the catalog's allow/deny policy admits the spec; aliases resolve first, unparsable is `false`. */
  allowed(spec: string): boolean;
}

/**
 * The catalog's filters, compiled once, as a predicate on specs.
 * @example createPolicyApi({ deny: ["openai:*-preview"] }, resolver).allowed("openai:gpt-4o") // true
 */
export function createPolicyApi(filters: Filters | undefined, resolver: Pick<ResolveApi, "resolve" | "parseSpec">): PolicyApi {
  const policy = compileFilters(filters);
  return {
    allowed: (spec) => {
      if (typeof spec !== "string") return false;
      const known = resolver.resolve(spec);
      if (known.ok) return isAllowed(policy, known.value.provider, known.value.id);
      // A spec outside the catalog (customModel) is judged by its parts; an unparsable one is not allowed.
      const parsed = resolver.parseSpec(spec);
      if (parsed.ok) return isAllowed(policy, parsed.value.provider, parsed.value.model);
      if (parsed.error.code !== "unknown_provider") return false;
      const colon = spec.indexOf(":");
      return isAllowed(policy, spec.slice(0, colon).trim(), spec.slice(colon + 1).trim());
    },
  };
}
