import type { Diagnostic } from "./diagnostics.js";
import { fieldOriginsOf, layerKey } from "./field-origins.js";
import { mergeFields } from "../runtime/create/merge-fields.js";
import type { MergedCatalog, MergedProvider, RecordPatch } from "./stage-types.js";
import { formatKeyPath } from "../runtime/create/format-key-path.js";

export type { MergedProvider } from "./stage-types.js";

/**
 * Merges validated patches by `(provider, model id)`; patches must come in precedence order, lowest
 * first (the order sources are configured in, then file order). Each applied patch is also kept, by
 * reference, as a layer of its provider or model, so later stages can tell which file set a field.
 */
export function mergeCatalog(patches: readonly RecordPatch[]): MergedCatalog {
  const providers = new Map<string, MergedProvider>();
  const layers = new Map<string, RecordPatch[]>();
  const ordered = [...patches].sort((a, b) => a.origin.file.rank - b.origin.file.rank);
  for (const patch of ordered) {
    if (patch.kind === "model" && patch.fields.onlyIfExists && providers.get(patch.provider)?.models.get(patch.id) === undefined) continue;
    let entry = providers.get(patch.provider);
    if (entry === undefined) {
      entry = { fields: {}, models: new Map() };
      providers.set(patch.provider, entry);
    }
    const key = layerKey(patch.provider, patch.kind === "model" ? patch.id : undefined);
    const layersOfKey = layers.get(key);
    if (layersOfKey === undefined) layers.set(key, [patch]);
    else layersOfKey.push(patch);
    if (patch.kind === "provider") {
      entry.fields = mergeFields(entry.fields, patch.fields);
    } else {
      const prev = entry.models.get(patch.id);
      const { revive, onlyIfExists: _onlyIfExists, ...fields } = patch.fields;
      const merged = prev === undefined ? fields : mergeFields(prev, fields);
      // Applied in layer order, so a later layer can still deprecate again.
      entry.models.set(patch.id, revive && merged.status === "deprecated" ? { ...merged, status: "active" } : merged);
    }
  }
  return { providers, origins: fieldOriginsOf(layers) };
}

/**
 * Warnings for sparse records that create a model no earlier layer has: a record with no
 * name, limits or cost is usually a typo in an id (`overlay_creates_model`), not a new model, in a
 * source whose records usually patch models (`patchesModels`, from the format registry).
 */
export function sparseNewModelWarnings(patches: readonly RecordPatch[], patchesModels: (patch: RecordPatch) => boolean): Diagnostic[] {
  const seen = new Set<string>();
  const warnings: Diagnostic[] = [];
  const ordered = [...patches].sort((a, b) => a.origin.file.rank - b.origin.file.rank);
  for (const patch of ordered) {
    if (patch.kind !== "model") continue;
    const key = `${patch.provider}\u0000${patch.id}`;
    const sparse = patch.fields.name === undefined && patch.fields.limits === undefined && patch.fields.cost === undefined;
    if (!seen.has(key) && sparse && patchesModels(patch)) {
      warnings.push({
        file: patch.origin.file.path,
        ...patch.locate(patch.origin.keyPath),
        severity: "warning",
        code: "overlay_creates_model",
        keyPath: formatKeyPath(patch.origin.keyPath),
        message: `No earlier source has ${patch.provider}:${patch.id}, and this record has no name, limits or cost; check the id`,
      });
    }
    seen.add(key);
  }
  return warnings;
}
