import type { ParsedSpec, Result, SpecError } from "./types.js";

const PROVIDER_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Whether `id` has the shape of a provider id: 1–64 characters of `[A-Za-z0-9._-]`. */
export function isProviderIdShape(id: string): boolean {
  return PROVIDER_ID.test(id);
}

/** The key two provider ids share when they differ only by case or `-`/`_`. */
export function foldProviderId(id: string): string {
  return id.toLowerCase().replaceAll("_", "-");
}

/** Resolves a provider id written by a person to the catalog's canonical id, if exactly one matches. */
export interface ProviderLookup {
  exact(id: string): boolean;
  /** Canonical ids whose folded key equals `folded`. */
  folded(folded: string): readonly string[];
}

function fail(code: SpecError, message: string): Result<never, SpecError> {
  return { ok: false, error: { code, message } };
}

/**
 * Splits `"provider:model"` at the first colon and resolves the provider. The model
 * part is not checked; later colons belong to it.
 * @example parseSpecWith("amazon-bedrock:anthropic.claude-v2:1", lookup) // { ok: true, value: { provider: "amazon-bedrock", model: "anthropic.claude-v2:1" } }
 */
export function parseSpecWith(input: unknown, providers: ProviderLookup): Result<ParsedSpec, SpecError> {
  if (typeof input !== "string") return fail("invalid_format", `Expected a "provider:model" string, got ${typeof input}`);
  const colon = input.indexOf(":");
  if (colon < 0) return fail("invalid_format", `Expected "provider:model", got ${JSON.stringify(input)}`);
  const provider = input.slice(0, colon).trim();
  const model = input.slice(colon + 1).trim();
  if (provider === "" || model === "") {
    return fail("empty_segment", `Both provider and model must be non-empty in ${JSON.stringify(input)}`);
  }
  if (!isProviderIdShape(provider)) {
    return fail("bad_provider", `Provider ${JSON.stringify(provider)} must be 1-64 characters of A-Z a-z 0-9 . _ -`);
  }
  if (providers.exact(provider)) return { ok: true, value: { provider, model } };
  const matches = providers.folded(foldProviderId(provider));
  if (matches.length === 1) return { ok: true, value: { provider: matches[0]!, model } };
  return fail("unknown_provider", `Unknown provider ${JSON.stringify(provider)}`);
}

/** Joins a provider id and a model id into a spec. */
export function formatSpec(provider: string, model: string): string {
  return `${provider}:${model}`;
}
