/**
 * A routing table from task names to model specs, checked at compile time: a generated catalog
 * narrows `S` to its `ModelSpec`, so a wrong model name is a type error, not a run-time surprise.
 * The table is frozen; the runtime checks nothing further, since the types already did.
 * @example const routes = defineRoutes({ simple: "google:gemini-2.0-flash", complex: "anthropic:claude-sonnet-4-5" });
 */
export function defineRoutes<const T extends Readonly<Record<string, string>>>(routes: T): Readonly<T> {
  return Object.freeze({ ...routes });
}
