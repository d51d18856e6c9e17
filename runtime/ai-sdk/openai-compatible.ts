/**
 * `llm-catalog/ai-sdk/openai-compatible`: AI SDK providers for every OpenAI-compatible provider of the
 * packaged catalog, built with `@ai-sdk/openai-compatible` from the catalog's base URL and API-key
 * variable. A separate entry, so that projects without that optional peer can still import
 * `llm-catalog/ai-sdk`.
 */
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { getModel, provider as providerRecord, providers as allProviders } from "../../generated/index.js";
import type { ProviderId, ProviderProtocols } from "../../generated/types.js";
import { authFor } from "../protocols/protocol-facts.js";
import { fill } from "../request.js";
import type { Provider } from "../types.js";
import type { SdkProvider } from "./index.js";

/** The catalog's providers that speak OpenAI's chat-completions format (124 in the packaged catalog). */
export type OpenAICompatibleProviderId = { [P in ProviderId]: ProviderProtocols[P] extends "openai-compatible" ? P : never }[ProviderId];

/** Options of `openAICompatibleProviders`. */
export interface OpenAICompatibleOptions {
  /**
   * Values of the providers' variables: API keys (`DEEPSEEK_API_KEY`) and the `${VAR}` parts of base URLs
   * (`CLOUDFLARE_ACCOUNT_ID`). Nothing is read from the process environment: pass `process.env` if that
   * is what you want. A provider whose variables are missing fails when one of its models is created.
   */
  readonly env: { readonly [name: string]: string | undefined };
  /** Base URLs that replace the catalog's, by provider (a proxy, a local server). */
  readonly baseUrls?: { readonly [P in OpenAICompatibleProviderId]?: string };
  /** The `fetch` the SDK uses for every call (the SDK's `fetch` setting): for tests, proxies and logging. */
  readonly fetch?: typeof globalThis.fetch;
}

/** `createOpenAICompatible`'s settings for one provider at one base URL, or why the env cannot give them. */
function settingsFor(owner: Provider, base: string, options: OpenAICompatibleOptions): Parameters<typeof createOpenAICompatible>[0] {
  const missing = new Set<string>();
  const baseURL = fill(base, options.env, missing).replace(/\/+$/, "");
  // The same auth facts buildRequest reads: a server on this machine asks for no key, but takes one if given.
  const auth = authFor(owner.protocol, owner.env, base);
  const key = auth.find((method) => method.kind === "api-key")?.variable;
  const given = key === undefined ? undefined : options.env[key];
  const apiKey = given === "" ? undefined : given;
  if (key !== undefined && apiKey === undefined && auth[0]?.kind !== "none") missing.add(key);
  if (missing.size > 0) {
    throw new Error(`${owner.id}: set ${[...missing].sort().join(", ")} in the env passed to openAICompatibleProviders`);
  }
  return {
    name: owner.id,
    baseURL,
    ...(apiKey === undefined ? {} : { apiKey }),
    // Without it a stream carries no usage, and streamed calls could not be priced.
    includeUsage: true,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  };
}

/**
 * One lazily built SDK provider: the `@ai-sdk/openai-compatible` instance is made on the first model,
 * so a provider whose key is not set costs nothing until it is used, and then fails with a message
 * naming the variable. A model with its own base URL in the catalog gets an instance of its own.
 */
function compatibleProvider(owner: Provider, options: OpenAICompatibleOptions): SdkProvider {
  const instances = new Map<string, ReturnType<typeof createOpenAICompatible>>();
  const defaultBase = options.baseUrls?.[owner.id as OpenAICompatibleProviderId] ?? owner.baseUrl;
  const instanceFor = (modelId: string) => {
    const record = getModel(`${owner.id}:${modelId}`);
    if (record?.protocol !== undefined && record.protocol !== "openai-compatible") {
      throw new Error(
        `${owner.id}:${modelId} is served over ${record.protocol}, not OpenAI's chat completions; build its SDK provider with that protocol's package`,
      );
    }
    const base = (options.baseUrls?.[owner.id as OpenAICompatibleProviderId] === undefined ? record?.baseUrl : undefined) ?? defaultBase;
    if (base === undefined) throw new Error(`${owner.id}: the catalog has no base URL; pass one in baseUrls`);
    let instance = instances.get(base);
    if (instance === undefined) {
      instance = createOpenAICompatible(settingsFor(owner, base, options));
      instances.set(base, instance);
    }
    return instance;
  };
  return {
    specificationVersion: "v3",
    languageModel: (modelId) => instanceFor(modelId).languageModel(modelId),
    embeddingModel: (modelId) => instanceFor(modelId).embeddingModel(modelId),
    imageModel: (modelId) => instanceFor(modelId).imageModel(modelId),
  };
}

/**
 * AI SDK providers for every OpenAI-compatible provider of the catalog, keyed by provider id: base URL
 * and API-key variable from the catalog, values from `options.env`. Spread them into
 * `createCatalogRegistry` next to the providers that have SDK packages of their own.
 * @example
 * const registry = createCatalogRegistry({ openai: createOpenAI(), ...openAICompatibleProviders({ env: process.env }) });
 * await generateText({ model: registry.languageModel("deepseek:deepseek-chat"), prompt: "Hi" });
 */
export function openAICompatibleProviders(options: OpenAICompatibleOptions): { readonly [P in OpenAICompatibleProviderId]: SdkProvider } {
  const result: Record<string, SdkProvider> = {};
  for (const owner of allProviders()) if (owner.protocol === "openai-compatible") result[owner.id] = compatibleProvider(owner, options);
  return result as { readonly [P in OpenAICompatibleProviderId]: SdkProvider };
}

/**
 * The SDK provider of one OpenAI-compatible catalog provider, as `openAICompatibleProviders` builds it.
 * @example createCatalogRegistry({ deepseek: openAICompatibleProvider("deepseek", { env: process.env }) })
 */
export function openAICompatibleProvider(id: OpenAICompatibleProviderId, options: OpenAICompatibleOptions): SdkProvider {
  const owner = providerRecord(id);
  if (owner?.protocol !== "openai-compatible") throw new TypeError(`${JSON.stringify(id)} is not an OpenAI-compatible provider of the catalog`);
  return compatibleProvider(owner, options);
}
