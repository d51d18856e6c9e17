import type { KeyPath } from "./catalog-problem.js";

/**
 * The path of the first object or array nested `maxDepth` levels deep, or `undefined`. The walk
 * stops descending there, so its own recursion is bounded; later stages recurse freely because they
 * only ever see values that passed this check.
 */
export function tooDeepPath(value: unknown, maxDepth: number): KeyPath | undefined {
  const path: (string | number)[] = [];
  const visit = (node: unknown): boolean => {
    if (typeof node !== "object" || node === null) return false;
    if (path.length >= maxDepth) return true;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        if (visit(node[i])) return true;
        path.pop();
      }
      return false;
    }
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      path.push(key);
      if (visit((node as Record<string, unknown>)[key])) return true;
      path.pop();
    }
    return false;
  };
  return visit(value) ? path : undefined;
}
