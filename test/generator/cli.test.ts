import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, expectTypeOf, it } from "vitest";
import { COMMAND_TABLE, COMMANDS, FLAGS, helpText, runCli, type CliOutput, type Command, type CommandTable, type FlagValues } from "../../generator/cli.js";
import { packageVersion } from "../../generator/commands/package-version.js";
import { UsageError } from "../../generator/commands/usage-error.js";
import { colorLine, hasColor } from "../../generator/terminal-color.js";
import { brokenCommand } from "./children/cli-child.js";

const execFileAsync = promisify(execFile);

const ROOT = join(import.meta.dirname, "..", "..");

async function cli(...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [] };
  return { code: await runCli(argv, ROOT, out), ...out };
}

/** runCli with some commands replaced, the way a test reaches a failure no input can cause. */
async function cliWith(commands: Partial<CommandTable>, ...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [] };
  return { code: await runCli(argv, ROOT, out, performance.now(), { ...COMMAND_TABLE, ...commands }), ...out };
}

/** Runs a script under node with tsx, as `npm run` does, and returns its exit code and output. */
async function node(...args: string[]) {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ["--import", "tsx", ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const STACK_FRAME = /^\s+at /m;

describe("runCli", () => {
  it("prints each command's help from the FLAGS table: its usage, its flags and no others", async () => {
    for (const command of Object.keys(COMMANDS) as Command[]) {
      const result = await cli(command, "--help");
      expect(result.code).toBe(0);
      expect(result.stdout[0]!.split("\n")[0]).toMatch(new RegExp(`^Usage: llm-catalog ${command}( <old> <new>)? \\[flags\\]$`));
      for (const flag of FLAGS) {
        const listed = new RegExp(`^  --${flag.name}( |$)`, "m").test(result.stdout[0]!);
        expect(listed, `${command} --${flag.name}`).toBe((flag.commands as readonly Command[]).includes(command));
      }
      expect((await cli("help", command)).stdout).toEqual(result.stdout);
    }
  });

  it("types each command's flag values from the FLAGS table: its own flags only, booleans, strings and lists", () => {
    expectTypeOf<FlagValues<"gen">["check"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<FlagValues<"gen">["source"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<FlagValues<"query">["min-context"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<keyof FlagValues<"diff">>().toEqualTypeOf<"config" | "out" | "max-rows" | "as-of" | "json" | "debug" | "help">();
    const flags: readonly { name: string; commands: readonly Command[] }[] = FLAGS;
    expect(flags.filter((f) => f.commands.includes("diff")).map((f) => f.name)).toEqual(["config", "out", "max-rows", "as-of", "json", "debug", "help"]);
  });

  it("accepts --json on every command", () => {
    expect(FLAGS.find((f) => f.name === "json")!.commands).toEqual(Object.keys(COMMANDS));
  });

  it("exits 2 on usage errors, with the help on stderr, or one JSON object on stdout with --json", async () => {
    const none = await cli();
    expect(none).toMatchObject({ code: 2, stdout: [] });
    expect(none.stderr[0]).toContain(helpText());
    expect((await cli("help", "nope")).code).toBe(2);
    const json = await cli("gen", "--json", "--as-of", "yesterday");
    expect(json.code).toBe(2);
    expect(json.stderr).toEqual([]);
    expect(JSON.parse(json.stdout.join("\n"))).toEqual({
      command: "gen",
      ok: false,
      error: { code: "usage", message: '--as-of expects YYYY-MM-DD, got "yesterday"' },
    });
  });

  it("exits 1 with one `<command>: failed:` line, or JSON, when there is nothing to work on", async () => {
    const missing = await cli("query", "--out", "test/fixtures/nowhere");
    expect(missing).toEqual({
      code: 1,
      stdout: [],
      stderr: ["query: failed: no generated catalog at test/fixtures/nowhere/index.ts; run gen first, or pass --out"],
    });
    const json = await cli("validate", "--config", "test/fixtures/no-such.config.ts", "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout.join("\n"))).toMatchObject({ command: "validate", ok: false, error: { code: "failed", message: "invalid configuration" } });
  });
});

describe("runCli: a bug is reported as a bug", () => {
  it("an exception inside a command exits 1 with one line that asks for a report, no help and no stack", async () => {
    const result = await cliWith({ validate: brokenCommand }, "validate", "--strict");
    expect(result.code).toBe(1);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([
      `validate: internal error: TypeError: Cannot read properties of undefined (reading '0'). This is a bug in llm-catalog ${packageVersion()}; please report it with this message and the command line \`llm-catalog validate --strict\` (--debug adds the stack trace).`,
    ]);
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("--debug adds the stack trace; --json adds one object on stdout", async () => {
    const debug = await cliWith({ validate: brokenCommand }, "validate", "--debug");
    expect(debug.code).toBe(1);
    expect(debug.stderr[0]).toMatch(/^validate: internal error: TypeError: .* This is a bug in llm-catalog/);
    expect(debug.stderr[0]).not.toContain("--debug adds");
    expect(debug.stderr[1]).toMatch(/^TypeError: Cannot read properties of undefined/);
    expect(debug.stderr[1]).toMatch(STACK_FRAME);
    expect(debug.stderr[1]).toContain("cli-child.ts");
    const json = await cliWith({ validate: brokenCommand }, "validate", "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout.join("\n"))).toEqual({
      command: "validate",
      ok: false,
      error: { code: "internal", message: "TypeError: Cannot read properties of undefined (reading '0')" },
    });
  });

  it("hides credentials of URLs in the command line it asks to report", async () => {
    const result = await cliWith({ pull: brokenCommand }, "pull", "--url", "https://user:secret@example.com/api.json");
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toContain("`llm-catalog pull --url https://…@example.com/api.json`");
    expect(result.stderr.join("\n")).not.toContain("secret");
  });

  it("an error of the operating system is a failure of the run, not a bug", async () => {
    const result = await cliWith({ query: async ({ root }) => (await readFile(join(root, "no-such-file.json"))).length }, "query");
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^query: failed: Error: ENOENT: no such file or directory, open '.*no-such-file\.json'$/);
  });

  it("a UsageError thrown by a command exits 2 with that command's help", async () => {
    const result = await cliWith(
      {
        diff: async () => {
          throw new UsageError("diff needs something else");
        },
      },
      "diff",
      "a",
      "b",
    );
    expect(result).toEqual({ code: 2, stdout: [], stderr: [`diff needs something else\n\n${helpText("diff")}`] });
    // A usage error found deep inside a command's own checks takes the same way.
    const timeout = await cli("pull", "--timeout", "0");
    expect(timeout).toMatchObject({ code: 2, stdout: [] });
    expect(timeout.stderr[0]).toBe(`--timeout must be above 0\n\n${helpText("pull")}`);
  });

  it("as a process: a bug exits 1 with the report line and no stack, --debug prints the stack, a usage error exits 2 with help", {
    timeout: 30_000,
  }, async () => {
    const [bug, debug, usage] = await Promise.all([
      node("test/generator/children/cli-child.ts", "validate"),
      node("test/generator/children/cli-child.ts", "validate", "--debug"),
      node("generator/cli.ts", "validate", "--no-such-flag"),
    ]);
    expect(bug).toMatchObject({ code: 1, stdout: "" });
    expect(bug.stderr).toMatch(
      /^validate: internal error: TypeError: Cannot read properties of undefined \(reading '0'\)\. This is a bug in llm-catalog .*\n$/,
    );
    expect(bug.stderr).not.toMatch(STACK_FRAME);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(STACK_FRAME);
    expect(usage).toMatchObject({ code: 2, stdout: "" });
    expect(usage.stderr).toBe(`Unknown option '--no-such-flag'\n\n${helpText("validate")}\n`);
  });
});

describe(hasColor.name, () => {
  it("colours a terminal only, and never with NO_COLOR or a dumb terminal", () => {
    expect(hasColor({ isTTY: true, env: {} })).toBe(true);
    expect(hasColor({ isTTY: false, env: {} })).toBe(false);
    expect(hasColor({ isTTY: undefined, env: {} })).toBe(false);
    expect(hasColor({ isTTY: true, env: { NO_COLOR: "1" } })).toBe(false);
    expect(hasColor({ isTTY: true, env: { NO_COLOR: "" } })).toBe(true);
    expect(hasColor({ isTTY: true, env: { TERM: "dumb" } })).toBe(false);
  });
});

describe(colorLine.name, () => {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing escape codes is the point
  const plain = (line: string) => line.replace(/\x1b\[\d+m/g, "");

  it("colours severities and verdicts and keeps the text byte for byte", () => {
    const lines = [
      "data/overlays/team.yaml:7:14 error too_small openai.models.gpt-4o.cost.input: Price must not be negative, got -2",
      "test/fixtures/nope.json error source_unreadable: Cannot read models-dev-json source: file not found",
      "gen: failed: 2 providers, 1 models · 9 errors, 1 warnings, 0 info · 0.01 s · generated/ left untouched",
      "validate: ok: 145 providers, 5,258 models · 0 errors, 9 warnings, 306 info · 1.20 s",
      "stale   generated/types.ts",
      "gen --check: 145 providers, 5,258 models → generated/ up to date · 1.43 s",
    ];
    for (const line of lines) {
      expect(colorLine(line)).not.toBe(line);
      expect(plain(colorLine(line))).toBe(line);
    }
    expect(colorLine(lines[0]!)).toContain("\x1b[31merror\x1b[39m too_small");
    expect(colorLine("gen: 145 providers, 5,258 models → generated/")).toBe("gen: 145 providers, 5,258 models → generated/");
  });
});
