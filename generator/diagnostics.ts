import type { DiagnosticCode } from "./diagnostic-codes.js";

/** How bad a problem is: only errors fail `gen` and `validate` (warnings too under `--strict`). */
export type Severity = "error" | "warning" | "info";

/** One problem in the input, located where the parser can tell. */
export interface Diagnostic {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly severity: Severity;
  /** Stable snake_case code that tests and `--json` rely on; `DIAGNOSTIC_CODES` lists them all. */
  readonly code: DiagnosticCode;
  /**
   * Path of the offending value as `formatKeyPath` writes it: plain keys dotted, other keys
   * bracketed, e.g. `openai.models.gpt-4o.limit.context`, `openai.models["gpt-4.1"].limit`.
   */
  readonly keyPath: string;
  readonly message: string;
}

/** A key path as a list of segments. */
export type KeyPath = readonly (string | number)[];

/** Where a diagnostic points: a file, and a position in it when one is known. */
export type Location = Pick<Diagnostic, "file" | "line" | "column">;

/**
 * A diagnostic at `location`, typically the origin of a merged value: the file, line and column that
 * set it. Only values built without a merge (hand-made drafts in tests) have no origin; they are
 * reported against `(catalog)`.
 */
export function diagnosticAt(location: Location | undefined, severity: Severity, code: DiagnosticCode, keyPath: string, message: string): Diagnostic {
  const where: Location =
    location?.line === undefined ? { file: location?.file ?? "(catalog)" } : { file: location.file, line: location.line, column: location.column };
  return { ...where, severity, code, keyPath, message };
}

/** One diagnostic in GNU style: `file:line:col severity code keyPath: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const path = d.keyPath === "" ? "" : ` ${d.keyPath}`;
  return `${where} ${d.severity} ${d.code}${path}: ${d.message}`;
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Diagnostics sorted by file, line, column, then code and key path, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      compare(a.line ?? 0, b.line ?? 0) ||
      compare(a.column ?? 0, b.column ?? 0) ||
      compare(a.keyPath, b.keyPath) ||
      compare(a.code, b.code),
  );
}

/** Counts per severity. */
export function countDiagnostics(list: readonly Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

export { describe } from "../runtime/create/record-primitives.js";
