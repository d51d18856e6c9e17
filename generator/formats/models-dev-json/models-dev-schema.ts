import { z } from "../../validate/zod.js";
import type { ReasoningOption } from "../../../runtime/types.js";
import { date, expectedOneOf, modelStatus, price, tokens } from "../../validate/schema-primitives.js";

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

/** A models.dev model where every field, and every field of its tables, may be absent (overlays). */
export const sparseModelsDevModelSchema = modelsDevModelSchema.partial().extend({
  cost: costSchema.partial().optional(),
  limit: z.object({ context: tokens.optional(), input: tokens.optional(), output: tokens.optional() }).optional(),
  modalities: z.object({ input: z.array(z.string()).optional(), output: z.array(z.string()).optional() }).optional(),
});
