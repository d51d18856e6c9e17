// What `gen` says about in-memory data: the data written as a JSON file of its format and run through
// the generator's whole pipeline, so tests can hold createCatalog's problems against gen's.
import { join } from "node:path";
import type { Diagnostic } from "../../../generator/diagnostics.js";
import { generateFromFiles } from "../../../generator/pipeline.js";
import { loadConfig } from "../../../generator/sources/load-config.js";
import type { CatalogProblem, CatalogSource } from "../../../runtime/create/index.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** A problem without where it was found: what both sides must agree on. */
export interface Said {
  readonly severity: string;
  readonly code: string;
  readonly keyPath: string;
  readonly message: string;
}

const byText = (a: Said, b: Said) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** Problems in a stable order, without their location. */
export function said(list: readonly (CatalogProblem | Diagnostic)[]): Said[] {
  return list.map(({ severity, code, keyPath, message }) => ({ severity, code, keyPath, message })).sort(byText);
}

/** gen's diagnostics for the sources, each written as one JSON file, in order. */
export function genProblems(sources: readonly CatalogSource[], asOf?: string): Said[] {
  const specs = sources.map((s, i) => ({ format: s.format, path: `source-${i + 1}.json` }));
  const context = { ...loadConfig({ root: ROOT, noDefaultSources: true, sources: specs }), asOf };
  const files = sources.map((s, i) => ({ path: specs[i]!.path, format: s.format, rank: i, text: JSON.stringify(s.data) }));
  return said(generateFromFiles(files, context).diagnostics);
}
