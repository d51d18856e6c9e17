import type { Diagnostic } from "../diagnostics.js";
import type { Catalog, RecordPatch } from "../stage-types.js";
import { canonicalModelSchema } from "./canonical-schema.js";

/** Every merged record checked against the resolved schema; a failure names the files that built it. */
export function revalidateCatalog(catalog: Catalog, patches: readonly RecordPatch[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let layers: Map<string, Set<string>> | undefined;
  for (const model of catalog.providers.flatMap((p) => p.models)) {
    const result = canonicalModelSchema.safeParse(model);
    if (result.success) continue;
    layers ??= patches.reduce((map, patch) => {
      if (patch.kind !== "model") return map;
      const key = `${patch.provider}:${patch.id}`;
      return map.set(key, (map.get(key) ?? new Set()).add(patch.origin.file.path));
    }, new Map<string, Set<string>>());
    const files = [...(layers.get(model.spec) ?? [])];
    for (const issue of result.error.issues) {
      diagnostics.push({
        file: files.at(-1) ?? "(catalog)",
        severity: "error",
        code: "invalid_after_merge",
        keyPath: [model.provider, "models", model.id, ...issue.path.map(String)].join("."),
        message: `${issue.message} after merging ${files.join(", ")}`,
      });
    }
  }
  return diagnostics;
}
