import type { Model } from "../types.js";
import type { CatalogIndex } from "./catalog-index.js";

/**
 * Every model keyed by spec as a read-only object, backed by the index: reading one key parses only
 * that provider, and only listing the keys parses them all.
 * @example catalogViewOf(index)["openai:gpt-4o"]?.limits.context
 */
export function catalogViewOf(index: CatalogIndex): { readonly [spec: string]: Model } {
  const { exactSpec } = index;
  return new Proxy(Object.create(null) as { [spec: string]: Model }, {
    get: (_target, key) => (typeof key === "string" ? exactSpec(key) : undefined),
    has: (_target, key) => typeof key === "string" && exactSpec(key) !== undefined,
    ownKeys: () => index.everyModel().map((m) => m.spec),
    getOwnPropertyDescriptor: (_target, key) => {
      const value = typeof key === "string" ? exactSpec(key) : undefined;
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
