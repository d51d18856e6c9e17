/**
 * A query value that may be one item or several, as a set; `undefined` stays `undefined` and means
 * "no restriction" to every caller.
 * @example setOf("openai")?.has("openai") // true
 */
export function setOf<T extends string>(value: T | readonly T[] | undefined): ReadonlySet<T> | undefined {
  if (value === undefined) return undefined;
  return new Set(typeof value === "string" ? [value as T] : (value as readonly T[]));
}
