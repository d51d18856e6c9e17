import type { Diagnostic, KeyPath } from "../../diagnostics.js";
import { withoutNulls, withoutSchemaKey } from "../../../runtime/create/overlay-fields.js";
import type { SourceFile, SourceRecord, ReadResult } from "../../stage-types.js";
import { parseStructured } from "../../sources/parse-structured.js";
import { formatKeyPath } from "../../../runtime/create/format-key-path.js";

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads the team's overlay files, YAML, TOML or JSON. A file under
 * `providers/<id>/` is part of a tree (`provider.<ext>`, or one model in `models/<id>.<ext>`, where
 * a stated `id` wins over the path, as ids with `:` need); any other file is shaped like api.json.
 * All fields are optional: an overlay states only what it adds or changes.
 */
export function readOverlay(files: readonly SourceFile[], root: string): ReadResult {
  const prefix = root === "" || root === "." ? "" : `${root.replace(/\/+$/, "")}/`;
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const structured = parseStructured(file);
    diagnostics.push(...structured.diagnostics);
    if (structured.value === undefined) continue;
    const parsed = { ...structured, value: withoutSchemaKey(withoutNulls(structured.value)) };
    const relative = file.path.startsWith(prefix) ? file.path.slice(prefix.length) : file.path;
    const provider = /^providers\/([^/]+)\/provider\.[a-z]+$/i.exec(relative);
    const model = /^providers\/([^/]+)\/models\/(.+)\.[a-z]+$/is.exec(relative);
    const error = (keyPath: KeyPath, message: string) =>
      diagnostics.push({ file: file.path, ...parsed.locate([]), severity: "error", code: "invalid_type", keyPath: formatKeyPath(keyPath), message });
    if (provider || model) {
      const providerId = (provider ?? model)![1]!;
      if (!isTable(parsed.value)) {
        error([providerId], "Expected a table of fields");
        continue;
      }
      if (provider) {
        records.push({
          kind: "provider",
          provider: providerId,
          value: parsed.value,
          origin: { file, keyPath: [providerId] },
          locate: (p) => parsed.locate(p.slice(1)),
        });
      } else {
        const stated = parsed.value.id;
        const id = typeof stated === "string" && stated !== "" ? stated : model![2]!;
        const { id: _id, ...value } = parsed.value;
        records.push({
          kind: "model",
          provider: providerId,
          id,
          value,
          origin: { file, keyPath: [providerId, "models", id] },
          locate: (p) => parsed.locate(p.slice(3)),
        });
      }
      continue;
    }
    if (!isTable(parsed.value)) {
      error([], "Expected an object keyed by provider id");
      continue;
    }
    for (const [providerId, entry] of Object.entries(parsed.value)) {
      if (!isTable(entry)) {
        error([providerId], "Expected a provider table");
        continue;
      }
      const { models, ...providerValue } = entry;
      records.push({ kind: "provider", provider: providerId, value: providerValue, origin: { file, keyPath: [providerId] }, locate: parsed.locate });
      if (models === undefined) continue;
      if (!isTable(models)) {
        error([providerId, "models"], "Expected models to map ids to fields");
        continue;
      }
      for (const [id, value] of Object.entries(models)) {
        records.push({
          kind: "model",
          provider: providerId,
          id,
          value: value ?? {},
          origin: { file, keyPath: [providerId, "models", id] },
          locate: parsed.locate,
        });
      }
    }
  }
  return { records, diagnostics };
}
