import { CAPABILITY_NAMES } from "../runtime/model-row.js";
import type { DiagnosticCode } from "./diagnostic-codes.js";
import { foldProviderId } from "../runtime/spec.js";
import type { CapabilityName, Model, Modality, Mode, Provider } from "../runtime/types.js";
import { diagnosticAt, type Diagnostic, type KeyPath } from "./diagnostics.js";
import { NO_ORIGINS } from "./field-origins.js";
import { setOwn } from "./set-own.js";
import { baseUrlOfNpm, modelEndpointOf } from "./validate/protocol-of-npm.js";
import type { Catalog, CatalogProvider, Draft, FieldOrigins, MergedProvider, ModelDraft } from "./stage-types.js";
import { formatKeyPath } from "./format-key-path.js";
import { byCodeUnit } from "../runtime/order.js";

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
function completeModel(
  provider: string,
  id: string,
  m: ModelDraft,
  asOf: string | undefined,
  warn: (code: DiagnosticCode, path: KeyPath, message: string) => void,
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

function completeProvider(id: string, p: Draft<Provider>): Provider {
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

/**
 * Applies defaults and derivations once, after merging, and sorts providers and
 * models by id in code-unit order. `origins` place its diagnostics in the file that set the value.
 */
export function enrichCatalog(
  merged: ReadonlyMap<string, MergedProvider>,
  asOf: string | undefined,
  origins: FieldOrigins = NO_ORIGINS,
): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byFolded = new Map<string, string>();
  const providers: CatalogProvider[] = [];
  for (const providerId of [...merged.keys()].sort(byCodeUnit)) {
    const folded = foldProviderId(providerId);
    const clash = byFolded.get(folded);
    if (clash !== undefined) {
      const message = `Providers "${clash}" and "${providerId}" differ only by case or -/_; join them with a providers map or rename one`;
      diagnostics.push(diagnosticAt(origins.of(providerId, undefined, []), "error", "provider_fold_collision", formatKeyPath([providerId]), message));
    }
    byFolded.set(folded, providerId);
    const entry = merged.get(providerId)!;
    const models = [...entry.models.keys()]
      .sort(byCodeUnit)
      .map((id) =>
        completeModel(providerId, id, entry.models.get(id)!, asOf, (code, path, message) =>
          diagnostics.push(diagnosticAt(origins.of(providerId, id, path), "warning", code, formatKeyPath([providerId, "models", id]), message)),
        ),
      );
    providers.push({ provider: completeProvider(providerId, entry.fields), models });
  }
  return { catalog: { providers }, diagnostics };
}

/** The catalog with the config's default model per provider, which beats any source's. */
export function withConfigDefaults(
  catalog: Catalog,
  defaults: Readonly<Record<string, string>>,
  configFile = "(config)",
): { catalog: Catalog; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const known = new Set(catalog.providers.map((p) => p.provider.id));
  for (const provider of Object.keys(defaults)) {
    if (!known.has(provider)) {
      diagnostics.push({
        file: configFile,
        severity: "warning",
        code: "default_unknown_provider",
        keyPath: formatKeyPath(["defaults", provider]),
        message: `Provider "${provider}" is not in the catalog`,
      });
    }
  }
  const providers = catalog.providers.map((entry) => {
    const id = Object.hasOwn(defaults, entry.provider.id) ? defaults[entry.provider.id] : undefined;
    if (id === undefined) return entry;
    if (!entry.models.some((m) => m.id === id)) {
      diagnostics.push({
        file: configFile,
        severity: "warning",
        code: "default_model_missing",
        keyPath: formatKeyPath(["defaults", entry.provider.id]),
        message: `Default model "${id}" is not a model of ${entry.provider.id}; left as the sources say`,
      });
      return entry;
    }
    return { ...entry, provider: { ...entry.provider, defaultModel: id } };
  });
  return { catalog: { providers }, diagnostics };
}
