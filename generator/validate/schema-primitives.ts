import { MODEL_STATUSES } from "../../runtime/record-vocabulary.js";
import type { DiagnosticCode } from "../diagnostic-codes.js";
import { DATE, expectedOneOf } from "../../runtime/create/record-primitives.js";
import type { KeyPath, Severity } from "../diagnostics.js";
import { z } from "./zod.js";

// The pieces every format's schema is built from, so no format's schema depends on another's. The
// plain helpers (dates, messages) live in the runtime, whose own checker of catalog data shares them.
export { definedFields, expectedOneOf, gotSuffix, isImpossibleDate, valueAt } from "../../runtime/create/record-primitives.js";

/** Reports a problem at a path relative to the record being validated. */
export type Report = (severity: Severity, code: DiagnosticCode, path: KeyPath, message: string) => void;

/** A `YYYY-MM` or `YYYY-MM-DD` string. */
export const date = z.string().regex(DATE, { error: "Expected a date as YYYY-MM or YYYY-MM-DD" });
/** A price in USD per 1M tokens. */
export const price = z.number({ error: "Expected a price in USD per 1M tokens" }).finite().nonnegative({ error: "Price must not be negative" });
/** A model's lifecycle status, one of the runtime's `MODEL_STATUSES`. */
export const modelStatus = z.enum(MODEL_STATUSES, { error: expectedOneOf(MODEL_STATUSES) });
/** A token count. */
export const tokens = z
  .number({ error: "Expected a token count" })
  .int({ error: "Token counts must be whole numbers" })
  .nonnegative({ error: "Token counts must not be negative" });
