import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
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

/**
 * Brings the output folder in line with the emitted files. Each changed file is written to a
 * temporary file and renamed over the old one, so readers never see half a file; unchanged files
 * are not touched (incremental `tsc` stays quiet); orphans are removed only if they carry the
 * generated header.
 */
export async function writeOutput(outDir: string, files: readonly EmittedFile[]): Promise<OutputDiff> {
  const diff = await diffOutput(outDir, files);
  const changed = new Set([...diff.stale, ...diff.missing]);
  for (const file of files) {
    if (!changed.has(file.path)) continue;
    await writeFileAtomic(join(outDir, file.path), file.text);
  }
  for (const orphan of diff.orphans) await rm(join(outDir, orphan));
  return diff;
}
