import type { FlagValues } from "./flags.js";
import { numberFlag } from "./number-flag.js";
import { UsageError } from "./usage-error.js";

/** The limits `pull` and `discover` put on every HTTP exchange. */
export interface NetworkLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly retries: number;
}

/** `--timeout`, `--max-bytes` and `--retries` with their defaults; a `UsageError` for a malformed one. */
export function networkLimits(flags: FlagValues<"pull"> | FlagValues<"discover">): NetworkLimits {
  const timeout = numberFlag("timeout", flags.timeout, 30);
  if (timeout === 0) throw new UsageError("--timeout must be above 0");
  return {
    timeoutMs: timeout * 1000,
    maxBytes: numberFlag("max-bytes", flags["max-bytes"], 64 * 1024 * 1024, true),
    retries: numberFlag("retries", flags.retries, 3, true),
  };
}
