import { SOURCE_FORMATS } from "../stage-types.js";
import { z } from "../validate/zod.js";

const patterns = z.union([z.record(z.string(), z.array(z.string())), z.array(z.string().regex(/^[^:]+:/, { error: 'Expected "provider:glob"' }))]);

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
