// From the data a caller passes to checked patches in the catalog's field names: the parse and
// validate stages of `gen`, over values instead of files, with the runtime's own record checks.
import type { CatalogProblem, CatalogProblemCode, KeyPath, Report, Severity } from "./catalog-problem.js";
import { problemOfIssue, RECORD_CHECKS, type Issue } from "./check-records.js";
import type { ModelDraft, ProviderDraft } from "./drafts.js";
import { formatKeyPath } from "./format-key-path.js";
import { modelFieldsOf, providerFieldsOf } from "./models-dev-fields.js";
import { overlayModelFieldsOf, overlayProviderFieldsOf, withoutNulls, withoutSchemaKey } from "./overlay-fields.js";
import { describe, valueAt } from "./record-primitives.js";
import { identityProblem } from "./record-ids.js";
import { tooDeepPath } from "./too-deep-path.js";

/** The formats a catalog can be built from at run time, named as in `catalog.config.ts`. */
export type RuntimeSourceFormat = "models-dev-json" | "overlay";

/** One source of catalog data, already in memory: what `JSON.parse` of an api.json or overlay gives. */
export interface CatalogSource {
  /** `"models-dev-json"`: shaped like models.dev's api.json, every record complete; `"overlay"`: the same shape, every field optional. */
  readonly format: RuntimeSourceFormat;
  /** The data: an object keyed by provider id, each provider with `models` keyed by model id. */
  readonly data: unknown;
  /** Names the source in problems; default `"source 1"`, `"source 2"`, … in input order. */
  readonly name?: string;
}

/** A checked record of one source, in the catalog's field names, holding only what the source states. */
export type Patch =
  | { readonly kind: "provider"; readonly provider: string; readonly fields: ProviderDraft; readonly sparse: boolean }
  | { readonly kind: "model"; readonly provider: string; readonly id: string; readonly fields: ModelDraft; readonly sparse: boolean };

/** Nesting deeper than this rejects a source, as `gen` rejects such a file (and a cyclic value is one). */
const MAX_DEPTH = 64;

interface RawRecord {
  readonly kind: "provider" | "model";
  readonly provider: string;
  readonly id?: string;
  readonly value: unknown;
  readonly keyPath: KeyPath;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The provider and model records of a source, as `gen`'s readers of api.json and overlay files find them. */
function recordsOf(format: RuntimeSourceFormat, root: unknown, error: (path: KeyPath, message: string, code?: CatalogProblemCode) => void): RawRecord[] {
  const overlay = format === "overlay";
  const records: RawRecord[] = [];
  if (!isPlainObject(root)) {
    error([], "Expected an object keyed by provider id");
    return records;
  }
  for (const providerId of Object.keys(root)) {
    const value = root[providerId];
    if (!isPlainObject(value)) {
      error([providerId], overlay ? "Expected a provider table" : `Expected a provider object, got ${describe(value)}`);
      continue;
    }
    const { models, ...provider } = value;
    records.push({ kind: "provider", provider: providerId, value: provider, keyPath: [providerId] });
    if (overlay && models === undefined) continue;
    if (!isPlainObject(models)) {
      error(
        [providerId, "models"],
        overlay ? "Expected models to map ids to fields" : `Expected "models" to be an object keyed by model id, got ${describe(models)}`,
      );
      continue;
    }
    for (const id of Object.keys(models)) {
      const model = models[id];
      records.push({ kind: "model", provider: providerId, id, value: overlay ? (model ?? {}) : model, keyPath: [providerId, "models", id] });
    }
  }
  if (records.length === 0 && !overlay) error([], "The file holds no providers", "empty_source");
  return records;
}

/**
 * Every record of one source checked and mapped, and every problem found on the way; never throws.
 * A record with an error yields no patch, so one bad model does not hide the problems of the others.
 */
export function readSource(source: CatalogSource, name: string): { patches: Patch[]; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const problem = (severity: Severity, code: CatalogProblemCode, path: KeyPath, message: string) =>
    problems.push({ source: name, severity, code, keyPath: formatKeyPath(path), message });
  const deep = tooDeepPath(source.data, MAX_DEPTH);
  if (deep !== undefined) {
    const shown = formatKeyPath(deep.slice(0, 8));
    problems.push({
      source: name,
      severity: "error",
      code: "too_deep",
      keyPath: deep.length > 8 ? `${shown}…` : shown,
      message: `Values are nested more than ${MAX_DEPTH} levels deep; the file is rejected`,
    });
    return { patches: [], problems };
  }
  const overlay = source.format === "overlay";
  const root = overlay ? withoutSchemaKey(withoutNulls(source.data)) : source.data;
  const records = recordsOf(source.format, root, (path, message, code = "invalid_type") => problem("error", code, path, message));
  const checks = RECORD_CHECKS[source.format];
  const patches: Patch[] = [];
  for (const record of records) {
    let failed = false;
    const report: Report = (severity, code, path, message) => {
      if (severity === "error") failed = true;
      problem(severity, code, [...record.keyPath, ...path], message);
    };
    const identity = identityProblem(record);
    if (identity !== undefined) {
      if (identity !== "skip") report("error", identity.code, identity.path, identity.message);
      continue;
    }
    const value = record.kind === "model" ? (record.value ?? {}) : record.value;
    const issues: Issue[] = [];
    if (!checks[record.kind](value, [], issues)) {
      for (const issue of issues) {
        const { code, message } = problemOfIssue(issue, valueAt(value, issue.path));
        report("error", code, issue.path, message);
      }
      continue;
    }
    if (record.kind === "provider") {
      const fields = overlay ? overlayProviderFieldsOf(record.provider, value as never, report) : providerFieldsOf(record.provider, value as never, report);
      if (!failed) patches.push({ kind: "provider", provider: record.provider, fields, sparse: overlay });
    } else {
      const fields = overlay ? overlayModelFieldsOf(record.id!, value as never, report) : modelFieldsOf(record.id!, value as never, report);
      if (!failed) patches.push({ kind: "model", provider: record.provider, id: record.id!, fields, sparse: overlay });
    }
  }
  return { patches, problems };
}
