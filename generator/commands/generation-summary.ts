import { countDiagnostics, formatDiagnostic, type Diagnostic } from "../diagnostics.js";
import { groupDigits } from "../emit/model-summary.js";
import type { GenerateResult } from "../pipeline.js";

/** What `gen` and `validate` say about one generation, before either decides what to do with it. */
export interface GenerationSummary {
  readonly counts: ReturnType<typeof countDiagnostics>;
  /** Errors, or warnings under `--strict`: nothing may be written. */
  readonly failed: boolean;
  /** `145 providers, 5,258 models (12 filtered out)` */
  readonly size: string;
  /** `0 errors, 9 warnings, 306 info` */
  readonly tally: string;
  /** The diagnostics as text lines: errors always, warnings when `showWarnings`. */
  readonly lines: readonly string[];
}

/** Counts, verdict and printable diagnostics of a generation; `showWarnings` is decided by the command. */
export function generationSummary(result: GenerateResult, strict: boolean, showWarnings: boolean): GenerationSummary {
  const counts = countDiagnostics(result.diagnostics);
  const shown = (d: Diagnostic) => d.severity === "error" || (d.severity === "warning" && showWarnings);
  const dropped = result.stats.dropped > 0 ? ` (${groupDigits(result.stats.dropped)} filtered out)` : "";
  return {
    counts,
    failed: counts.error > 0 || (strict && counts.warning > 0),
    size: `${result.stats.providers} providers, ${groupDigits(result.stats.models)} models${dropped}`,
    tally: `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`,
    lines: result.diagnostics.filter(shown).map(formatDiagnostic),
  };
}
