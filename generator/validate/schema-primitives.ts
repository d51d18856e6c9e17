import { MODEL_STATUSES } from "../../runtime/record-vocabulary.js";
import type { DiagnosticCode } from "../diagnostic-codes.js";
import { describe, type KeyPath, type Severity } from "../diagnostics.js";
import { z } from "./zod.js";

// The pieces every format's schema is built from, so no format's schema depends on another's.

/** Reports a problem at a path relative to the record being validated. */
export type Report = (severity: Severity, code: DiagnosticCode, path: KeyPath, message: string) => void;

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
/** A `YYYY-MM` or `YYYY-MM-DD` string. */
export const date = z.string().regex(DATE, { error: "Expected a date as YYYY-MM or YYYY-MM-DD" });
/** A price in USD per 1M tokens. */
export const price = z.number({ error: "Expected a price in USD per 1M tokens" }).finite().nonnegative({ error: "Price must not be negative" });
/** The message for a value outside a closed list: `Expected "a", "b" or "c"`. */
export function expectedOneOf(values: readonly string[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return `Expected ${quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : (quoted[0] ?? "nothing")}`;
}
/** A model's lifecycle status, one of the runtime's `MODEL_STATUSES`. */
export const modelStatus = z.enum(MODEL_STATUSES, { error: expectedOneOf(MODEL_STATUSES) });
/** A token count. */
export const tokens = z
  .number({ error: "Expected a token count" })
  .int({ error: "Token counts must be whole numbers" })
  .nonnegative({ error: "Token counts must not be negative" });

/** A well-formed date that names no real day (`2025-02-31`), which the data has and we keep. */
export function isImpossibleDate(value: string): boolean {
  const [, y, m, d] = DATE.exec(value) ?? [];
  const month = Number(m);
  if (month < 1 || month > 12) return true;
  if (d === undefined) return false;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return Number(d) < 1 || Number(d) > days;
}

/** A shallow copy without `undefined` members: a patch holds only what its source states. */
export function definedFields<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The value at `path` inside `root`, for messages that name what was found. */
export function valueAt(root: unknown, path: KeyPath): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** `, got <value>` for a message, or nothing when the value is absent. */
export function gotSuffix(value: unknown): string {
  return value === undefined ? " (missing)" : `, got ${describe(value)}`;
}
