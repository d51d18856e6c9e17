import { COMMANDS, FLAGS, type Command, type Flag } from "./flags.js";

/** Positional arguments a command takes, for its usage line. */
const USAGE_ARGS: Partial<Record<Command, string>> = { diff: " <old> <new>" };

const EXIT_CODES = "Exit codes: 0 success, 1 invalid input, stale output, a failed download or an internal error, 2 usage error.";

/** Help from the FLAGS table: the command list, or one command's usage, purpose and flags. */
export function helpText(command?: Command): string {
  const lines =
    command === undefined
      ? ["Usage: llm-catalog <command> [flags]", "", "Commands:", ...Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(10)} ${text}`)]
      : [`Usage: llm-catalog ${command}${USAGE_ARGS[command] ?? ""} [flags]`, "", COMMANDS[command]];
  lines.push("", command === undefined ? "Flags (`llm-catalog <command> --help` lists a command's own):" : "Flags:");
  const flags: readonly Flag[] = FLAGS;
  for (const flag of flags.filter((f) => command === undefined || f.commands.includes(command))) {
    const name = `--${flag.name}${flag.type === "string" ? " <value>" : ""}`;
    const special = command === undefined ? undefined : flag.descriptionFor?.[command];
    // The example illustrates the general meaning, so it is left out where the meaning differs.
    const example = special === undefined && flag.example ? ` (e.g. ${flag.example})` : "";
    lines.push(`  ${name.padEnd(26)} ${special ?? flag.description}${example}`);
  }
  lines.push("", EXIT_CODES);
  return lines.join("\n");
}
