import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { OutputLockedError, recoverOutput, writeOutput, type WriteStep } from "../../generator/write-output.js";
import { outputFiles } from "./children/write-child.js";
import { writeHostileSources } from "./hostile/corpus.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CHILD = join(import.meta.dirname, "children", "write-child.ts");
const run = promisify(execFile);

/** Every file below `dir` and its text, or `undefined` when the folder is missing. */
function snapshot(dir: string): Record<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), "utf8")]).sort());
}

const expected = (variant: string) =>
  Object.fromEntries(
    outputFiles(variant)
      .map((f) => [f.path, f.text])
      .sort(),
  );

/** A child process writing `variant`; resolves with its exit code or signal. */
function child(outDir: string, variant: string, killAt = "", slow = ""): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, ["--import", "tsx", CHILD, outDir, variant, killAt, slow], { cwd: ROOT });
    let stderr = "";
    proc.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    proc.on("exit", (code, signal) => done({ code, signal, stderr }));
  });
}

const STEPS: readonly WriteStep[] = ["locked", "recovered", "staged-file", "staged", "moved-old", "moved-new", "done"];

describe("writeOutput is atomic", () => {
  it("a writer killed at any step leaves the previous or the new output complete", async () => {
    const dirs = STEPS.map(() => join(mkdtempSync(join(tmpdir(), "llm-catalog-kill-")), "generated"));
    await Promise.all(dirs.map((dir) => writeOutput(dir, outputFiles("A"))));
    const results = await Promise.all(STEPS.map((step, i) => child(dirs[i]!, "B", step)));
    for (const [i, step] of STEPS.entries()) {
      const dir = dirs[i]!;
      expect(results[i]!.signal, `${step}: ${results[i]!.stderr}`).toBe("SIGKILL");
      const seen = snapshot(dir);
      if (step === "moved-old") {
        // The one instant between the two renames: the previous output waits, complete, in the backup.
        expect(seen).toBeUndefined();
        expect(snapshot(`${dir}.old`)).toEqual(expected("A"));
      } else {
        expect([expected("A"), expected("B")], step).toContainEqual(seen);
      }
      await recoverOutput(dir);
      expect([expected("A"), expected("B")], step).toContainEqual(snapshot(dir));
      // The dead writer's lock is taken over and the next run completes.
      await writeOutput(dir, outputFiles("C"));
      expect(snapshot(dir), step).toEqual(expected("C"));
      expect([existsSync(`${dir}.lock`), existsSync(`${dir}.tmp`), existsSync(`${dir}.old`)], step).toEqual([false, false, false]);
    }
  });

  it("a real gen killed at arbitrary moments never leaves a partial output folder", async () => {
    const base = mkdtempSync(join(tmpdir(), "llm-catalog-killgen-"));
    const source = `models-dev-json:${writeHostileSources(join(base, "in"))[0]!.source.path}`;
    const gen = (out: string) => ["--import", "tsx", "generator/cli.ts", "gen", "--no-default-sources", "--source", source, "--out", out, "--quiet"];
    const first = join(base, "first");
    await run(process.execPath, gen(first), { cwd: ROOT });
    const complete = snapshot(first);
    expect(Object.keys(complete!).length).toBeGreaterThan(5);
    await Promise.all(
      [500, 1000, 1500].map(async (ms) => {
        const out = join(base, `killed-${ms}`);
        cpSync(first, out, { recursive: true });
        // An edited file makes the run rewrite; identical output would touch nothing.
        writeFileSync(join(out, "types.ts"), "// edited\n");
        const before = snapshot(out);
        const proc = spawn(process.execPath, gen(out), { cwd: ROOT, stdio: "ignore" });
        setTimeout(() => proc.kill("SIGKILL"), ms);
        await new Promise((done) => proc.on("exit", done));
        await recoverOutput(out);
        expect([before, complete]).toContainEqual(snapshot(out));
      }),
    );
  });

  it("two concurrent writers never interleave: the folder is all one output or all the other", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "llm-catalog-race-")), "generated");
    await writeOutput(dir, outputFiles("A"));
    const [b, c] = await Promise.all([child(dir, "B", "", "slow"), child(dir, "C", "", "slow")]);
    expect([b.code, c.code, b.stderr + c.stderr]).toEqual([0, 0, ""]);
    expect([expected("B"), expected("C")]).toContainEqual(snapshot(dir));
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("fails with a clear message while a live process holds the lock", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "llm-catalog-locked-")), "generated");
    writeFileSync(`${dir}.lock`, String(process.pid));
    const attempt = writeOutput(dir, outputFiles("A"), { lockTimeoutMs: 150 });
    await expect(attempt).rejects.toThrow(OutputLockedError);
    await expect(attempt).rejects.toThrow(`Another gen (pid ${process.pid}) is writing ${dir}`);
    expect(existsSync(dir)).toBe(false);
  });

  it("unchanged output is not swapped: the folder and its files keep their identity", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "llm-catalog-same-")), "generated");
    await writeOutput(dir, outputFiles("A"));
    const [folder, file] = [statSync(dir), statSync(join(dir, "file-0.ts"))];
    const diff = await writeOutput(dir, outputFiles("A"));
    expect(diff.unchanged).toBe(12);
    expect([statSync(dir).ino, statSync(join(dir, "file-0.ts")).mtimeMs]).toEqual([folder.ino, file.mtimeMs]);
  });
});
