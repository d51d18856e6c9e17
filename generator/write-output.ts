import { existsSync } from "node:fs";
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { isGeneratedText } from "./emit/generated-header.js";
import type { EmittedFile } from "./stage-types.js";

/** How the output folder differs from the emitted files. */
export interface OutputDiff {
  /** Emitted files whose content on disk differs. */
  readonly stale: string[];
  /** Emitted files absent from disk. */
  readonly missing: string[];
  /** Generated files on disk that are no longer emitted. */
  readonly orphans: string[];
  readonly unchanged: number;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Compares emitted files with the output folder without writing (`gen --check`). */
export async function diffOutput(outDir: string, files: readonly EmittedFile[]): Promise<OutputDiff> {
  const stale: string[] = [];
  const missing: string[] = [];
  let unchanged = 0;
  const emitted = new Set(files.map((f) => f.path));
  await Promise.all(
    files.map(async (file) => {
      const current = await readIfExists(join(outDir, file.path));
      if (current === undefined) missing.push(file.path);
      else if (current !== file.text) stale.push(file.path);
      else unchanged++;
    }),
  );
  const orphans: string[] = [];
  for (const path of await listFiles(outDir)) {
    if (emitted.has(path) || !path.endsWith(".ts")) continue;
    const text = await readIfExists(join(outDir, path));
    if (text !== undefined && isGeneratedText(text)) orphans.push(path);
  }
  return { stale: stale.sort(), missing: missing.sort(), orphans: orphans.sort(), unchanged };
}

/**
 * Replaces `target` in one step: the data goes to a temporary file in the same folder, which is
 * renamed over the old file, so readers see the old bytes or the new ones, never half a file. A
 * failed write removes the temporary file and leaves the target as it was.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A step of `writeOutput`, reported to `onStep` so tests can kill the writer at each one. */
export type WriteStep = "locked" | "recovered" | "staged-file" | "staged" | "moved-old" | "moved-new" | "done";

/** Options of `writeOutput`. */
export interface WriteOptions {
  /** How long to wait for another writer's lock before giving up. @default 30000 */
  readonly lockTimeoutMs?: number;
  /** Called after each step; only tests use it. */
  readonly onStep?: (step: WriteStep) => void | Promise<void>;
}

/** Another process holds the output folder's lock for longer than the wait allowed. */
export class OutputLockedError extends Error {}

/** The sibling paths one writer uses: a lock file, the folder being built, the folder being replaced. */
function siblingsOf(outDir: string): { lock: string; staging: string; backup: string } {
  return { lock: `${outDir}.lock`, staging: `${outDir}.tmp`, backup: `${outDir}.old` };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the output folder's lock: a file created exclusively, holding the writer's pid. A lock
 * whose process is gone (a killed gen) is taken over; a live one is waited for.
 */
async function lock(path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await writeFile(path, String(process.pid), { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number.parseInt((await readIfExists(path)) ?? "", 10);
    if (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new OutputLockedError(
        `Another gen (pid ${Number.isNaN(holder) ? "unknown" : holder}) is writing ${outDirOfLock(path)}; try again when it has finished, or delete ${path} if no gen is running`,
      );
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

function outDirOfLock(path: string): string {
  return path.slice(0, -".lock".length);
}

/**
 * Finishes or undoes what a killed writer left. Only the instant between the two renames of a swap
 * leaves the output folder missing, with the complete previous output in the backup: it is put back.
 * A half-built staging folder is discarded. Call it before reading the output folder.
 */
export async function recoverOutput(outDir: string): Promise<void> {
  const { staging, backup } = siblingsOf(outDir);
  if (existsSync(backup)) {
    if (existsSync(outDir)) await rm(backup, { recursive: true, force: true });
    else await rename(backup, outDir);
  }
  await rm(staging, { recursive: true, force: true });
}

/** Puts `from` at `to` without rewriting it: a hard link keeps the mtime (incremental `tsc` stays quiet). */
async function carry(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
    const { atime, mtime } = await stat(from);
    await utimes(to, atime, mtime);
  }
}

/**
 * Brings the output folder in line with the emitted files, atomically: under a lock, the complete
 * new folder is built beside it (unchanged and hand-written files carried over by hard link, so
 * their mtimes stay), then swapped in by two renames. A writer killed at any step leaves the
 * previous output complete (or, between the renames, complete in the backup that
 * `recoverOutput` restores first thing on the next run). When nothing changed, nothing is touched.
 * Orphans are dropped only if they carry the generated header.
 */
export async function writeOutput(outDir: string, files: readonly EmittedFile[], options: WriteOptions = {}): Promise<OutputDiff> {
  const step = options.onStep ?? (() => {});
  const { lock: lockPath, staging, backup } = siblingsOf(outDir);
  await mkdir(dirname(outDir), { recursive: true });
  await lock(lockPath, options.lockTimeoutMs ?? 30_000);
  try {
    await step("locked");
    await recoverOutput(outDir);
    await step("recovered");
    const diff = await diffOutput(outDir, files);
    if (diff.stale.length + diff.missing.length + diff.orphans.length === 0) return diff;

    const changed = new Set([...diff.stale, ...diff.missing]);
    const dropped = new Set(diff.orphans);
    for (const path of await listFiles(outDir)) {
      if (!changed.has(path) && !dropped.has(path)) await carry(join(outDir, path), join(staging, path));
    }
    for (const file of files) {
      if (!changed.has(file.path)) continue;
      await mkdir(dirname(join(staging, file.path)), { recursive: true });
      await writeFile(join(staging, file.path), file.text);
      await step("staged-file");
    }
    await mkdir(staging, { recursive: true });
    await step("staged");
    const hadOutput = existsSync(outDir);
    if (hadOutput) await rename(outDir, backup);
    await step("moved-old");
    await rename(staging, outDir);
    await step("moved-new");
    if (hadOutput) await rm(backup, { recursive: true, force: true });
    await step("done");
    return diff;
  } finally {
    await rm(lockPath, { force: true });
  }
}
