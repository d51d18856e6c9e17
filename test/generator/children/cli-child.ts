// The real program (cliMain: argv → printed output and exit code) with `validate` replaced by a
// command that has a genuine bug: `node --import tsx cli-child.ts validate [flags]`.
import { COMMAND_TABLE, cliMain } from "../../../generator/cli.js";

/** Reads the first cell of an empty table: the kind of slip that ends in "Cannot read properties of undefined". */
export async function brokenCommand(): Promise<number> {
  const rows: string[][] = [];
  return rows[0]![0]!.length;
}

if (process.argv[1]?.endsWith("cli-child.ts")) {
  process.exitCode = await cliMain(process.argv.slice(2), { ...COMMAND_TABLE, validate: brokenCommand });
}
