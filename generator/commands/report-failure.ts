import { formatDiagnostic, type Diagnostic } from "../diagnostics.js";
import type { CliOutput } from "./cli-output.js";

/** How a failed run is reported: the command's name as output shows it, and whether `--json` was given. */
export interface FailureReport {
  readonly out: CliOutput;
  readonly command: string;
  readonly json: boolean | undefined;
}

/**
 * Reports a run that could not do its work and returns its exit code, 1: diagnostics and one
 * `<command>: failed: …` line on stderr, or with --json one object on stdout, so every command
 * fails the same way.
 */
export function reportFailure({ out, command, json }: FailureReport, reason: string, diagnostics: readonly Diagnostic[] = []): number {
  if (json === true) out.stdout.push(JSON.stringify({ command, ok: false, error: { code: "failed", message: reason }, diagnostics }, null, 2));
  else out.stderr.push(...diagnostics.map(formatDiagnostic), `${command}: failed: ${reason}`);
  return 1;
}
