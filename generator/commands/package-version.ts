import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The generator's own version, from the nearest package.json named `llm-catalog-generator` above this file: the
 * source tree and the built `dist/` sit at different depths below it. `unknown` when none is found.
 */
export function packageVersion(from = import.meta.dirname): string {
  for (let folder = from; ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
      if (manifest.name === "llm-catalog-generator" && typeof manifest.version === "string") return manifest.version;
    } catch {
      // No package.json here, or not readable: keep walking up.
    }
    if (dirname(folder) === folder) return "unknown";
  }
}
