import { CAPABILITY_NAMES } from "../model-row.js";
import { byCodeUnit } from "../order.js";
import { setOf } from "../select.js";
import { formatSpec, parseSpecWith } from "../spec.js";
import type { Capabilities, Model, ParsedSpec, ResolveError, Result, SpecError } from "../types.js";
import type { CatalogIndex } from "./catalog-index.js";

/** Options of `resolve`. */
export interface ResolveOptions {
  /** Limit bare-id lookups to these providers; ignored for `"provider:model"` input. */
  readonly scope?: string | readonly string[];
}

/** The catalog functions that turn a string into a model. */
export interface ResolveApi {
  model(spec: string): Model;
  providerModel(provider: string, id: string): Model;
  customModel(spec: string): Model;
  getModel(input: string): Model | undefined;
  isModelSpec(input: unknown): boolean;
  parseSpec(input: unknown): Result<ParsedSpec, SpecError>;
  resolve(input: unknown, options?: ResolveOptions): Result<Model, ResolveError>;
}

// A model the catalog does not list may be able to do anything; checks against it must not block.
const PERMISSIVE_CAPABILITIES = Object.freeze(Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, name !== "localInference"])) as unknown as Capabilities);

/**
 * A record for a `"provider:model"` spec the catalog lacks: every capability on, no limits or price.
 * Throws a `TypeError` when `spec` has no provider or no model part, which only untyped code can pass.
 * @example customModelOf("my-gateway:llama-4").capabilities.tools // true
 */
function customModelOf(spec: string): Model {
  const colon = typeof spec === "string" ? spec.indexOf(":") : -1;
  const provider = colon > 0 ? spec.slice(0, colon) : "";
  const id = colon > 0 ? spec.slice(colon + 1) : "";
  if (provider === "" || id === "") throw new TypeError(`customModel expects "provider:model", got ${JSON.stringify(spec)}`);
  return Object.freeze({
    spec: formatSpec(provider, id),
    provider,
    id,
    name: id,
    aliases: Object.freeze([]),
    tags: Object.freeze([]),
    status: "active",
    mode: "chat",
    limits: Object.freeze({}),
    modalities: Object.freeze({
      input: Object.freeze(["text", "image", "audio", "video", "pdf"] as const),
      output: Object.freeze(["text"] as const),
    }),
    capabilities: PERMISSIVE_CAPABILITIES,
  });
}

function notFound(code: ResolveError, message: string): Result<never, ResolveError> {
  return { ok: false, error: { code, message } };
}

/**
 * Spec parsing and model resolution over one index: exact specs first (one `Map.get`), then
 * `"provider:alias"`, then bare ids and aliases across providers.
 * @example createResolveApi(index).resolve("gpt-4o", { scope: "openai" })
 */
export function createResolveApi(index: CatalogIndex): ResolveApi {
  const { bySpec, exactSpec, tableById } = index;

  function parseSpec(input: unknown): Result<ParsedSpec, SpecError> {
    return parseSpecWith(input, index.lookup);
  }

  function resolveBare(id: string, scope: ResolveOptions["scope"]): Result<Model, ResolveError> {
    const scopes = setOf(scope);
    const hits = (index.bareIndex().get(id) ?? []).filter((m) => scopes === undefined || scopes.has(m.provider));
    if (hits.length === 1) return { ok: true, value: hits[0]! };
    if (hits.length === 0) return notFound("not_found", `No model ${JSON.stringify(id)}`);
    const specs = hits.map((m) => m.spec).sort(byCodeUnit);
    return notFound("ambiguous", `${JSON.stringify(id)} is ambiguous: ${specs.join(", ")}`);
  }

  function resolve(input: unknown, options: ResolveOptions = {}): Result<Model, ResolveError> {
    if (typeof input !== "string") return notFound("invalid_format", `Expected a string, got ${typeof input}`);
    const exact = exactSpec(input);
    if (exact) return { ok: true, value: exact };
    if (input.trim() === "") return notFound("not_found", "Empty model name");
    const parsed = parseSpec(input);
    if (parsed.ok) {
      const table = tableById.get(parsed.value.provider)!;
      const hit = table.model(parsed.value.model) ?? table.modelByAlias(parsed.value.model);
      if (hit) return { ok: true, value: hit };
      return notFound("not_found", `No model ${JSON.stringify(parsed.value.model)} for provider '${parsed.value.provider}'`);
    }
    const code = parsed.error.code;
    // Ids may contain ":" (Bedrock "…-v1:0"), so a string whose head is no provider may be a bare id.
    if (code === "invalid_format" || code === "unknown_provider" || code === "bad_provider") {
      const bare = resolveBare(input.trim(), options.scope);
      if (bare.ok || code === "invalid_format") return bare;
    }
    return parsed;
  }

  function model(spec: string): Model {
    const hit = typeof spec === "string" ? exactSpec(spec) : undefined;
    if (hit === undefined) throw new TypeError(`Unknown model spec ${JSON.stringify(spec)}; use getModel() for untrusted input`);
    return hit;
  }

  return {
    model,
    providerModel: (provider, id) => model(formatSpec(provider, id)),
    customModel: (spec) => (typeof spec === "string" ? exactSpec(spec) : undefined) ?? customModelOf(spec),
    getModel: (input) => {
      const hit = bySpec.get(input);
      if (hit !== undefined) return hit;
      const resolved = resolve(input);
      return resolved.ok ? resolved.value : undefined;
    },
    isModelSpec: (input) => typeof input === "string" && exactSpec(input) !== undefined,
    parseSpec,
    resolve,
  };
}
