import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../../generator/cli.js";
import { GENERATED_HEADER } from "../../generator/emit/generated-header.js";
import { diffOutput, writeOutput } from "../../generator/write-output.js";

const ROOT = join(import.meta.dirname, "..", "..");
const file = (path: string, body: string) => ({ path, text: `${GENERATED_HEADER}\n${body}\n` });

describe("writeOutput and diffOutput", () => {
  it("writes changed files, skips unchanged ones, removes only generated orphans", async () => {
    const out = mkdtempSync(join(tmpdir(), "llm-catalog-write-"));
    await writeOutput(out, [file("a.ts", "a"), file("providers/b.ts", "b"), file("old.ts", "old")]);
    writeFileSync(join(out, "mine.ts"), "// hand-written, no header\n");
    const before = statSync(join(out, "a.ts")).mtimeMs;

    const next = [file("a.ts", "a"), file("providers/b.ts", "b2"), file("c.ts", "c")];
    expect(await diffOutput(out, next)).toEqual({ stale: ["providers/b.ts"], missing: ["c.ts"], orphans: ["old.ts"], unchanged: 1 });
    await writeOutput(out, next);
    expect(await diffOutput(out, next)).toEqual({ stale: [], missing: [], orphans: [], unchanged: 3 });
    expect(statSync(join(out, "a.ts")).mtimeMs).toBe(before);
    expect(existsSync(join(out, "old.ts"))).toBe(false);
    expect(readFileSync(join(out, "mine.ts"), "utf8")).toBe("// hand-written, no header\n");
  });
});

describe("gen --check", () => {
  it("exits 1 and lists stale, missing and orphan files without writing", async () => {
    const out = mkdtempSync(join(tmpdir(), "llm-catalog-check-"));
    const run = async (...argv: string[]) => {
      const o: CliOutput = { stdout: [], stderr: [] };
      return { code: await runCli(argv, ROOT, o), ...o };
    };
    expect((await run("gen", "--out", out, "--quiet")).code).toBe(0);
    writeFileSync(join(out, "types.ts"), "// edited by hand\n");
    writeFileSync(join(out, "providers", "gone.ts"), `${GENERATED_HEADER}\n`);
    const check = await run("gen", "--check", "--out", out);
    expect(check.code).toBe(1);
    expect(check.stderr).toEqual([`stale   ${out}/types.ts`, `orphan  ${out}/providers/gone.ts`]);
    expect(check.stdout[0]).toMatch(/2 files out of date; run `npm run gen`/);
    expect(readFileSync(join(out, "types.ts"), "utf8")).toBe("// edited by hand\n");
  });
});
