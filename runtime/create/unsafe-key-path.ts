import type { KeyPath } from "./catalog-problem.js";
import { firstPath } from "./first-path.js";

/**
 * The path of the first `__proto__` key inside a record's value, or `undefined`. Ids may be
 * `__proto__` (they key `Map`s), but a field of that name cannot be kept exactly: schema libraries
 * and object literals treat it as the prototype, so it would vanish or change silently. Such a
 * record is rejected instead. Values reach here depth-checked, so recursion is bounded.
 */
export function unsafeKeyPath(value: unknown): KeyPath | undefined {
  return firstPath(value, (_node, path) => path.at(-1) === "__proto__");
}
