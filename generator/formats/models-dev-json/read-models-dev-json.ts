import { describe, type Diagnostic, type KeyPath } from "../../diagnostics.js";
import type { DiagnosticCode } from "../../diagnostic-codes.js";
import type { ReadResult, SourceFile, SourceRecord } from "../../stage-types.js";
import { depthDiagnostic } from "../../sources/depth-diagnostic.js";
import { duplicateKeyDiagnostics } from "../../sources/parse-structured.js";
import { createJsonLocator, jsonSyntaxErrorOffset, lineStarts, positionAt, type JsonLocator } from "../../sources/locate-json.js";
import { formatKeyPath } from "../../../runtime/create/format-key-path.js";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a models.dev `api.json`: an object keyed by provider id, each provider holding `models` keyed
 * by model id. Returns one record per provider (without `models`) and one per model. Never throws.
 */
export function readModelsDevJson(file: SourceFile): ReadResult {
  const diagnostics: Diagnostic[] = [];
  let root: unknown;
  try {
    root = JSON.parse(file.text);
  } catch (error) {
    const message = (error as Error).message;
    const at = positionAt(lineStarts(file.text), jsonSyntaxErrorOffset(file.text));
    diagnostics.push({
      file: file.path,
      ...at,
      severity: "error",
      code: "json_syntax",
      keyPath: "",
      message: `Invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/, "[\s\S]*" is not valid JSON$/, "")}`,
    });
    return { records: [], diagnostics };
  }

  // Positions are only needed for diagnostics, so the text is scanned on the first request.
  let locator: JsonLocator | undefined;
  const locate = (path: KeyPath) => {
    locator ??= createJsonLocator(file.text);
    return locator.locate(path);
  };
  const error = (path: KeyPath, code: DiagnosticCode, message: string): Diagnostic => ({
    file: file.path,
    ...locate(path),
    severity: "error",
    code,
    keyPath: formatKeyPath(path),
    message,
  });

  diagnostics.push(...duplicateKeyDiagnostics(file));
  const tooDeep = depthDiagnostic(file, root, locate);
  if (tooDeep !== undefined) return { records: [], diagnostics: [...diagnostics, tooDeep] };
  if (!isPlainObject(root)) {
    diagnostics.push(error([], "invalid_type", "Expected an object keyed by provider id"));
    return { records: [], diagnostics };
  }
  const records: SourceRecord[] = [];
  for (const providerId of Object.keys(root)) {
    const value = root[providerId];
    if (!isPlainObject(value)) {
      diagnostics.push(error([providerId], "invalid_type", `Expected a provider object, got ${describe(value)}`));
      continue;
    }
    const { models, ...provider } = value;
    records.push({ kind: "provider", provider: providerId, value: provider, origin: { file, keyPath: [providerId] }, locate });
    if (!isPlainObject(models)) {
      diagnostics.push(error([providerId, "models"], "invalid_type", `Expected "models" to be an object keyed by model id, got ${describe(models)}`));
      continue;
    }
    for (const id of Object.keys(models)) {
      records.push({
        kind: "model",
        provider: providerId,
        id,
        value: models[id],
        origin: { file, keyPath: [providerId, "models", id] },
        locate,
      });
    }
  }
  if (records.length === 0) diagnostics.push(error([], "empty_source", "The file holds no providers"));
  return { records, diagnostics };
}
