import { parseArgs, type ParseArgsConfig } from "node:util";
import { FLAGS, type Command, type Flag, type FlagValues } from "./flags.js";
import { UsageError } from "./usage-error.js";

/** A command's flags and positional arguments, as parsed from its part of argv. */
export interface CommandLine<C extends Command> {
  readonly flags: FlagValues<C>;
  readonly positionals: readonly string[];
  /** `--help` was given: print the command's help instead of running it. */
  readonly help: boolean;
}

/** Commands that take positional arguments; every other command rejects them. */
const TAKES_POSITIONALS: ReadonlySet<Command> = new Set(["diff"]);

/**
 * Parses `args` (argv after the command name) with the flags FLAGS lists for `command`; an unknown
 * flag, a missing value or a stray argument is a `UsageError`.
 */
export function parseCommandLine<C extends Command>(command: C, args: readonly string[]): CommandLine<C> {
  const flags: readonly Flag[] = FLAGS;
  const options: NonNullable<ParseArgsConfig["options"]> = {};
  for (const flag of flags.filter((f) => f.commands.includes(command))) options[flag.name] = { type: flag.type, multiple: flag.multiple ?? false };
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: TAKES_POSITIONALS.has(command) });
    // parseArgs types its result from a literal config; this config is built from FLAGS at run time,
    // and FlagValues<C> is derived from the same entries, so the two agree by construction.
    return { flags: parsed.values as FlagValues<C>, positionals: parsed.positionals, help: parsed.values.help === true };
  } catch (error) {
    // parseArgs reports misuse with ERR_PARSE_ARGS_* codes; anything else is not the user's doing.
    if (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("ERR_PARSE_ARGS"))
      throw new UsageError(error.message);
    throw error;
  }
}
