/**
 * Sets an own, enumerable data property, even for the key `__proto__`, which plain assignment (or
 * `{ __proto__: … }`) would treat as the object's prototype: data keys never change a prototype.
 */
export function setOwn(target: object, key: string, value: unknown): void {
  // Assignment is equivalent for every other key of a plain object, and far cheaper than defineProperty.
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}
