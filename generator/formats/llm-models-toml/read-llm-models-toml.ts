import type { Diagnostic } from "../../diagnostics.js";
import type { SourceFile, SourceRecord, ReadResult } from "../../stage-types.js";
import { parseStructured } from "../../sources/parse-structured.js";
import { formatKeyPath } from "../../../runtime/create/format-key-path.js";

/**
 * Reads llm_models-style folders: `<root>/<provider-dir>/provider.toml` plus one
 * model per `<root>/<provider-dir>/*.toml`. The folder names the provider; a model's `id` key names
 * the model (the file name is only a label), and two files with one id are an error.
 */
export function readLlmModelsToml(files: readonly SourceFile[], root: string): ReadResult {
  const prefix = root === "" || root === "." ? "" : `${root.replace(/\/+$/, "")}/`;
  const records: SourceRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const providers = new Set<string>();
  const seen = new Map<string, string>();
  for (const file of files) {
    const match = /^([^/]+)\/([^/]+)\.toml$/.exec(file.path.slice(prefix.length));
    if (!match) continue; // deeper or stray files are not part of the layout
    const [, providerId, name] = match as unknown as [string, string, string];
    const parsed = parseStructured(file);
    diagnostics.push(...parsed.diagnostics);
    if (!providers.has(providerId)) {
      providers.add(providerId);
      // A folder without provider.toml still yields its provider.
      records.push({ kind: "provider", provider: providerId, value: {}, origin: { file, keyPath: [providerId] }, locate: () => undefined });
    }
    if (parsed.value === undefined) continue;
    const table = parsed.value as Record<string, unknown>;
    if (name === "provider") {
      records.push({ kind: "provider", provider: providerId, value: table, origin: { file, keyPath: [providerId] }, locate: (p) => parsed.locate(p.slice(1)) });
      continue;
    }
    const id = typeof table.id === "string" ? table.id : "";
    const key = `${providerId}\u0000${id}`;
    const earlier = seen.get(key);
    if (id !== "" && earlier !== undefined) {
      diagnostics.push({
        file: file.path,
        ...parsed.locate(["id"]),
        severity: "error",
        code: "duplicate_model",
        keyPath: formatKeyPath([providerId, "models", id]),
        message: `Model "${id}" is also defined in ${earlier}`,
      });
      continue;
    }
    seen.set(key, file.path);
    records.push({
      kind: "model",
      provider: providerId,
      id: id === "" ? name : id,
      value: table,
      origin: { file, keyPath: [providerId, "models", id === "" ? name : id] },
      locate: (p) => parsed.locate(p.slice(3)),
    });
  }
  return { records, diagnostics };
}
