import type { KeyPath } from "./catalog-problem.js";
import { firstPath } from "./first-path.js";

/**
 * The path of the first object or array nested `maxDepth` levels deep, or `undefined`. The walk
 * stops descending there, so its own recursion is bounded; later stages recurse freely because they
 * only ever see values that passed this check.
 */
export function tooDeepPath(value: unknown, maxDepth: number): KeyPath | undefined {
  return firstPath(value, (node, path) => typeof node === "object" && node !== null && path.length >= maxDepth);
}
