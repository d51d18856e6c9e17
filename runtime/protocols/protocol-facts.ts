import type { Protocol, Provider } from "../types.js";

/**
 * One way a provider's calls prove who makes them. `api-key` and `oauth` are a header carrying a secret
 * (`variable` names the variable holding it); `aws-sigv4` is AWS Signature Version 4 over the whole
 * request, computed from the variables it names; `none` is a server that asks for nothing (one on this
 * machine).
 */
export type AuthMethod =
  | {
      readonly kind: "api-key";
      readonly header: "authorization" | "api-key" | "x-api-key" | "x-goog-api-key";
      readonly scheme?: "Bearer";
      readonly variable?: string;
    }
  | { readonly kind: "oauth"; readonly header: "authorization"; readonly scheme: "Bearer"; readonly variable?: string; readonly issuer: string }
  | { readonly kind: "aws-sigv4"; readonly service: string; readonly variables: readonly string[] }
  | { readonly kind: "none" };

/** What a provider's endpoint does: the calls a gateway or agent routes. */
export type EndpointKind = "chat" | "responses" | "embeddings" | "images" | "speech" | "transcriptions" | "rerank" | "models" | "countTokens";

/**
 * One endpoint: its method and path under the provider's base URL (or a whole URL of its own, where the
 * provider serves it elsewhere). `{model}` stands for the model id; `${VAR}` for a variable.
 */
export interface Endpoint {
  readonly method: "GET" | "POST";
  readonly path: string;
  /** The path of the streaming variant, where it is a different URL rather than `stream: true` in the body. */
  readonly streamPath?: string;
}

/** What every provider of one catalog protocol shares: how calls authenticate, and the endpoints it serves. */
export interface ProtocolFacts {
  /** Every way of authenticating, the usual one first; `buildRequest` writes the first that is a header. */
  readonly auth: readonly AuthMethod[];
  readonly endpoints: { readonly [K in EndpointKind]?: Endpoint };
}

const post = (path: string, streamPath?: string): Endpoint => (streamPath === undefined ? { method: "POST", path } : { method: "POST", path, streamPath });
const get = (path: string): Endpoint => ({ method: "GET", path });

const BEARER = { kind: "api-key", header: "authorization", scheme: "Bearer" } as const;
const GOOGLE_OAUTH = {
  kind: "oauth",
  header: "authorization",
  scheme: "Bearer",
  variable: "GOOGLE_VERTEX_ACCESS_TOKEN",
  issuer: "Google Cloud (an access token, as `gcloud auth print-access-token` gives)",
} as const;

/** OpenAI's own API, which Azure OpenAI serves under its v1 path too. */
const OPENAI_ENDPOINTS = {
  chat: post("/chat/completions"),
  responses: post("/responses"),
  embeddings: post("/embeddings"),
  images: post("/images/generations"),
  speech: post("/audio/speech"),
  transcriptions: post("/audio/transcriptions"),
  models: get("/models"),
} as const;

/**
 * The reviewed table: per catalog protocol, how its calls authenticate and which endpoints it serves,
 * from each provider's API reference. Provider facts (`provider(id)`), `buildRequest`'s URL path and
 * auth header, and the CLI's `query --providers` all read it; a provider adds its own base URL,
 * variables and docs from the catalog's data.
 */
export const PROTOCOL_FACTS = {
  "openai-chat": { auth: [BEARER], endpoints: { ...OPENAI_ENDPOINTS, countTokens: post("/responses/input_tokens") } },
  "openai-responses": { auth: [BEARER], endpoints: { ...OPENAI_ENDPOINTS, countTokens: post("/responses/input_tokens") } },
  "openai-compatible": { auth: [BEARER], endpoints: { chat: post("/chat/completions"), models: get("/models") } },
  "azure-openai": {
    auth: [
      { kind: "api-key", header: "api-key" },
      { kind: "oauth", header: "authorization", scheme: "Bearer", issuer: "Microsoft Entra ID (scope https://cognitiveservices.azure.com/.default)" },
    ],
    endpoints: OPENAI_ENDPOINTS,
  },
  "anthropic-messages": {
    auth: [{ kind: "api-key", header: "x-api-key" }],
    endpoints: { chat: post("/messages"), countTokens: post("/messages/count_tokens"), models: get("/models") },
  },
  "google-generative-ai": {
    auth: [{ kind: "api-key", header: "x-goog-api-key" }],
    endpoints: {
      chat: post("/models/{model}:generateContent", "/models/{model}:streamGenerateContent?alt=sse"),
      embeddings: post("/models/{model}:embedContent"),
      images: post("/models/{model}:predict"),
      countTokens: post("/models/{model}:countTokens"),
      models: get("/models"),
    },
  },
  "google-vertex": {
    auth: [GOOGLE_OAUTH],
    endpoints: {
      chat: post("/models/{model}:generateContent", "/models/{model}:streamGenerateContent?alt=sse"),
      embeddings: post("/models/{model}:predict"),
      images: post("/models/{model}:predict"),
      countTokens: post("/models/{model}:countTokens"),
    },
  },
  "google-vertex-anthropic": {
    auth: [GOOGLE_OAUTH],
    endpoints: { chat: post("/models/{model}:rawPredict", "/models/{model}:streamRawPredict"), countTokens: post("/models/count-tokens:rawPredict") },
  },
  "amazon-bedrock": {
    auth: [
      { kind: "aws-sigv4", service: "bedrock", variables: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION"] },
      { ...BEARER, variable: "AWS_BEARER_TOKEN_BEDROCK" },
    ],
    endpoints: {
      chat: post("/model/{model}/converse", "/model/{model}/converse-stream"),
      embeddings: post("/model/{model}/invoke"),
      images: post("/model/{model}/invoke"),
      countTokens: post("/model/{model}/count-tokens"),
      models: get("https://bedrock.${AWS_REGION}.amazonaws.com/foundation-models"),
    },
  },
  mistral: { auth: [BEARER], endpoints: { chat: post("/chat/completions"), embeddings: post("/embeddings"), models: get("/models") } },
  cohere: {
    auth: [BEARER],
    endpoints: {
      chat: post("/chat"),
      embeddings: post("/embed"),
      rerank: post("/rerank"),
      models: get("https://api.cohere.com/v1/models"),
      countTokens: post("https://api.cohere.com/v1/tokenize"),
    },
  },
  unknown: { auth: [], endpoints: {} },
} as const satisfies { readonly [P in Protocol]: ProtocolFacts };

/** What a provider needs to be called: its protocol's facts, resolved against its own URL and variables. */
export interface ProviderFacts {
  /** Every way its calls authenticate, with the variable each reads; `none` first for a server on this machine. */
  readonly auth: readonly AuthMethod[];
  /** The endpoints its protocol serves, by kind; paths are under `baseUrl` unless they are whole URLs. */
  readonly endpoints: ProtocolFacts["endpoints"];
  /** The variable holding its API key, as `buildRequest` reads it; absent when it needs none. */
  readonly apiKeyVariable?: string;
  /** Every variable a call reads: the data's `env` names, the URL's placeholders and the auth's own, sorted. */
  readonly variables: readonly string[];
}

/** A provider record with the facts of how to call it, as `provider(id)` returns it. */
export type ProviderInfo = Provider & ProviderFacts;

/**
 * `ProviderInfo` typed for one provider of a generated catalog: its id, its protocol, and the auth
 * methods and endpoint kinds that protocol has (`none` where `Local` says its server is on this machine).
 */
export type ProviderInfoOf<Id extends string, P extends Protocol, Local extends boolean> = ProviderInfo & {
  readonly id: Id;
  readonly protocol: P;
  readonly auth: Local extends true
    ? readonly [{ readonly kind: "none" }, ...((typeof PROTOCOL_FACTS)[P]["auth"][number] & { readonly variable?: string })[]]
    : readonly ((typeof PROTOCOL_FACTS)[P]["auth"][number] & { readonly variable?: string })[];
  readonly endpoints: (typeof PROTOCOL_FACTS)[P]["endpoints"];
};

/** Whether a base URL is on this machine, where a server asks for no key. */
export function isLocalUrl(url: string | undefined): boolean {
  return url !== undefined && LOOPBACK.test(url);
}

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const LOOPBACK = /^https?:\/\/(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)(?:[:/]|$)/i;

/** The `${VAR}` names in a text, in order. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** The variable holding the API key: the first `env` name that looks like a key and is not in the URL. */
function keyVariable(env: readonly string[], url: string): string | undefined {
  const free = env.filter((name) => !url.includes(`\${${name}}`));
  return free.find((n) => n.includes("API_KEY")) ?? free.find((n) => n.includes("TOKEN")) ?? free.find((n) => n.endsWith("_KEY")) ?? free[0];
}

/**
 * How calls over `protocol` to `url` authenticate for a provider with these `env` names: the table's
 * methods with the key variable filled in. A server on this machine asks for nothing, so `none` comes
 * first there, the protocol's methods after it for a server set up with a key. `buildRequest` and
 * `provider(id)` both ask this, so the header a request carries is the one the facts state.
 */
export function authFor(protocol: Protocol, env: readonly string[], url: string): readonly AuthMethod[] {
  const methods = (PROTOCOL_FACTS[protocol].auth as readonly AuthMethod[]).map((method) => {
    if (method.kind !== "api-key" || method.variable !== undefined) return method;
    const variable = keyVariable(env, url);
    return variable === undefined ? method : { ...method, variable };
  });
  return isLocalUrl(url) ? [{ kind: "none" }, ...methods] : methods;
}

const FACTS = new WeakMap<Provider, ProviderInfo>();

/** The provider record with the facts of how to call it; one object per record, built on first use. */
export function providerInfoOf(provider: Provider): ProviderInfo {
  let info = FACTS.get(provider);
  if (info !== undefined) return info;
  const url = provider.baseUrl ?? "";
  const auth = authFor(provider.protocol, provider.env, url);
  const apiKey = auth.find((m) => m.kind === "api-key")?.variable;
  const own = auth.flatMap((m) => (m.kind === "aws-sigv4" ? m.variables : "variable" in m && m.variable !== undefined ? [m.variable] : []));
  const variables = [...new Set([...provider.env, ...placeholdersOf(url), ...own])].sort();
  info = Object.freeze({
    ...provider,
    auth,
    endpoints: PROTOCOL_FACTS[provider.protocol].endpoints,
    ...(apiKey === undefined ? {} : { apiKeyVariable: apiKey }),
    variables: Object.freeze(variables),
  });
  FACTS.set(provider, info);
  return info;
}
