import { PROTOCOLS } from "../../../runtime/record-vocabulary.js";
import { modelsDevProviderSchema, sparseModelsDevModelSchema } from "../models-dev-json/models-dev-schema.js";
import { date, modelStatus } from "../../validate/schema-primitives.js";
import { z } from "../../validate/zod.js";

/** An overlay provider: models.dev's fields, all optional, plus `default_model`, `protocol` and `base_url` (= `api`). */
export const overlayProviderSchema = modelsDevProviderSchema.partial().extend({
  default_model: z.string().min(1).optional(),
  protocol: z.enum(PROTOCOLS, { error: `Expected one of ${PROTOCOLS.join(", ")}` }).optional(),
  base_url: z.string().optional(),
});

/** An overlay model: models.dev's fields, all optional, plus the product's own additions. */
// Nested tables are sparse too: `cost: { input: 2 }` changes one price.
export const overlayModelSchema = sparseModelsDevModelSchema.extend({
  aliases: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  mode: z.string().optional(),
  status: modelStatus.optional(),
  active: z.boolean().optional(),
  deprecation_date: date.optional(),
  capabilities: z.union([z.array(z.string()), z.record(z.string(), z.boolean())]).optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
});
