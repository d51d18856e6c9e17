#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import type { CliOutput } from "./commands/cli-output.js";
import type { CommandFunction } from "./commands/command-input.js";
import { diffCommand } from "./commands/diff-command.js";
import { discoverCommand } from "./commands/discover-command.js";
import { COMMANDS, type Command } from "./commands/flags.js";
import { genCommand } from "./commands/gen-command.js";
import { helpText } from "./commands/help-text.js";
import { parseCommandLine } from "./commands/parse-command-line.js";
import { pullCommand } from "./commands/pull-command.js";
import { queryCommand } from "./commands/query-command.js";
import { reportUnexpectedError } from "./commands/report-unexpected-error.js";
import { UsageError } from "./commands/usage-error.js";
import { validateCommand } from "./commands/validate-command.js";
import { colorLine, hasColor } from "./terminal-color.js";

export type { CliOutput } from "./commands/cli-output.js";
export { COMMANDS, FLAGS, type Command, type Flag, type FlagValues } from "./commands/flags.js";
export { helpText } from "./commands/help-text.js";

/** The function behind each command. */
export type CommandTable = { readonly [C in Command]: CommandFunction<C> };

/** Every command's implementation; `runCli` takes another table only in tests. */
export const COMMAND_TABLE: CommandTable = {
  gen: genCommand,
  validate: validateCommand,
  query: queryCommand,
  pull: pullCommand,
  discover: discoverCommand,
  diff: diffCommand,
};

function isCommand(name: string | undefined): name is Command {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/** Parses the command's flags and runs it; a generic function, so each command gets its own flag type. */
async function dispatch<C extends Command>(
  command: C,
  args: readonly string[],
  root: string,
  out: CliOutput,
  startedAt: number,
  commands: CommandTable,
): Promise<number> {
  const { flags, positionals, help } = parseCommandLine(command, args);
  if (help) {
    out.stdout.push(helpText(command));
    return 0;
  }
  const execute: CommandFunction<C> = commands[command];
  return execute({ flags, positionals, root, out, startedAt });
}

/**
 * Runs one command and returns its exit code: 0 done, 1 could not be done (invalid input, a failed
 * download, an internal error), 2 usage error. `root` is the project folder paths are relative to.
 * Never throws and never touches `process`, so it can be tested in-process.
 */
export async function runCli(
  argv: readonly string[],
  root: string,
  out: CliOutput,
  startedAt = performance.now(),
  commands: CommandTable = COMMAND_TABLE,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "--help" || command === "-h" || command === "help") {
    const topic = rest[0];
    if (topic !== undefined && !isCommand(topic)) {
      out.stderr.push(`Unknown command "${topic}".\n\n${helpText()}`);
      return 2;
    }
    out.stdout.push(helpText(topic));
    return 0;
  }
  if (!isCommand(command)) {
    out.stderr.push(`${command === undefined ? "No command given." : `Unknown command "${command}".`}\n\n${helpText()}`);
    return 2;
  }
  const json = rest.includes("--json");
  try {
    return await dispatch(command, rest, root, out, startedAt, commands);
  } catch (error) {
    if (!(error instanceof UsageError)) return reportUnexpectedError(error, { out, command, argv, debug: rest.includes("--debug"), json });
    // With --json a script reads stdout, so the usage error is JSON there too; people get the help.
    if (json) out.stdout.push(JSON.stringify({ command, ok: false, error: { code: "usage", message: error.message } }, null, 2));
    else out.stderr.push(`${error.message}\n\n${helpText(command)}`);
    return 2;
  }
}

/**
 * The program: runs `argv` in the current folder, prints what it printed (coloured on a terminal)
 * and returns the exit code.
 */
export async function cliMain(argv: readonly string[], commands: CommandTable = COMMAND_TABLE): Promise<number> {
  const out: CliOutput = {
    stdout: [],
    stderr: [],
    // A status line redrawn in place, only on a terminal: logs and CI output stay clean.
    ...(process.stderr.isTTY ? { progress: (line: string) => process.stderr.write(`\r\x1b[K${line}`) } : {}),
  };
  const code = await runCli(argv, process.cwd(), out, 0, commands);
  const json = argv.includes("--json");
  const write = (stream: NodeJS.WriteStream, lines: readonly string[]) => {
    if (lines.length === 0) return;
    const color = !json && hasColor({ isTTY: stream.isTTY, env: process.env });
    stream.write(`${(color ? lines.map(colorLine) : lines).join("\n")}\n`);
  };
  write(process.stderr, out.stderr);
  write(process.stdout, out.stdout);
  return code;
}

// Through npm's bin link, argv[1] is the link (node_modules/.bin/llm-catalog), so both sides are real paths.
const isMain = process.argv[1] !== undefined && realpathSync(resolve(process.argv[1])) === realpathSync(import.meta.filename);
if (isMain) process.exitCode = await cliMain(process.argv.slice(2));
