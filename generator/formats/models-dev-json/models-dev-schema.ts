import type { z as Z } from "zod";
import { setOwn } from "../../set-own.js";
import { z } from "../../validate/zod.js";
import type { Cost, CostTier, Model, Provider, ReasoningOption } from "../../../runtime/types.js";
import { date, definedFields, expectedOneOf, isImpossibleDate, modelStatus, price, tokens, type Report } from "../../validate/schema-primitives.js";
import type { Draft, ModelDraft } from "../../stage-types.js";
import { modalitiesOf } from "../../validate/vocabulary.js";
import { protocolOfNpm } from "../../validate/protocol-of-npm.js";

const PRICE_KEYS = {
  input: "input",
  output: "output",
  cache_read: "cacheRead",
  cache_write: "cacheWrite",
  reasoning: "reasoning",
  input_audio: "inputAudio",
  output_audio: "outputAudio",
} as const satisfies Record<string, keyof CostTier>;

const optionalPrices = {
  cache_read: price.optional(),
  cache_write: price.optional(),
  reasoning: price.optional(),
  input_audio: price.optional(),
  output_audio: price.optional(),
};
const tierSchema = z
  .object({
    tier: z.object({
      // Upstream's schema defaults an absent type to "context"; newer TOML files leave it out.
      type: z.literal("context", { error: 'Only "context" tiers are known' }).optional(),
      size: tokens.positive({ error: "A tier size must be positive" }),
    }),
    input: price.optional(),
    output: price.optional(),
    ...optionalPrices,
  })
  .loose();
/** models.dev `cost`: prices per 1M tokens, tiers, and the legacy `context_over_200k`. */
const costSchema = z
  .object({
    input: price,
    output: price,
    ...optionalPrices,
    tiers: z.array(tierSchema).optional(),
    context_over_200k: z
      .object({ input: price.optional(), output: price.optional(), ...optionalPrices })
      .loose()
      .optional(),
  })
  .loose();

// The runtime's ReasoningOption is a union of shapes, not a tuple; `satisfies` keeps this list inside it.
const REASONING_OPTION_TYPES = ["toggle", "effort", "budget_tokens"] as const satisfies readonly ReasoningOption["type"][];
const reasoningOptionSchema = z
  .object({
    type: z.enum(REASONING_OPTION_TYPES, { error: expectedOneOf(REASONING_OPTION_TYPES) }),
    values: z.array(z.string().nullable()).optional(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  })
  .loose()
  .refine((o) => o.type !== "effort" || o.values !== undefined, { error: "An effort option lists its values", path: ["values"] });

/** models.dev provider, as authored (api.json and provider.toml). */
export const modelsDevProviderSchema = z
  .object({
    id: z.string().optional(),
    name: z.string().min(1, { error: "A provider needs a name" }),
    env: z.array(z.string()),
    npm: z.string(),
    api: z.string().optional(),
    doc: z.string().optional(),
  })
  .loose();

/** models.dev model, as authored. */
export const modelsDevModelSchema = z
  .object({
    id: z.string().optional(),
    name: z.string(),
    family: z.string().optional(),
    attachment: z.boolean(),
    reasoning: z.boolean(),
    tool_call: z.boolean(),
    structured_output: z.boolean().optional(),
    temperature: z.boolean().optional(),
    knowledge: date.optional(),
    release_date: date,
    last_updated: date,
    modalities: z.object({ input: z.array(z.string()), output: z.array(z.string()) }),
    open_weights: z.boolean(),
    cost: costSchema.optional(),
    limit: z.object({ context: tokens, input: tokens.optional(), output: tokens }),
    status: modelStatus.optional(),
    reasoning_options: z.array(reasoningOptionSchema).optional(),
    interleaved: z.unknown().optional(),
    experimental: z.unknown().optional(),
    provider: z.unknown().optional(),
    /** TOML tree only: the lab model this one inherits from, kept as `baseModel`. */
    base_model: z.string().optional(),
  })
  .loose();

/** Keys a models.dev provider may have. */
export const PROVIDER_KEYS: ReadonlySet<string> = new Set(["id", "name", "env", "npm", "api", "doc", "models"]);
/** Keys a models.dev model may have. */
export const MODEL_KEYS: ReadonlySet<string> = new Set(Object.keys(modelsDevModelSchema.shape));
/** Source fields we keep verbatim under `extra` without a warning. */
const MODEL_EXTRA_KEYS = new Set(["interleaved", "experimental", "provider"]);
const COST_KEYS = new Set([...Object.keys(PRICE_KEYS), "tiers", "context_over_200k"]);

function unknownKeys(value: object, known: ReadonlySet<string>): string[] {
  return Object.keys(value).filter((key) => !known.has(key));
}

function pricesOf(source: Record<string, unknown>): Draft<CostTier> {
  const prices: Draft<CostTier> = {};
  for (const [from, to] of Object.entries(PRICE_KEYS)) {
    const value = source[from];
    if (typeof value === "number") prices[to] = value;
  }
  return prices;
}

function samePrices(a: Draft<CostTier>, b: Draft<CostTier>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k as keyof CostTier] === b[k as keyof CostTier]);
}

function costOf(cost: Partial<Z.infer<typeof costSchema>>, report: Report, extra: Record<string, unknown>): Draft<Cost> {
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

/** A models.dev model where every field, and every field of its tables, may be absent (overlays). */
export const sparseModelsDevModelSchema = modelsDevModelSchema.partial().extend({
  cost: costSchema.partial().optional(),
  limit: z.object({ context: tokens.optional(), input: tokens.optional(), output: tokens.optional() }).optional(),
  modalities: z.object({ input: z.array(z.string()).optional(), output: z.array(z.string()).optional() }).optional(),
});

/** What `sparseModelsDevModelSchema` accepts; a full models.dev model is one too. */
export type SparseModelsDevModel = Z.infer<typeof sparseModelsDevModelSchema>;

/** Maps a validated models.dev provider (or a sparse overlay provider) to the canonical shape. */
export function providerFieldsOf(
  id: string,
  value: Partial<Z.infer<typeof modelsDevProviderSchema>>,
  report: Report,
  knownKeys: ReadonlySet<string> = PROVIDER_KEYS,
): Draft<Provider> {
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
export function modelFieldsOf(id: string, value: SparseModelsDevModel, report: Report, knownKeys: ReadonlySet<string> = MODEL_KEYS): ModelDraft {
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
