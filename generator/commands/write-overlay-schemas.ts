import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { emitOverlaySchemas } from "../emit/emit-overlay-schemas.js";

/** The folder of the committed schemas, published with the package as `llm-catalog/schema/*.json`. */
export const SCHEMA_FOLDER = "schema";

/** Writes the overlay schemas into `schema/` (`npm run schema`); unchanged files are not touched. Returns the paths written. */
export function writeOverlaySchemas(root: string): string[] {
  const folder = join(root, SCHEMA_FOLDER);
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const file of emitOverlaySchemas()) {
    const path = join(folder, file.path);
    let current: string | undefined;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = undefined;
    }
    if (current === file.text) continue;
    writeFileSync(path, file.text);
    written.push(`${SCHEMA_FOLDER}/${file.path}`);
  }
  return written;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const written = writeOverlaySchemas(process.cwd());
  console.log(`schema: ${written.length === 0 ? "up to date" : `wrote ${written.join(", ")}`}`);
}
