import type { Diagnostic, KeyPath } from "../../diagnostics.js";
import type { SourceFile, SourceRecord, ReadResult } from "../../stage-types.js";
import { setOwn } from "../../../runtime/create/set-own.js";
import { depthDiagnostic } from "../../sources/depth-diagnostic.js";
import { locateTomlKey } from "../../sources/locate-toml.js";
import { tomlParser } from "../../sources/parsers.js";
import { formatKeyPath } from "../../../runtime/create/format-key-path.js";

type Table = Record<string, unknown>;

/** Keys of a lab model (`models/<lab>/<model>.toml`) that a provider model never inherits (upstream's rule). */
const NOT_INHERITED = new Set(["id", "benchmarks", "license", "links", "weights"]);

function isTable(value: unknown): value is Table {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** `base` with `over` on top: tables merge deeply, arrays and scalars in `over` replace. */
function inherit(base: Table, over: Table): Table {
  const result: Table = {};
  for (const [key, value] of Object.entries(base)) if (!NOT_INHERITED.has(key)) setOwn(result, key, value);
  for (const [key, value] of Object.entries(over)) {
    const prev = Object.hasOwn(result, key) ? result[key] : undefined;
    setOwn(result, key, isTable(prev) && isTable(value) ? inherit(prev, value) : value);
  }
  return result;
}

/** Deletes a dotted path (a missing one is a no-op), then prunes tables the deletion left empty. */
function omitPath(table: Table, dotted: string): void {
  const segments = dotted.split(".");
  const parents: Table[] = [table];
  for (const segment of segments.slice(0, -1)) {
    // Own keys only: `base_model_omit = ["__proto__.x"]` must never reach Object.prototype.
    const next = Object.hasOwn(parents.at(-1)!, segment) ? parents.at(-1)![segment] : undefined;
    if (!isTable(next)) return;
    parents.push(next);
  }
  if (!Object.hasOwn(parents.at(-1)!, segments.at(-1)!)) return;
  delete parents.at(-1)![segments.at(-1)!];
  for (let i = parents.length - 1; i > 0; i--) {
    if (Object.keys(parents[i]!).length === 0) delete parents[i - 1]![segments[i - 1]!];
  }
}

/** Upstream writes a null effort level as the string "null"; it means `null`. */
function nullEffortValues(model: Table): void {
  const options = model.reasoning_options;
  if (!Array.isArray(options)) return;
  for (const option of options) {
    if (isTable(option) && Array.isArray(option.values)) option.values = option.values.map((v) => (v === "null" ? null : v));
  }
}

/**
 * Reads a models.dev TOML tree: `providers/<id>/provider.toml`, one model per
 * `providers/<id>/models/**.toml` with the id taken from the path, and `base_model` inheritance from
 * the top-level `models/` folder. `files` are one source's files; `root` is that source's folder.
 */
export function readModelsDevToml(files: readonly SourceFile[], root: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const records: SourceRecord[] = [];
  const prefix = root === "" || root === "." ? "" : `${root.replace(/\/+$/, "")}/`;
  const parsed = new Map<SourceFile, Table>();
  const { parse, TomlError } = tomlParser();
  for (const file of files) {
    try {
      const table = parse(file.text) as Table;
      const tooDeep = depthDiagnostic(file, table, (path) => locateTomlKey(file.text, path));
      if (tooDeep === undefined) parsed.set(file, table);
      else diagnostics.push(tooDeep);
    } catch (error) {
      const at = error instanceof TomlError ? { line: error.line, column: error.column } : {};
      const message = (error as Error).message.split("\n")[0]!.replace(/^Invalid TOML document: /, "");
      diagnostics.push({ file: file.path, ...at, severity: "error", code: "toml_syntax", keyPath: "", message: `Invalid TOML: ${message}` });
    }
  }

  const labs = new Map<string, Table>();
  for (const [file, table] of parsed) {
    const lab = /^models\/(.+)\.toml$/s.exec(file.path.slice(prefix.length));
    if (lab) labs.set(lab[1]!, table);
  }

  for (const [file, table] of parsed) {
    const relative = file.path.slice(prefix.length);
    const provider = /^providers\/([^/]+)\/provider\.toml$/.exec(relative);
    const model = /^providers\/([^/]+)\/models\/(.+)\.toml$/s.exec(relative);
    if (provider) {
      const id = provider[1]!;
      records.push({
        kind: "provider",
        provider: id,
        value: table,
        origin: { file, keyPath: [id] },
        locate: (path) => locateTomlKey(file.text, path.slice(1)),
      });
    } else if (model) {
      const [, providerId, id] = model as unknown as [string, string, string];
      const locate = (path: KeyPath) => locateTomlKey(file.text, path.slice(3));
      let value = table;
      const base = table.base_model;
      if (typeof base === "string") {
        const target = labs.get(base);
        if (target === undefined) {
          diagnostics.push({
            file: file.path,
            ...locate([providerId, "models", id, "base_model"]),
            severity: "error",
            code: "base_model_missing",
            keyPath: formatKeyPath([providerId, "models", id, "base_model"]),
            message: `base_model "${base}" names no file models/${base}.toml`,
          });
          continue;
        }
        const { base_model_omit: omit, ...own } = table;
        value = inherit(structuredClone(target), own);
        if (Array.isArray(omit)) for (const dotted of omit) if (typeof dotted === "string") omitPath(value, dotted);
      }
      nullEffortValues(value);
      records.push({ kind: "model", provider: providerId, id, value, origin: { file, keyPath: [providerId, "models", id] }, locate });
    }
  }
  return { records, diagnostics };
}
