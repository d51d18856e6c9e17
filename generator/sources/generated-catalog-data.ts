import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { modelOfRow, type ModelRow } from "../../runtime/model-row.js";
import type { Provider } from "../../runtime/types.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Catalog, CatalogProvider } from "../stage-types.js";

const TABLE_START = /^export const \$\S*(?:: ProviderData)? = defineProviderData\($/;

/**
 * The catalog a generated `catalog-data.ts` holds, read as text: each table's provider line and
 * its single-quoted JSON rows, exactly as `emitCatalogData` writes them. Importing the module
 * instead would need its runtime import to resolve and would cache it for the whole process.
 * A file in any other shape yields one `generated_unreadable` error.
 */
export function readGeneratedCatalogData(text: string, path: string): { catalog?: Catalog; diagnostics: Diagnostic[] } {
  const lines = text.split("\n");
  const providers: CatalogProvider[] = [];
  const fail = (index: number, message: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ file: path, line: index + 1, column: 1, severity: "error", code: "generated_unreadable", keyPath: "", message }],
  });
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_START.test(lines[i]!)) continue;
    let provider: Provider;
    const rows: ModelRow[] = [];
    try {
      provider = JSON.parse(lines[i + 1]!.trim().replace(/,$/, "")) as Provider;
      if (lines[i + 2] !== "  [") return fail(i + 2, "Expected the model rows to open with `[`");
      for (i += 3; lines[i] !== "  ],"; i++) {
        const line = lines[i];
        if (line === undefined || !line.startsWith("    '") || !line.endsWith("',")) return fail(i, "Expected a model row or the end of the table");
        rows.push(JSON.parse(line.slice(5, -2).replace(/\\([\\'])/g, "$1")) as ModelRow);
      }
    } catch (error) {
      return fail(i, `Unreadable generated data: ${(error as Error).message.split("\n")[0]}`);
    }
    providers.push({ provider, models: rows.map(modelOfRow) });
  }
  if (providers.length === 0) return fail(0, "No provider tables found; is this a catalog-data.ts written by llm-catalog gen?");
  return { catalog: { providers }, diagnostics: [] };
}

/** The `catalog-data.ts` text an output folder held before this run, or `undefined` when there is none. */
export async function readPreviousCatalogData(outDir: string): Promise<string | undefined> {
  try {
    return await readFile(join(outDir, "catalog-data.ts"), "utf8");
  } catch {
    return undefined;
  }
}
