import type { Document } from "yaml";
import type { Diagnostic, KeyPath } from "../../diagnostics.js";
import type { Position, SourceFile, SourceRecord, ReadResult } from "../../stage-types.js";
import { lineStarts, positionAt } from "../../sources/locate-json.js";
import { depthDiagnostic } from "../../sources/depth-diagnostic.js";
import { yamlParser } from "../../sources/parsers.js";
import { yamlToJs } from "../../sources/yaml-to-js.js";
import { formatKeyPath } from "../../../runtime/create/format-key-path.js";

/** Where the value at `path` (or its nearest existing ancestor) starts in a parsed YAML document. */
function locateYaml(doc: Document, starts: readonly number[], path: KeyPath): Position | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return positionAt(starts, node.range[0]);
  }
  return undefined;
}

/**
 * A capability-discovery file named as a source on its own: each entry only adds capability names
 * to a model an earlier source has. Its `context_window` is ignored (a 4096 placeholder in all 66
 * entries of openai_capabilities.yml, contradicting openai.yml).
 */
function capabilityRecords(doc: Document, file: SourceFile, provider: string, starts: readonly number[]): SourceRecord[] {
  const { isMap, isNode, isScalar } = yamlParser();
  const entries = doc.get("model_capabilities", true);
  if (!isMap(entries)) return [];
  return entries.items.flatMap((pair) => {
    const id = isScalar(pair.key) ? (pair.key.source ?? String(pair.key.value)) : String(pair.key);
    // The whole document already converted within the alias cap, so no part of it can fail here.
    const converted = isNode(pair.value) ? yamlToJs(doc, pair.value) : { value: {} };
    const value = ("value" in converted ? converted.value : {}) as Record<string, unknown> | null;
    const capabilities = Array.isArray(value?.capabilities) ? value.capabilities : [];
    return [
      {
        kind: "model" as const,
        provider,
        id,
        value: { capabilities, onlyIfExists: true },
        origin: { file, keyPath: [provider, "models", id] },
        locate: (path: KeyPath) => locateYaml(doc, starts, ["model_capabilities", ...path.slice(2)]),
      },
    ];
  });
}

/**
 * Reads one ExLLM catalog file: `provider`, `default_model` and `models` mapping
 * ids to attributes. Ids are the keys' source text, never rewritten; YAML 1.2 core schema, so dates
 * stay strings; duplicate keys are errors. Capability-discovery files (no `models`) are skipped.
 */
export function readExLlmYaml(file: SourceFile, namedExplicitly = false): ReadResult {
  const { isMap, isNode, isScalar, parseDocument } = yamlParser();
  const diagnostics: Diagnostic[] = [];
  const doc = parseDocument(file.text, { schema: "core", uniqueKeys: true, prettyErrors: false });
  const starts = lineStarts(file.text);
  for (const error of doc.errors) {
    const at = positionAt(starts, error.pos[0]);
    diagnostics.push({ file: file.path, ...at, severity: "error", code: "yaml_syntax", keyPath: "", message: `Invalid YAML: ${error.message.split("\n")[0]}` });
  }
  if (doc.errors.length > 0) return { records: [], diagnostics };

  const stem = /([^/]+)\.ya?ml$/.exec(file.path)?.[1] ?? file.path;
  const root = doc.contents;
  if (!isMap(root)) {
    diagnostics.push({
      file: file.path,
      line: 1,
      column: 1,
      severity: "error",
      code: "invalid_type",
      keyPath: "",
      message: "Expected a mapping with provider and models",
    });
    return { records: [], diagnostics };
  }
  const converted = yamlToJs(doc);
  if ("error" in converted) {
    diagnostics.push({ file: file.path, line: 1, column: 1, severity: "error", code: "yaml_limit", keyPath: "", message: converted.error });
    return { records: [], diagnostics };
  }
  const top = converted.value as Record<string, unknown>;
  const tooDeep = depthDiagnostic(file, top, (path) => locateYaml(doc, starts, path));
  if (tooDeep !== undefined) return { records: [], diagnostics: [...diagnostics, tooDeep] };
  const provider = typeof top.provider === "string" && top.provider !== "" ? top.provider : stem;
  const models = doc.get("models", true);
  if (models === undefined && "model_capabilities" in top) {
    if (!namedExplicitly) {
      diagnostics.push({
        file: file.path,
        line: 1,
        column: 1,
        severity: "info",
        code: "capability_file_skipped",
        keyPath: formatKeyPath([provider]),
        message: "A capability-discovery file, not a catalog; skipped",
      });
      return { records: [], diagnostics };
    }
    return { records: capabilityRecords(doc, file, provider, starts), diagnostics };
  }
  // Record paths are [provider, "models", id, ...]; in the file they are ["models", id, ...].
  const locate = (path: KeyPath) => locateYaml(doc, starts, path.slice(1));
  const records: SourceRecord[] = [];
  const ids: string[] = [];
  const modelRecords: SourceRecord[] = [];
  if (isMap(models)) {
    for (const pair of models.items) {
      const key = pair.key;
      const id = isScalar(key) ? (key.source ?? String(key.value)) : String(key);
      ids.push(id);
      const part = isNode(pair.value) ? yamlToJs(doc, pair.value) : { value: pair.value };
      const value = "value" in part ? part.value : undefined;
      modelRecords.push({ kind: "model", provider, id, value, origin: { file, keyPath: [provider, "models", id] }, locate });
    }
  } else if (models !== undefined) {
    diagnostics.push({
      file: file.path,
      ...locate([provider, "models"]),
      severity: "error",
      code: "invalid_type",
      keyPath: formatKeyPath([provider, "models"]),
      message: "Expected models to map ids to attributes",
    });
  }
  const { models: _models, ...providerValue } = top;
  records.push({ kind: "provider", provider, value: { ...providerValue, modelIds: ids }, origin: { file, keyPath: [provider] }, locate });
  records.push(...modelRecords);
  return { records, diagnostics };
}
