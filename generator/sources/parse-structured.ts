import type { Diagnostic, KeyPath } from "../diagnostics.js";
import type { Position, SourceFile } from "../stage-types.js";
import { createJsonLocator, jsonSyntaxErrorOffset, lineStarts, positionAt, type JsonLocator } from "./locate-json.js";
import { locateTomlKey } from "./models-dev-toml.js";
import { tomlParser, yamlParser } from "./parsers.js";

/** A parsed data file and a way to find where a key path is written in it. */
export interface StructuredFile {
  /** `undefined` when the file could not be parsed; `diagnostics` then says why. */
  readonly value?: unknown;
  /** Position of a path within this file (file-relative, not record-relative). */
  readonly locate: (path: KeyPath) => Position | undefined;
  readonly diagnostics: Diagnostic[];
}

/** YAML alias expansion is capped so a small file cannot expand into a huge one. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses a JSON, YAML (1.2 core schema, duplicate keys rejected) or TOML file by its extension.
 * Syntax errors become located diagnostics; nothing throws.
 */
export function parseStructured(file: SourceFile): StructuredFile {
  const fail = (at: Partial<Position>, code: string, message: string): StructuredFile => ({
    locate: () => undefined,
    diagnostics: [{ file: file.path, ...at, severity: "error", code, keyPath: "", message }],
  });
  if (/\.json$/i.test(file.path)) {
    try {
      const value = JSON.parse(file.text) as unknown;
      let locator: JsonLocator | undefined;
      return { value, locate: (path) => (locator ??= createJsonLocator(file.text)).locate(path), diagnostics: [] };
    } catch (error) {
      const at = positionAt(lineStarts(file.text), jsonSyntaxErrorOffset(file.text));
      return fail(at, "json_syntax", `Invalid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, "").replace(/, "[\s\S]*" is not valid JSON$/, "")}`);
    }
  }
  if (/\.toml$/i.test(file.path)) {
    const { parse: parseToml, TomlError } = tomlParser();
    try {
      return { value: parseToml(file.text), locate: (path) => locateTomlKey(file.text, path), diagnostics: [] };
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
  return {
    value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }),
    locate: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return positionAt(starts, node.range[0]);
      }
      return undefined;
    },
    diagnostics: [],
  };
}
