import { readFileSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { GenerateContext, SourceFile } from "../stage-types.js";
import { FORMATS } from "../formats/formats.js";
import { INPUT_LIMITS } from "./input-limits.js";
import { byCodeUnit } from "../../runtime/order.js";

/** Every file below `dir` (relative to the project root) whose name matches, following symlinks, sorted. */
async function walk(root: string, dir: string, wanted: RegExp, diagnostics: Diagnostic[]): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(resolve(root, dir), { withFileTypes: true });
  for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
    const path = `${dir}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(resolve(root, path));
        [isDir, isFile] = [target.isDirectory(), target.isFile()];
      } catch {
        diagnostics.push({ file: path, severity: "warning", code: "dangling_link", keyPath: "", message: "Symbolic link to a missing file; skipped" });
        continue;
      }
    }
    if (isDir) found.push(...(await walk(root, path, wanted, diagnostics)));
    else if (isFile && wanted.test(entry.name)) found.push(path);
  }
  return found;
}

/**
 * The text of every file, in the order given. Synchronous on purpose: a models.dev tree is 5,600
 * small files, and fs/promises spends more on its open/stat/read/close round trips than on reading.
 */
function readAll(paths: readonly string[]): string[] {
  return paths.map((path) => readFileSync(path, "utf8"));
}

/** Paths of files larger than `INPUT_LIMITS.maxFileBytes`, checked before reading so a huge file is never loaded. */
function oversized(paths: readonly string[]): Set<string> {
  return new Set(paths.filter((path) => statSync(path).size > INPUT_LIMITS.maxFileBytes));
}

/**
 * The files of every configured source, ranked by their order (later sources win the merge). A
 * folder source yields its matching files in code-unit order, so file-system order never shows.
 */
export async function readSourceFiles(context: GenerateContext): Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [rank, source] of context.sources.entries()) {
    const sourcePath = source.path.replace(/\/+$/, "");
    try {
      const wanted = FORMATS[source.format].folderFiles;
      const isFolder = (await stat(resolve(context.root, sourcePath))).isDirectory();
      if (isFolder && wanted === undefined) throw Object.assign(new Error("expected a file, found a folder"), { code: "EISDIR" });
      const paths = isFolder ? await walk(context.root, sourcePath, wanted!, diagnostics) : [sourcePath];
      const tooLarge = oversized(paths.map((path) => resolve(context.root, path)));
      const readable = paths.filter((path) => !tooLarge.has(resolve(context.root, path)));
      for (const path of paths.filter((p) => tooLarge.has(resolve(context.root, p)))) {
        const megabytes = INPUT_LIMITS.maxFileBytes / 1024 / 1024;
        diagnostics.push({ file: path, severity: "error", code: "file_too_large", keyPath: "", message: `File is larger than ${megabytes} MiB; not read` });
      }
      const texts = readAll(readable.map((path) => resolve(context.root, path)));
      for (const [i, path] of readable.entries()) files.push({ path, format: source.format, rank, text: texts[i]! });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === "ENOENT" ? "file not found" : (error as Error).message;
      diagnostics.push({
        file: source.path,
        severity: "error",
        code: "source_unreadable",
        keyPath: "",
        message: `Cannot read ${source.format} source: ${reason}`,
      });
    }
  }
  return { files, diagnostics };
}
