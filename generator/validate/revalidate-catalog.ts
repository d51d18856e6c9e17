import { diagnosticAt, type Diagnostic } from "../diagnostics.js";
import type { Catalog, FieldOrigins } from "../stage-types.js";
import { canonicalModelSchema } from "./canonical-schema.js";
import { formatKeyPath } from "../../runtime/create/format-key-path.js";

/**
 * Every merged record checked against the resolved schema; a failure points at the file that set the
 * offending value (or its nearest set parent) and names every file that built the record.
 */
export function revalidateCatalog(catalog: Catalog, origins: FieldOrigins): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const model of catalog.providers.flatMap((p) => p.models)) {
    const result = canonicalModelSchema.safeParse(model);
    if (result.success) continue;
    const files = origins.files(model.provider, model.id);
    for (const issue of result.error.issues) {
      const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
      const keyPath = formatKeyPath([model.provider, "models", model.id, ...path]);
      diagnostics.push(
        diagnosticAt(origins.of(model.provider, model.id, path), "error", "invalid_after_merge", keyPath, `${issue.message} after merging ${files.join(", ")}`),
      );
    }
  }
  return diagnostics;
}
