import { MODALITIES, MODEL_STATUSES } from "../../runtime/record-vocabulary.js";
import { ORDER_BY } from "../../runtime/select.js";
import { SOURCE_FORMATS } from "../stage-types.js";
import { z } from "../validate/zod.js";

const patterns = z.union([z.record(z.string(), z.array(z.string())), z.array(z.string().regex(/^[^:]+:/, { error: 'Expected "provider:glob"' }))]);

const providers = z.union([z.string(), z.array(z.string())]);
const statuses = z.union([z.enum(MODEL_STATUSES), z.array(z.enum(MODEL_STATUSES))]);
// Feature names are checked when the route is resolved, by the same code that checks them at run time.
const features = z.union([z.array(z.string()), z.record(z.string(), z.boolean())]);
const tokens = z.number().int().nonnegative();
const price = z.number().nonnegative();

/** A `select` query as a route takes it; the shape of `SelectQuery`. */
const routeQuery = z.strictObject({
  require: features.optional(),
  forbid: features.optional(),
  capabilities: features.optional(),
  include: z.array(z.enum(["deprecated"])).optional(),
  prefer: z.array(z.string()).optional(),
  provider: providers.optional(),
  scope: providers.optional(),
  orderBy: z.enum(ORDER_BY, { error: `Expected one of ${ORDER_BY.join(", ")}` }).optional(),
  usage: z
    .strictObject({
      input: tokens,
      output: tokens,
      cacheRead: tokens.optional(),
      cacheWrite: tokens.optional(),
      reasoning: tokens.optional(),
      inputAudio: tokens.optional(),
      outputAudio: tokens.optional(),
    })
    .optional(),
  minContext: tokens.optional(),
  minOutput: tokens.optional(),
  maxInputCost: price.optional(),
  maxOutputCost: price.optional(),
  inputModalities: z.array(z.enum(MODALITIES)).optional(),
  outputModalities: z.array(z.enum(MODALITIES)).optional(),
  openWeights: z.boolean().optional(),
  status: statuses.optional(),
  family: z.string().optional(),
});
const routeSpec = z.string().regex(/^[^:]+:.+$/, { error: 'Expected "provider:model"' });
const routeChoice = z.union([routeSpec, routeQuery]);

/** What a `catalog.config.ts` may export, checked before any stage runs. */
export const catalogConfigSchema = z.strictObject({
  sources: z
    .array(
      z.strictObject({
        format: z.enum(SOURCE_FORMATS, { error: `Expected one of ${SOURCE_FORMATS.join(", ")}` }),
        path: z.string().min(1),
        providers: z.record(z.string(), z.string()).optional(),
      }),
    )
    .optional(),
  filters: z.strictObject({ allow: patterns.optional(), deny: patterns.optional() }).optional(),
  prefer: z.array(z.string()).optional(),
  routes: z.record(z.string().min(1), z.union([routeChoice, z.array(routeChoice).min(1)])).optional(),
  defaults: z.record(z.string(), z.string()).optional(),
  out: z.string().min(1).optional(),
  pull: z
    .strictObject({
      url: z.url({ protocol: /^https?$/, error: "Expected an http or https URL" }).optional(),
    })
    .optional(),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Expected YYYY-MM-DD" })
    .optional(),
});
