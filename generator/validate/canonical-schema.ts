import { MODALITIES, MODEL_STATUSES, MODES } from "../../runtime/record-vocabulary.js";
import { date, price, tokens } from "./schema-primitives.js";
import { z } from "./zod.js";

const MODALITY = z.enum(MODALITIES);
const prices = {
  input: price.optional(),
  output: price.optional(),
  cacheRead: price.optional(),
  cacheWrite: price.optional(),
  reasoning: price.optional(),
  inputAudio: price.optional(),
  outputAudio: price.optional(),
};

/**
 * The resolved `Model` record: what every merged record must satisfy before it is emitted. Sources
 * are checked alone; this catches what only their combination can break.
 */
export const canonicalModelSchema = z
  .object({
    spec: z.string(),
    provider: z.string().min(1),
    id: z.string().min(1),
    name: z.string(),
    aliases: z.array(z.string()),
    tags: z.array(z.string()),
    status: z.enum(MODEL_STATUSES),
    deprecationDate: date.optional(),
    releaseDate: date.optional(),
    lastUpdated: date.optional(),
    knowledge: date.optional(),
    mode: z.enum(MODES),
    limits: z.object({ context: tokens.positive().optional(), input: tokens.positive().optional(), output: tokens.positive().optional() }),
    cost: z
      .object({
        ...prices,
        input: price,
        output: price,
        tiers: z.array(z.object({ contextAbove: tokens.positive(), ...prices })).optional(),
      })
      .optional(),
    modalities: z.object({ input: z.array(MODALITY).min(1), output: z.array(MODALITY).min(1) }),
    capabilities: z.record(z.string(), z.boolean()),
    openWeights: z.boolean().optional(),
  })
  .loose();
