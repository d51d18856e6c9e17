// How two layers of a record combine; `gen`'s merge stage and `createCatalog` apply the same rule.
import { setOwn } from "./set-own.js";

/** Lists that accumulate across layers instead of being replaced. */
const UNION_KEYS = new Set(["aliases", "tags", "excludeModels"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mergeObjects(base: Record<string, unknown>, over: Record<string, unknown>, topLevel: boolean): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(base)) setOwn(result, key, base[key]);
  for (const key of Object.keys(over)) {
    const next = over[key];
    if (next === undefined || next === null) continue; // absent or null never erases
    const prev = Object.hasOwn(result, key) ? result[key] : undefined;
    if (topLevel && UNION_KEYS.has(key) && Array.isArray(prev) && Array.isArray(next)) {
      setOwn(result, key, [...new Set([...prev, ...next])]);
    } else if (topLevel && key === "implied" && isPlainObject(prev) && isPlainObject(next)) {
      // Implied modalities accumulate across layers; they are applied once, after merging.
      const implied: Record<string, unknown> = { ...prev, ...next };
      for (const side of ["input", "output"]) {
        const both = [...((prev[side] as unknown[]) ?? []), ...((next[side] as unknown[]) ?? [])];
        if (both.length > 0) implied[side] = [...new Set(both)];
      }
      setOwn(result, key, implied);
    } else if (isPlainObject(prev) && isPlainObject(next)) {
      setOwn(result, key, mergeObjects(prev, next, false));
    } else {
      setOwn(result, key, next);
    }
  }
  return result;
}

/** `over` applied on `base`: last non-null value wins, objects merge deeply, lists replace (aliases and tags union). */
export function mergeFields<T extends object>(base: T, over: T): T {
  return mergeObjects(base as Record<string, unknown>, over as Record<string, unknown>, true) as T;
}
