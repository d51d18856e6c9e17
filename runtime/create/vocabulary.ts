import type { CapabilityName, Modality, Mode } from "../types.js";
import type { KeyPath, Report } from "./catalog-problem.js";

/** Names accepted for each modality, after normalisation. */
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
  return name
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, "_");
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

/** Capability names each source may use, after normalisation, to canonical flags. */
const CAPABILITY_NAMES: ReadonlyMap<string, CapabilityName> = new Map([
  ["function_calling", "tools"],
  ["tools", "tools"],
  ["tool_use", "tools"],
  ["tool_call", "tools"],
  ["tool_calling", "tools"],
  ["tool_choice", "toolChoice"],
  ["parallel_function_calling", "parallelToolCalls"],
  ["parallel_tool_calls", "parallelToolCalls"],
  ["structured_output", "structuredOutput"],
  ["structured_outputs", "structuredOutput"],
  ["json_mode", "jsonMode"],
  ["response_format", "jsonMode"],
  ["reasoning", "reasoning"],
  ["streaming", "streaming"],
  ["attachment", "attachment"],
  ["temperature", "temperature"],
  ["temperature_control", "temperature"],
  ["system_messages", "systemMessages"],
  ["prompt_caching", "promptCaching"],
  ["web_search", "webSearch"],
  ["local_inference", "localInference"],
]);

/** Capability names that are really modalities. */
const MODALITY_CAPABILITIES: ReadonlyMap<string, { side: "input" | "output"; modality: Modality }> = new Map([
  ["vision", { side: "input", modality: "image" }],
  ["pdf_input", { side: "input", modality: "pdf" }],
  ["audio_input", { side: "input", modality: "audio" }],
  ["audio_output", { side: "output", modality: "audio" }],
]);

/** The canonical flag a capability name maps to, if any. */
export function capabilityFlagOf(name: string): CapabilityName | undefined {
  return CAPABILITY_NAMES.get(normalizeName(name));
}

/** The modality a capability name stands for (`vision` → input image), if any. */
export function impliedModalityOf(name: string): { side: "input" | "output"; modality: Modality } | undefined {
  return MODALITY_CAPABILITIES.get(normalizeName(name));
}

/** Flags a capability list sets, the modalities it implies, and the names no vocabulary knows. */
export interface CapabilityList {
  readonly flags: Partial<Record<CapabilityName, boolean>>;
  readonly implied: { input: Modality[]; output: Modality[] };
  readonly unknown: string[];
}

/** Maps capability names to flags: a listed name sets `true`; a name left out states nothing. */
export function capabilitiesOf(names: readonly string[], path: KeyPath, report: Report): CapabilityList {
  const flags: Partial<Record<CapabilityName, boolean>> = {};
  const implied = { input: [] as Modality[], output: [] as Modality[] };
  const unknown: string[] = [];
  names.forEach((name, index) => {
    const normalized = normalizeName(name);
    const flag = CAPABILITY_NAMES.get(normalized);
    const modality = MODALITY_CAPABILITIES.get(normalized);
    if (flag !== undefined) flags[flag] = true;
    else if (modality !== undefined) {
      if (!implied[modality.side].includes(modality.modality)) implied[modality.side].push(modality.modality);
    } else if (!unknown.includes(name)) {
      unknown.push(name);
      report("warning", "unknown_capability", [...path, index], `Unknown capability "${name}"; kept in extra.unknownCapabilities`);
    }
  });
  return { flags, implied, unknown };
}

/** A source mode mapped to the canonical one, with the modalities it implies when no list is given. */
export function modeOf(raw: string): { mode: Mode; defaultModalities?: { input: Modality[]; output: Modality[] } } | undefined {
  switch (normalizeName(raw)) {
    case "chat":
    case "completion":
    case "responses":
    case "embedding":
    case "rerank":
    case "moderation":
      return { mode: normalizeName(raw) as Mode };
    case "image_generation":
      return { mode: "image" };
    case "audio_transcription":
      return { mode: "audio", defaultModalities: { input: ["audio"], output: ["text"] } };
    case "audio_speech":
      return { mode: "audio", defaultModalities: { input: ["text"], output: ["audio"] } };
    default:
      return undefined;
  }
}
