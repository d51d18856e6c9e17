import type { KeyPath } from "./diagnostics.js";
import { FORMATS } from "./formats/formats.js";
import type { FieldOrigin, FieldOrigins, RecordPatch } from "./stage-types.js";
import { valueAt } from "./validate/schema-primitives.js";

/** The merge's layers of one provider (`id` undefined) or one model, in the order they were applied. */
export type Layers = ReadonlyMap<string, readonly RecordPatch[]>;

/** The key of one provider's or one model's layers. */
export function layerKey(provider: string, id: string | undefined): string {
  return id === undefined ? provider : `${provider}\u0000${id}`;
}

function originIn(patch: RecordPatch, path: KeyPath): FieldOrigin {
  const keyPath = [...patch.origin.keyPath, ...FORMATS[patch.origin.file.format].sourceKeyPath(patch.kind, path)];
  return { file: patch.origin.file.path, ...patch.locate(keyPath), keyPath };
}

/**
 * Field origins read from the merge's layers. Merge keeps only a reference to each patch it applied;
 * the walk over them happens here, for the few fields a diagnostic is about, not for every field of
 * every model.
 */
export function fieldOriginsOf(layers: Layers): FieldOrigins {
  return {
    of(provider, id, path) {
      const list = layers.get(layerKey(provider, id)) ?? [];
      // A missing field is blamed on the layer that set its parent (e.g. `cost` without `output`),
      // and the record as a whole on the layer that first stated it.
      for (let depth = path.length; depth > 0; depth--) {
        const prefix = path.slice(0, depth);
        for (let i = list.length - 1; i >= 0; i--) {
          const value = valueAt(list[i]!.fields, prefix);
          if (value !== undefined && value !== null) return originIn(list[i]!, prefix);
        }
      }
      return list[0] && originIn(list[0], []);
    },
    files(provider, id) {
      return [...new Set((layers.get(layerKey(provider, id)) ?? []).map((patch) => patch.origin.file.path))];
    },
    ofItem(provider, id, path, item) {
      for (const patch of layers.get(layerKey(provider, id)) ?? []) {
        const list = valueAt(patch.fields, path);
        const index = Array.isArray(list) ? list.indexOf(item) : -1;
        if (index >= 0) return originIn(patch, [...path, index]);
      }
      return undefined;
    },
  };
}

/** No origins known: for catalogs built by hand rather than merged. */
export const NO_ORIGINS: FieldOrigins = { of: () => undefined, ofItem: () => undefined, files: () => [] };
