// How a models.dev record (api.json, a provider.toml or model TOML file, or a sparse overlay record)
// maps to the catalog's own field names. The generator applies it to what its zod schemas accepted,
// `createCatalog` to what the runtime's checker accepted; the input types below are what both accept.
import type { Cost, CostTier, Model, ModelStatus, Provider, ReasoningOption } from "../types.js";
import type { Report } from "./catalog-problem.js";
import type { Draft, ModelDraft } from "./drafts.js";
import { definedFields, isImpossibleDate } from "./record-primitives.js";
import { setOwn } from "./set-own.js";
import { modalitiesOf } from "./vocabulary.js";
import { protocolOfNpm } from "../protocols/protocol-of-npm.js";

/** The prices of a models.dev price table (per 1M tokens), any of them absent in an overlay. */
interface ModelsDevPrices {
  readonly input?: number;
  readonly output?: number;
  readonly cache_read?: number;
  readonly cache_write?: number;
  readonly reasoning?: number;
  readonly input_audio?: number;
  readonly output_audio?: number;
}

/** models.dev `cost`, as checked: prices, context tiers and the legacy `context_over_200k`. */
export interface ModelsDevCostInput extends ModelsDevPrices {
  readonly tiers?: readonly (ModelsDevPrices & { readonly tier: { readonly type?: "context"; readonly size: number } })[];
  readonly context_over_200k?: ModelsDevPrices;
  readonly [key: string]: unknown;
}

/** A models.dev provider as checked (every field optional, for overlays); unknown keys are kept. */
export interface ModelsDevProviderInput {
  readonly id?: string;
  readonly name?: string;
  readonly env?: readonly string[];
  readonly npm?: string;
  readonly api?: string;
  readonly doc?: string;
  readonly [key: string]: unknown;
}

/** A models.dev model as checked (every field optional, for overlays); unknown keys are kept. */
export interface ModelsDevModelInput {
  readonly id?: string;
  readonly name?: string;
  readonly family?: string;
  readonly attachment?: boolean;
  readonly reasoning?: boolean;
  readonly tool_call?: boolean;
  readonly structured_output?: boolean;
  readonly temperature?: boolean;
  readonly knowledge?: string;
  readonly release_date?: string;
  readonly last_updated?: string;
  readonly modalities?: { readonly input?: readonly string[]; readonly output?: readonly string[] };
  readonly open_weights?: boolean;
  readonly cost?: ModelsDevCostInput;
  readonly limit?: { readonly context?: number; readonly input?: number; readonly output?: number };
  readonly status?: ModelStatus;
  readonly reasoning_options?: readonly ReasoningOptionInput[];
  readonly base_model?: string;
  readonly [key: string]: unknown;
}

/** A models.dev reasoning option as checked. */
export interface ReasoningOptionInput {
  readonly type: ReasoningOption["type"];
  readonly values?: readonly (string | null)[];
  readonly min?: number;
  readonly max?: number;
  readonly [key: string]: unknown;
}

const PRICE_KEYS = {
  input: "input",
  output: "output",
  cache_read: "cacheRead",
  cache_write: "cacheWrite",
  reasoning: "reasoning",
  input_audio: "inputAudio",
  output_audio: "outputAudio",
} as const satisfies Record<string, keyof CostTier>;

/** Keys a models.dev provider may have. */
export const PROVIDER_KEYS: ReadonlySet<string> = new Set(["id", "name", "env", "npm", "api", "doc", "models"]);
/** Keys a models.dev model may have. */
export const MODEL_KEYS: ReadonlySet<string> = new Set([
  "id",
  "name",
  "family",
  "attachment",
  "reasoning",
  "tool_call",
  "structured_output",
  "temperature",
  "knowledge",
  "release_date",
  "last_updated",
  "modalities",
  "open_weights",
  "cost",
  "limit",
  "status",
  "reasoning_options",
  "interleaved",
  "experimental",
  "provider",
  "base_model",
]);
/** Source fields we keep verbatim under `extra` without a warning. */
const MODEL_EXTRA_KEYS = new Set(["interleaved", "experimental", "provider"]);
const COST_KEYS = new Set([...Object.keys(PRICE_KEYS), "tiers", "context_over_200k"]);

function unknownKeys(value: object, known: ReadonlySet<string>): string[] {
  return Object.keys(value).filter((key) => !known.has(key));
}

function pricesOf(source: ModelsDevPrices): Draft<CostTier> {
  const prices: Draft<CostTier> = {};
  for (const [from, to] of Object.entries(PRICE_KEYS)) {
    const value = source[from as keyof ModelsDevPrices];
    if (typeof value === "number") prices[to] = value;
  }
  return prices;
}

function samePrices(a: Draft<CostTier>, b: Draft<CostTier>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k as keyof CostTier] === b[k as keyof CostTier]);
}

function costOf(cost: ModelsDevCostInput, report: Report, extra: Record<string, unknown>): Draft<Cost> {
  const result: Draft<Cost> = pricesOf(cost) as Draft<Cost>;
  const tiers: Draft<CostTier>[] = (cost.tiers ?? []).map((t) => ({ contextAbove: t.tier.size, ...pricesOf(t) }));
  const over200k = cost.context_over_200k ? pricesOf(cost.context_over_200k) : undefined;
  if (over200k !== undefined) {
    if (tiers.length === 0) tiers.push({ contextAbove: 200_000, ...over200k });
    else if (!tiers.some((t) => samePrices({ ...t, contextAbove: undefined }, over200k))) {
      // The legacy field says something the tiers do not: keep it rather than lose it.
      extra.cost = { ...(extra.cost as object), context_over_200k: cost.context_over_200k };
      report("warning", "cost_tier_conflict", ["cost", "context_over_200k"], "context_over_200k matches none of cost.tiers; kept in extra.cost");
    }
  }
  if (tiers.length > 0) result.tiers = tiers.sort((a, b) => a.contextAbove! - b.contextAbove!) as CostTier[];
  const unknown = unknownKeys(cost, COST_KEYS);
  for (const key of unknown) {
    extra.cost = { ...(extra.cost as object), [key]: (cost as Record<string, unknown>)[key] };
    report("warning", "unknown_cost_key", ["cost", key], `Unknown cost key "${key}"; kept in extra.cost`);
  }
  return result;
}

/** Maps a validated models.dev provider (or a sparse overlay provider) to the canonical shape. */
export function providerFieldsOf(id: string, value: ModelsDevProviderInput, report: Report, knownKeys: ReadonlySet<string> = PROVIDER_KEYS): Draft<Provider> {
  if (value.id !== undefined && value.id !== id) {
    report("error", "id_mismatch", ["id"], `Provider key "${id}" and its id "${value.id}" differ`);
  }
  const protocol = value.npm === undefined ? undefined : protocolOfNpm(value.npm);
  if (protocol === "unknown") {
    report("warning", "unknown_protocol", ["npm"], `No wire protocol is known for package "${value.npm}"; protocol is "unknown"`);
  }
  const extra: Record<string, unknown> = value.npm === undefined ? {} : { npm: value.npm };
  for (const key of unknownKeys(value, knownKeys)) {
    setOwn(extra, key, (value as Record<string, unknown>)[key]);
    report("warning", "unknown_field", [key], `Unknown provider field "${key}"; kept in extra`);
  }
  return definedFields({
    id,
    name: value.name,
    protocol,
    baseUrl: value.api,
    env: value.env && [...value.env],
    doc: value.doc,
    extra: Object.keys(extra).length === 0 ? undefined : extra,
  });
}

/** Maps a validated models.dev model (or a sparse overlay model) to the canonical shape. */
export function modelFieldsOf(id: string, value: ModelsDevModelInput, report: Report, knownKeys: ReadonlySet<string> = MODEL_KEYS): ModelDraft {
  if (value.id !== undefined && value.id !== id) {
    report("error", "id_mismatch", ["id"], `Model key "${id}" and its id "${value.id}" differ`);
  }
  const extra: Record<string, unknown> = {};
  for (const key of ["knowledge", "release_date", "last_updated"] as const) {
    const v = value[key];
    if (v !== undefined && isImpossibleDate(v)) report("warning", "invalid_date", [key], `${JSON.stringify(v)} is no real date; kept as written`);
  }
  let limits: Draft<Model["limits"]> | undefined;
  if (value.limit !== undefined) {
    limits = {};
    for (const key of ["context", "input", "output"] as const) {
      const v = value.limit[key];
      if (v === 0) report("info", "limit_zero", ["limit", key], `limit.${key} is 0, read as unknown`);
      else if (v !== undefined) limits[key] = v;
    }
    if (limits.output !== undefined && limits.context !== undefined && limits.output > limits.context) {
      report("info", "output_exceeds_context", ["limit", "output"], `limit.output ${limits.output} exceeds limit.context ${limits.context}`);
    }
  }
  const input = value.modalities?.input && modalitiesOf(value.modalities.input, ["modalities", "input"], report);
  const output = value.modalities?.output && modalitiesOf(value.modalities.output, ["modalities", "output"], report);
  if ((input?.unknown.length ?? 0) + (output?.unknown.length ?? 0) > 0) {
    extra.unknownModalities = { input: input?.unknown ?? [], output: output?.unknown ?? [] };
  }
  for (const key of MODEL_EXTRA_KEYS) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) setOwn(extra, key, v);
  }
  for (const key of unknownKeys(value, knownKeys)) {
    setOwn(extra, key, (value as Record<string, unknown>)[key]);
    report("warning", "unknown_field", [key], `Unknown model field "${key}"; kept in extra`);
  }
  const cost = value.cost === undefined ? undefined : costOf(value.cost, report, extra);
  const capabilities = definedFields<Draft<Model["capabilities"]>>({
    tools: value.tool_call,
    reasoning: value.reasoning,
    attachment: value.attachment,
    structuredOutput: value.structured_output,
    temperature: value.temperature,
  });
  return definedFields<ModelDraft>({
    id,
    name: value.name,
    family: value.family,
    baseModel: value.base_model,
    status: value.status,
    releaseDate: value.release_date,
    lastUpdated: value.last_updated,
    knowledge: value.knowledge,
    limits,
    cost,
    modalities: input || output ? definedFields({ input: input?.known, output: output?.known }) : undefined,
    capabilities: Object.keys(capabilities).length === 0 ? undefined : capabilities,
    reasoningOptions: value.reasoning_options as ReasoningOption[] | undefined,
    openWeights: value.open_weights,
    extra: Object.keys(extra).length === 0 ? undefined : extra,
    mode: output?.embedding ? "embedding" : undefined,
  });
}
