import type { z } from "zod";
import type { Report } from "../validate/schema-primitives.js";

/** A format's schema for one kind of record, and its mapping to canonical fields. */
export interface Mapping<F> {
  readonly schema: z.ZodType;
  /** Takes only values `schema` produced; `mapping()` keeps the two together. */
  readonly fieldsOf: (id: string, value: unknown, report: Report) => F;
}

/** A schema and the mapping of what it accepts, typed together so neither can drift from the other. */
export function mapping<S extends z.ZodType, F>(schema: S, fieldsOf: (id: string, value: z.infer<S>, report: Report) => F): Mapping<F> {
  return { schema, fieldsOf: fieldsOf as Mapping<F>["fieldsOf"] };
}
