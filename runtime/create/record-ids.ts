import { isProviderIdShape } from "../spec.js";
import type { KeyPath } from "./catalog-problem.js";
import { unsafeKeyPath } from "./unsafe-key-path.js";

// Ids are opaque, but empty ids, padding and control characters cannot be a real model's name.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a model id is unusable, or `undefined` when it is fine. */
export function modelIdProblem(id: string): string | undefined {
  if (id === "") return "A model id must not be empty";
  if (id.trim() !== id) return `Model id ${JSON.stringify(id)} has leading or trailing whitespace`;
  if (CONTROL.test(id)) return `Model id ${JSON.stringify(id)} contains control characters`;
  return undefined;
}

/** Why a provider id is unusable, or `undefined`. */
export function providerIdProblem(id: string): string | undefined {
  if (id.includes(":")) return `Provider id ${JSON.stringify(id)} contains ":", which separates provider and model in a spec`;
  if (!isProviderIdShape(id)) return `Provider id ${JSON.stringify(id)} must be 1-64 characters of A-Z a-z 0-9 . _ -`;
  return undefined;
}

/** Why a record cannot be checked against its schema at all, found before it is. */
export interface IdentityProblem {
  readonly code: "provider_id_invalid" | "unsafe_key" | "model_id_invalid";
  readonly path: KeyPath;
  readonly message: string;
}

/**
 * The first of the checks `gen` and `createCatalog` make before a record's schema: its provider id,
 * a `__proto__` field, its model id. `"skip"` for a model of a provider whose id is bad: that is
 * reported once, on the provider record. `undefined` when the record can be checked.
 */
export function identityProblem(record: {
  readonly kind: "provider" | "model";
  readonly provider: string;
  readonly id?: string;
  readonly value: unknown;
}): IdentityProblem | "skip" | undefined {
  const providerProblem = providerIdProblem(record.provider);
  if (providerProblem !== undefined) return record.kind === "provider" ? { code: "provider_id_invalid", path: [], message: providerProblem } : "skip";
  const unsafe = unsafeKeyPath(record.value);
  if (unsafe !== undefined) {
    return { code: "unsafe_key", path: unsafe, message: 'A field named "__proto__" cannot be kept exactly (JavaScript treats it as the prototype); rename it' };
  }
  const idProblem = record.kind === "model" ? modelIdProblem(record.id!) : undefined;
  return idProblem === undefined ? undefined : { code: "model_id_invalid", path: [], message: idProblem };
}
