import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../../generator/cli.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures");

async function cli(...argv: string[]): Promise<{ code: number } & CliOutput> {
  const out: CliOutput = { stdout: [], stderr: [] };
  const code = await runCli(argv, ROOT, out);
  return { code, ...out };
}

/** stderr without the timing at the end of the summary line, for golden comparison. */
function golden(lines: readonly string[]): string {
  return `${lines.join("\n").replace(/ · \d+\.\d+ s/g, " · <time>")}\n`;
}

describe("bad input", () => {
  for (const name of ["bad-snapshot", "malformed-snapshot"]) {
    it(`${name}: every problem in one run, located, exit 1, output folder untouched`, async () => {
      const out = mkdtempSync(join(tmpdir(), "llm-catalog-bad-"));
      writeFileSync(join(out, "index.ts"), "// the previous good output\n");
      const source = `models-dev-json:${relative(ROOT, join(FIXTURES, `${name}.json`))}`;
      const result = await cli("gen", "--no-default-sources", "--source", source, "--out", out);
      expect(result.code).toBe(1);
      expect(golden(result.stderr).replaceAll(out, "<out>")).toBe(readFileSync(join(FIXTURES, `${name}.expected.txt`), "utf8"));
      expect(result.stderr.join("\n")).not.toMatch(/\n\s+at /); // no stack trace
      expect(readdirSync(out)).toEqual(["index.ts"]);
      expect(readFileSync(join(out, "index.ts"), "utf8")).toBe("// the previous good output\n");
    });
  }

  it("every broken format in one run: YAML indentation, TOML syntax, truncated JSON, wrong types, a negative price, an unknown filter provider, an alias collision", async () => {
    const result = await cli("validate", "--config", "test/fixtures/broken/broken.config.ts");
    expect(result.code).toBe(1);
    expect(golden(result.stderr)).toBe(readFileSync(join(FIXTURES, "broken", "expected.txt"), "utf8"));
  });

  it("reports a missing source file as a diagnostic", async () => {
    const result = await cli("validate", "--no-default-sources", "--source", "models-dev-json:test/fixtures/nope.json");
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toBe("test/fixtures/nope.json error source_unreadable: Cannot read models-dev-json source: file not found");
  });

  it("rejects bad flags with exit code 2 and help", async () => {
    expect((await cli("gen", "--frobnicate")).code).toBe(2);
    expect((await cli("gen", "--source", "yaml-ish:foo")).code).toBe(2);
    expect((await cli("gen", "--no-default-sources")).code).toBe(2);
    expect((await cli("nope")).code).toBe(2);
    const help = await cli("gen", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout[0]).toContain("--check");
  });
});
