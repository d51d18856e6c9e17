import type { Modality } from "../../runtime/types.js";
import type { KeyPath } from "../diagnostics.js";
import type { Report } from "./models-dev-schema.js";

/** Names accepted for each modality, after normalisation (SEMANTICS §4.2). */
const MODALITY_NAMES: ReadonlyMap<string, Modality> = new Map([
  ["text", "text"],
  ["code", "text"],
  ["image", "image"],
  ["audio", "audio"],
  ["video", "video"],
  ["pdf", "pdf"],
  ["document", "pdf"],
]);

/** Trimmed, lowercased, with `-` and spaces as `_`: the form vocabulary lookups use. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/[-\s]+/g, "_");
}

/** Known modalities of a list (deduplicated, in order), and the unknown names kept verbatim. */
export interface ModalityList {
  readonly known: Modality[];
  readonly unknown: string[];
  /** `embedding` was listed: not a modality, but a hint that the model embeds. */
  readonly embedding: boolean;
}

/** Maps modality names to the canonical vocabulary; unknown names are reported and kept, never dropped. */
export function modalitiesOf(names: readonly string[], path: KeyPath, report: Report): ModalityList {
  const known: Modality[] = [];
  const unknown: string[] = [];
  let embedding = false;
  names.forEach((name, index) => {
    const normalized = normalizeName(name);
    const modality = MODALITY_NAMES.get(normalized);
    if (modality !== undefined) {
      if (!known.includes(modality)) known.push(modality);
    } else if (normalized === "embedding" || normalized === "embeddings") {
      embedding = true;
    } else {
      if (!unknown.includes(name)) unknown.push(name);
      report("warning", "unknown_modality", [...path, index], `Unknown modality "${name}"; kept in extra.unknownModalities`);
    }
  });
  return { known, unknown, embedding };
}
