import { UsageError } from "./usage-error.js";

/** The `--as-of` date as given, checked to be `YYYY-MM-DD`; a `UsageError` otherwise. */
export function asOfFlag(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--as-of expects YYYY-MM-DD, got "${value}"`);
  return value;
}
