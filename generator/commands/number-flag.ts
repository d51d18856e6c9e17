import { UsageError } from "./usage-error.js";

/**
 * A non-negative number given as `--<name>`, `fallback` when the flag is absent; a `UsageError`
 * naming the flag when the value is not one (or, with `integer`, not a whole number).
 */
export function numberFlag(name: string, raw: string | undefined, fallback: number, integer?: boolean): number;
export function numberFlag(name: string, raw: string | undefined, fallback?: undefined, integer?: boolean): number | undefined;
export function numberFlag(name: string, raw: string | undefined, fallback?: number, integer = false): number | undefined {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${name} expects a non-negative ${integer ? "integer" : "number"}, got "${raw}"`);
  }
  return n;
}
