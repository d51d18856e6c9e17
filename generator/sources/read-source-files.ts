import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { GenerateContext, SourceFile } from "../stage-types.js";

/** The files of every configured source, ranked by their order (later sources win the merge). */
export async function readSourceFiles(context: GenerateContext): Promise<{ files: SourceFile[]; diagnostics: Diagnostic[] }> {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [rank, source] of context.sources.entries()) {
    try {
      const text = await readFile(join(context.root, source.path), "utf8");
      files.push({ path: source.path, format: source.format, rank, text });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : (error as Error).message;
      diagnostics.push({ file: source.path, severity: "error", code: "source_unreadable", keyPath: "", message: `Cannot read ${source.format} source: ${reason}` });
    }
  }
  return { files, diagnostics };
}
