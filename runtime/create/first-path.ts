import type { KeyPath } from "./catalog-problem.js";

/**
 * The path of the first node of `value` (depth first, keys in order) for which `stop` holds, or
 * `undefined`. The walk ends there, so a `stop` that holds at some depth bounds its recursion.
 */
export function firstPath(value: unknown, stop: (node: unknown, path: readonly (string | number)[]) => boolean): KeyPath | undefined {
  const path: (string | number)[] = [];
  const visit = (node: unknown): boolean => {
    if (stop(node, path)) return true;
    if (typeof node !== "object" || node === null) return false;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) if (descend(i, node[i])) return true;
      return false;
    }
    for (const key in node) if (Object.hasOwn(node, key) && descend(key, (node as Record<string, unknown>)[key])) return true;
    return false;
  };
  const descend = (key: string | number, child: unknown): boolean => {
    path.push(key);
    if (visit(child)) return true;
    path.pop();
    return false;
  };
  return visit(value) ? path : undefined;
}
