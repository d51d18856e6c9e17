import type { KeyPath } from "./catalog-problem.js";

/**
 * The path of the first `__proto__` key inside a record's value, or `undefined`. Ids may be
 * `__proto__` (they key `Map`s), but a field of that name cannot be kept exactly: schema libraries
 * and object literals treat it as the prototype, so it would vanish or change silently. Such a
 * record is rejected instead. Values reach here depth-checked, so recursion is bounded.
 */
export function unsafeKeyPath(value: unknown): KeyPath | undefined {
  const path: (string | number)[] = [];
  const visit = (node: unknown): boolean => {
    if (typeof node !== "object" || node === null) return false;
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
      if (key === "__proto__" || visit((node as Record<string, unknown>)[key])) return true;
      path.pop();
    }
    return false;
  };
  return visit(value) ? path : undefined;
}
