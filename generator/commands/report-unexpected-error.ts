import type { CliOutput } from "./cli-output.js";
import { packageVersion } from "./package-version.js";

/** Where an unexpected error surfaced: the command line as given and what the user asked for. */
export interface UnexpectedErrorContext {
  readonly out: CliOutput;
  /** The command's name, or `llm-catalog` when none was recognised. */
  readonly command: string;
  /** The arguments after the program name, repeated in the bug report. */
  readonly argv: readonly string[];
  /** `--debug`: add the stack trace. */
  readonly debug: boolean;
  /** `--json`: also put one object on stdout, so a script reading it sees the failure. */
  readonly json: boolean;
}

/** An error the operating system raised (`ENOSPC`, `EACCES`, …): the machine failing, not llm-catalog. */
function isSystemError(error: unknown): error is Error & { code: string; syscall: string } {
  return error instanceof Error && "code" in error && typeof error.code === "string" && "syscall" in error && typeof error.syscall === "string";
}

/** The command line as a report should show it: credentials in URLs (`https://user:key@host`) are hidden. */
function shownCommandLine(argv: readonly string[]): string {
  return ["llm-catalog", ...argv.map((arg) => arg.replace(/\/\/[^/@\s]*@/g, "//…@"))].join(" ");
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split("\n")[0]!;
}

/**
 * Reports an exception that reached the CLI and returns its exit code, 1. Bad input never gets here
 * (it is diagnostics) and neither do usage errors, so this is a bug in llm-catalog, or the system
 * failing (disk full, permission denied). A bug asks for a report, with the command line and version;
 * the stack trace only with `--debug`, since people read the first line and paste it.
 */
export function reportUnexpectedError(error: unknown, { out, command, argv, debug, json }: UnexpectedErrorContext): number {
  const system = isSystemError(error);
  const line = system
    ? `${command}: failed: ${firstLine(error)}`
    : `${command}: internal error: ${firstLine(error)}. This is a bug in llm-catalog ${packageVersion()}; please report it with this message and the command line \`${shownCommandLine(argv)}\`${debug ? "" : " (--debug adds the stack trace)"}.`;
  if (json) out.stdout.push(JSON.stringify({ command, ok: false, error: { code: system ? "failed" : "internal", message: firstLine(error) } }, null, 2));
  out.stderr.push(line);
  if (debug && error instanceof Error && error.stack !== undefined) out.stderr.push(error.stack);
  return 1;
}
