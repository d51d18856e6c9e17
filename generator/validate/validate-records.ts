import type { z } from "zod";
import { identityProblem } from "../../runtime/create/record-ids.js";
import type { Diagnostic, KeyPath } from "../diagnostics.js";
import { FORMATS } from "../formats/formats.js";
import type { RecordPatch, SourceRecord } from "../stage-types.js";
import { gotSuffix, valueAt, type Report } from "./schema-primitives.js";
import { codeOfZodIssue } from "./code-of-zod-issue.js";
import { formatKeyPath } from "../../runtime/create/format-key-path.js";

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

    const identity = identityProblem(record);
    if (identity !== undefined) {
      if (identity !== "skip") report("error", identity.code, identity.path, identity.message);
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
