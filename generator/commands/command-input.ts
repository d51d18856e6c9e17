import type { CliOutput } from "./cli-output.js";
import type { Command, FlagValues } from "./flags.js";

/** What every command gets: its parsed flags and arguments, the project root, and where to print. */
export interface CommandInput<C extends Command> {
  readonly flags: FlagValues<C>;
  readonly positionals: readonly string[];
  /** The project folder every path is relative to. */
  readonly root: string;
  readonly out: CliOutput;
  /** `performance.now()` when the run began, for the elapsed time on summary lines. */
  readonly startedAt: number;
}

/** One command: prints into `input.out` and returns the exit code (0 done, 1 could not be done). */
export type CommandFunction<C extends Command> = (input: CommandInput<C>) => Promise<number>;
