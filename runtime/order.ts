/**
 * Orders strings by UTF-16 code unit, the same on every machine and locale (unlike `localeCompare`),
 * so lists the runtime returns sort the way the generator wrote them.
 * @example ["b", "B", "a"].sort(byCodeUnit) // ["B", "a", "b"]
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
