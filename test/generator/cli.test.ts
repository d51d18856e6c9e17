import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, FLAGS, helpText, runCli, type CliOutput, type Command } from "../../generator/cli.js";
import { colorLine, hasColor } from "../../generator/terminal-color.js";

const ROOT = join(import.meta.dirname, "..", "..");

async function cli(...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [] };
  return { code: await runCli(argv, ROOT, out), ...out };
}

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
    expect(JSON.parse(json.stdout.join("\n"))).toEqual({ command: "gen", ok: false, error: { code: "usage", message: '--as-of expects YYYY-MM-DD, got "yesterday"' } });
  });

  it("exits 1 with one `<command>: failed:` line, or JSON, when there is nothing to work on", async () => {
    const missing = await cli("query", "--out", "test/fixtures/nowhere");
    expect(missing).toEqual({ code: 1, stdout: [], stderr: ["query: failed: no generated catalog at test/fixtures/nowhere/index.ts; run gen first, or pass --out"] });
    const json = await cli("validate", "--config", "test/fixtures/no-such.config.ts", "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout.join("\n"))).toMatchObject({ command: "validate", ok: false, error: { code: "failed", message: "invalid configuration" } });
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
