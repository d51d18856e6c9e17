// The last step from merged fields to complete records: derived mode, modalities and flags, status
// from the deprecation date, defaults, and keys in a fixed order. `gen` (enrich) and `createCatalog`
// both end here, so a record means the same whichever built it.
import { CAPABILITY_NAMES } from "../model-row.js";
import { byCodeUnit } from "../order.js";
import { baseUrlOfNpm, modelEndpointOf } from "../protocols/protocol-of-npm.js";
import type { CapabilityName, Modality, Mode, Model, Provider } from "../types.js";
import type { KeyPath } from "./catalog-problem.js";
import type { Draft, ModelDraft } from "./drafts.js";
import { setOwn } from "./set-own.js";

/** Modes whose endpoints take sampling parameters and stream by default. */
const TEXT_MODES: ReadonlySet<Mode> = new Set(["chat", "completion", "responses"]);

/**
 * Words in a family or model id that name a non-chat endpoint, tried in order. Sources often leave the
 * mode out and list text output for embedding, rerank and speech models (models.dev's
 * `gemini-embedding-001`), and a chat request to those fails at the provider.
 */
const MODE_WORDS: readonly (readonly [RegExp, Mode])[] = [
  [/embed/, "embedding"],
  [/rerank/, "rerank"],
  [/moderation/, "moderation"],
  [/whisper|transcri|(^|[-_/.@])tts($|[-_/.])|melotts/, "audio"],
  [/(^|[-_/.])(gpt-image|dall-e|imagen)/, "image"],
];

/**
 * The mode of a model no source gave one: from a word of its family or id (embedding, rerank,
 * moderation, speech, image generation), then its sole output modality, else chat.
 */
export function derivedMode(family: string | undefined, id: string, output: readonly Modality[]): Mode {
  for (const name of [family?.toLowerCase() ?? "", id.toLowerCase()]) {
    const found = MODE_WORDS.find(([pattern]) => pattern.test(name));
    if (found !== undefined) return found[1];
  }
  if (output.length === 1 && (output[0] === "image" || output[0] === "video" || output[0] === "audio")) return output[0];
  return "chat";
}

/** `list` plus the implied modalities it lacks, in order. */
function withImplied(list: readonly Modality[], implied: readonly Modality[] | undefined): Modality[] {
  return [...new Set([...list, ...(implied ?? [])])];
}

/** A date for comparison: `YYYY-MM` means the first of the month. */
function dayOf(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** The complete record of one model, keys in canonical order so emitted output is stable. */
export function completeModel(
  provider: string,
  id: string,
  m: ModelDraft,
  asOf: string | undefined,
  warn: (code: "cost_incomplete", path: KeyPath, message: string) => void,
): Model {
  const defaults = m.implied?.defaultModalities ?? { input: ["text" as const], output: ["text" as const] };
  const output = withImplied(m.modalities?.output?.length ? m.modalities.output : defaults.output, m.implied?.output);
  const input = withImplied(m.modalities?.input?.length ? m.modalities.input : defaults.input, m.implied?.input);
  const mode = m.mode ?? m.implied?.modeHint ?? derivedMode(m.family, id, output);
  const given = m.capabilities ?? {};
  const capabilities = {} as Record<CapabilityName, boolean>;
  for (const name of CAPABILITY_NAMES) {
    capabilities[name] = given[name] ?? ((name === "temperature" || name === "streaming") && TEXT_MODES.has(mode));
  }
  let status = m.status ?? "active";
  if (m.deprecationDate !== undefined && asOf !== undefined && dayOf(m.deprecationDate) <= asOf) status = "deprecated";
  let extra = m.extra;
  let cost = m.cost;
  if (cost !== undefined && (cost.input === undefined || cost.output === undefined)) {
    warn("cost_incomplete", ["cost"], "cost lacks input or output after merging; moved to extra.cost");
    extra = { ...extra, cost: { ...(extra?.cost as object), ...cost } };
    cost = undefined;
  }
  const record: Draft<Model> = {
    spec: `${provider}:${id}`,
    provider,
    id,
    name: m.name ?? id,
    family: m.family,
    baseModel: m.baseModel,
    aliases: m.aliases ?? [],
    tags: m.tags ?? [],
    status,
    deprecationDate: m.deprecationDate,
    releaseDate: m.releaseDate,
    lastUpdated: m.lastUpdated,
    knowledge: m.knowledge,
    mode,
    limits: { context: m.limits?.context, input: m.limits?.input, output: m.limits?.output },
    cost: cost && {
      input: cost.input,
      output: cost.output,
      cacheRead: cost.cacheRead,
      cacheWrite: cost.cacheWrite,
      reasoning: cost.reasoning,
      inputAudio: cost.inputAudio,
      outputAudio: cost.outputAudio,
      tiers: cost.tiers,
    },
    modalities: { input, output },
    capabilities,
    reasoningOptions: m.reasoningOptions && withSortedKeys(m.reasoningOptions),
    openWeights: m.openWeights,
    ...modelEndpointOf(extra?.provider),
    extra: extra && Object.keys(extra).length > 0 ? withSortedKeys(extra) : undefined,
  };
  return withoutUndefined(record) as Model;
}

export function completeProvider(id: string, p: Draft<Provider>): Provider {
  return withoutUndefined({
    id,
    name: p.name ?? id,
    protocol: p.protocol ?? "unknown",
    baseUrl: p.baseUrl ?? (typeof p.extra?.npm === "string" ? baseUrlOfNpm(p.extra.npm) : undefined),
    env: p.env ?? [],
    doc: p.doc,
    defaultModel: p.defaultModel,
    extra: p.extra && Object.keys(p.extra).length > 0 ? withSortedKeys(p.extra) : undefined,
  }) as Provider;
}

/**
 * A deep copy with object keys in code-unit order. Free-form values (`extra`, reasoning options) keep
 * their source's key order otherwise, and a minified or reordered snapshot must emit the same bytes.
 */
export function withSortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withSortedKeys) as T;
  if (typeof value !== "object" || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(byCodeUnit)) {
    const v = withSortedKeys((value as Record<string, unknown>)[key]);
    setOwn(result, key, v);
  }
  return result as T;
}

/** A copy without `undefined` members, so records hold only what is known. */
function withoutUndefined<T extends object>(value: T): T {
  const result: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    const inner = typeof v === "object" && v !== null && !Array.isArray(v) && key !== "extra" ? withoutUndefined(v) : v;
    setOwn(result, key, inner);
  }
  return result as T;
}
