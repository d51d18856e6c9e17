import { isProviderIdShape } from "../spec.js";

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
