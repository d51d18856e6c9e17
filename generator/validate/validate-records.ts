import type { z } from "zod";
import { isProviderIdShape } from "../../runtime/spec.js";
import type { Diagnostic, KeyPath } from "../diagnostics.js";
import { FORMATS } from "../formats/formats.js";
import type { RecordPatch, SourceRecord } from "../stage-types.js";
import { gotSuffix, valueAt, type Report } from "./schema-primitives.js";
import { codeOfZodIssue } from "./code-of-zod-issue.js";
import { unsafeKeyPath } from "../../runtime/create/unsafe-key-path.js";
import { formatKeyPath } from "../../runtime/create/format-key-path.js";

// Ids are opaque, but empty ids, padding and control characters cannot be a real model's name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a model id is unusable, or `undefined` when it is fine. */
export function modelIdProblem(id: string): string | undefined {
  if (id === "") return "A model id must not be empty";
  if (id.trim() !== id) return `Model id ${JSON.stringify(id)} has leading or trailing whitespace`;
  if (CONTROL.test(id)) return `Model id ${JSON.stringify(id)} contains control characters`;
  return undefined;
}

/** Why a provider id is unusable, or `undefined`. */
export function providerIdProblem(id: string): string | undefined {
  if (id.includes(":")) return `Provider id ${JSON.stringify(id)} contains ":", which separates provider and model in a spec`;
  if (!isProviderIdShape(id)) return `Provider id ${JSON.stringify(id)} must be 1-64 characters of A-Z a-z 0-9 . _ -`;
  return undefined;
}

/**
 * Validates each record alone against its format's schema and maps it to the canonical shape, so
 * every problem in every file is reported in one run. A record with errors yields no patch.
 */
export function validateRecords(records: readonly SourceRecord[]): { patches: RecordPatch[]; diagnostics: Diagnostic[] } {
  const patches: RecordPatch[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    let failed = false;
    const report: Report = (severity, code, path, message) => {
      const absolute: KeyPath = [...record.origin.keyPath, ...path];
      if (severity === "error") failed = true;
      diagnostics.push({ file: record.origin.file.path, ...record.locate(absolute), severity, code, keyPath: formatKeyPath(absolute), message });
    };
    const reportIssues = (issues: readonly z.core.$ZodIssue[]) => {
      for (const issue of issues) {
        const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
        const value = valueAt(record.value, path);
        if (issue.code === "invalid_type" && value === undefined) {
          report("error", "missing_field", path, `Required field "${String(path.at(-1))}" is missing (expected ${issue.expected})`);
        } else if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) {
          report("error", "invalid_type", path, `Expected ${issue.expected}${gotSuffix(value)}`);
        } else {
          report("error", codeOfZodIssue(issue), path, issue.message + gotSuffix(value));
        }
      }
    };

    const providerProblem = providerIdProblem(record.provider);
    if (providerProblem !== undefined) {
      // Reported once, on the provider record; its models are skipped silently.
      if (record.kind === "provider") report("error", "provider_id_invalid", [], providerProblem);
      continue;
    }
    const unsafe = unsafeKeyPath(record.value);
    if (unsafe !== undefined) {
      report("error", "unsafe_key", unsafe, 'A field named "__proto__" cannot be kept exactly (JavaScript treats it as the prototype); rename it');
      continue;
    }
    const { origin, locate, provider } = record;
    const format = FORMATS[origin.file.format];
    if (record.kind === "provider") {
      const parsed = format.provider.schema.safeParse(record.value);
      if (!parsed.success) {
        reportIssues(parsed.error.issues);
        continue;
      }
      const fields = format.provider.fieldsOf(provider, parsed.data, report);
      if (!failed) patches.push({ kind: "provider", provider, origin, locate, fields });
      continue;
    }
    const id = record.id!;
    const idProblem = modelIdProblem(id);
    if (idProblem !== undefined) {
      report("error", "model_id_invalid", [], idProblem);
      continue;
    }
    const parsed = format.model.schema.safeParse(record.value ?? {});
    if (!parsed.success) {
      reportIssues(parsed.error.issues);
      continue;
    }
    const fields = format.model.fieldsOf(id, parsed.data, report);
    if (!failed) patches.push({ kind: "model", provider, id, origin, locate, fields });
  }
  return { patches, diagnostics };
}
