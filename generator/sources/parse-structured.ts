import type { Diagnostic, KeyPath } from "../diagnostics.js";
import type { DiagnosticCode } from "../diagnostic-codes.js";
import type { Position, SourceFile } from "../stage-types.js";
import { createJsonLocator, jsonSyntaxErrorOffset, lineStarts, positionAt, type JsonLocator } from "./locate-json.js";
import { locateTomlKey } from "./locate-toml.js";
import { depthDiagnostic } from "./depth-diagnostic.js";
import { duplicateJsonKeys } from "./duplicate-json-keys.js";
import { tomlParser, yamlParser } from "./parsers.js";
import { yamlToJs } from "./yaml-to-js.js";
import { formatKeyPath } from "../../runtime/create/format-key-path.js";

/** A parsed data file and a way to find where a key path is written in it. */
export interface StructuredFile {
  /** `undefined` when the file could not be parsed; `diagnostics` then says why. */
  readonly value?: unknown;
  /** Position of a path within this file (file-relative, not record-relative). */
  readonly locate: (path: KeyPath) => Position | undefined;
  readonly diagnostics: Diagnostic[];
}

/** `duplicate_key` errors for keys a JSON file repeats in one object (`JSON.parse` keeps the last silently). */
export function duplicateKeyDiagnostics(file: SourceFile): Diagnostic[] {
  const duplicates = duplicateJsonKeys(file.text);
  if (duplicates.length === 0) return [];
  const starts = lineStarts(file.text);
  return duplicates.map(({ path, offset }) => ({
    file: file.path,
    ...positionAt(starts, offset),
    severity: "error" as const,
    code: "duplicate_key",
    keyPath: formatKeyPath(path),
    message: `Key ${JSON.stringify(String(path.at(-1)))} appears twice in one object; state it once`,
  }));
}

/**
 * Parses a JSON, YAML (1.2 core schema) or TOML file by its extension. Syntax errors, duplicate
 * keys, alias bombs and excessive nesting become located diagnostics; nothing throws.
 */
export function parseStructured(file: SourceFile): StructuredFile {
  const fail = (at: Partial<Position>, code: DiagnosticCode, message: string): StructuredFile => ({
    locate: () => undefined,
    diagnostics: [{ file: file.path, ...at, severity: "error", code, keyPath: "", message }],
  });
  // A file nested past the limit is refused whole: later stages recurse over its values.
  const limited = (parsed: StructuredFile): StructuredFile => {
    const tooDeep = depthDiagnostic(file, parsed.value, parsed.locate);
    return tooDeep === undefined ? parsed : { locate: parsed.locate, diagnostics: [...parsed.diagnostics, tooDeep] };
  };
  if (/\.json$/i.test(file.path)) {
    try {
      const value = JSON.parse(file.text) as unknown;
      let locator: JsonLocator | undefined;
      const locate = (path: KeyPath) => {
        locator ??= createJsonLocator(file.text);
        return locator.locate(path);
      };
      return limited({ value, locate, diagnostics: duplicateKeyDiagnostics(file) });
    } catch (error) {
      const at = positionAt(lineStarts(file.text), jsonSyntaxErrorOffset(file.text));
      return fail(
        at,
        "json_syntax",
        `Invalid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, "").replace(/, "[\s\S]*" is not valid JSON$/, "")}`,
      );
    }
  }
  if (/\.toml$/i.test(file.path)) {
    const { parse: parseToml, TomlError } = tomlParser();
    try {
      return limited({ value: parseToml(file.text), locate: (path) => locateTomlKey(file.text, path), diagnostics: [] });
    } catch (error) {
      const at = error instanceof TomlError ? { line: error.line, column: error.column } : {};
      return fail(at, "toml_syntax", `Invalid TOML: ${(error as Error).message.split("\n")[0]!.replace(/^Invalid TOML document: /, "")}`);
    }
  }
  const doc = yamlParser().parseDocument(file.text, { schema: "core", uniqueKeys: true, prettyErrors: false });
  const starts = lineStarts(file.text);
  if (doc.errors.length > 0) {
    return {
      locate: () => undefined,
      diagnostics: doc.errors.map((e) => ({
        file: file.path,
        ...positionAt(starts, e.pos[0]),
        severity: "error" as const,
        code: "yaml_syntax",
        keyPath: "",
        message: `Invalid YAML: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  const converted = yamlToJs(doc);
  if ("error" in converted) return fail({ line: 1, column: 1 }, "yaml_limit", converted.error);
  return limited({
    value: converted.value,
    locate: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return positionAt(starts, node.range[0]);
      }
      return undefined;
    },
    diagnostics: [],
  });
}
