/**
 * Allow/deny policy over canonical model ids. Generic: the generator filters with it,
 * and a generated catalog can judge specs with the same compiled policy at run time.
 */
import type { ResolveApi } from "./catalog/resolve-api.js";

/** Glob patterns per provider id; `"*"` in a pattern is any run of characters, everything else literal. */
export type PatternMap = Readonly<Record<string, readonly string[]>>;

/** Patterns as a map, or as a list of `"provider:glob"` strings split at the first colon. */
export type PatternInput = PatternMap | readonly string[];

/** Which models ship: deny wins; naming any provider in `allow` excludes the providers it omits. */
export interface Filters {
  readonly allow?: PatternInput;
  readonly deny?: PatternInput;
}

/** Filters with patterns compiled once. */
export interface CompiledFilters {
  /** `undefined` (or empty) means everything is allowed unless denied. */
  readonly allow?: ReadonlyMap<string, readonly RegExp[]>;
  readonly deny: ReadonlyMap<string, readonly RegExp[]>;
}

/** An anchored, case-sensitive matcher where only `*` is special. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split("*")
    .map((part) => part.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&"))
    .join("[\\s\\S]*");
  return new RegExp(`^${body}$`);
}

/** A pattern list or map as a map of provider → patterns. A list entry without a colon is an error. */
export function patternMapOf(input: PatternInput | undefined): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (input === undefined) return result;
  if (Array.isArray(input)) {
    for (const entry of input as readonly string[]) {
      const colon = entry.indexOf(":");
      if (colon <= 0) throw new TypeError(`Filter entry "${entry}" must be "provider:glob"`);
      const provider = entry.slice(0, colon);
      result.set(provider, [...(result.get(provider) ?? []), entry.slice(colon + 1)]);
    }
    return result;
  }
  for (const provider of Object.keys(input)) result.set(provider, [...(input as PatternMap)[provider]!]);
  return result;
}

function compileMap(map: Map<string, string[]>): Map<string, RegExp[]> {
  return new Map([...map].map(([provider, globs]) => [provider, globs.map(globToRegExp)]));
}

/** Compiles filters once; see `isAllowed`. */
export function compileFilters(filters: Filters = {}): CompiledFilters {
  const allow = patternMapOf(filters.allow);
  return { ...(allow.size === 0 ? {} : { allow: compileMap(allow) }), deny: compileMap(patternMapOf(filters.deny)) };
}

/** Whether `(provider, id)` ships under `policy`: deny wins, then an allow map (if any) must match. */
export function isAllowed(policy: CompiledFilters, provider: string, id: string): boolean {
  if (policy.deny.get(provider)?.some((re) => re.test(id))) return false;
  if (policy.allow === undefined) return true;
  const allowed = policy.allow.get(provider);
  return allowed?.some((re) => re.test(id)) === true;
}

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
