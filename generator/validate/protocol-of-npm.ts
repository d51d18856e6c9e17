import type { Protocol } from "../../runtime/types.js";

/** What an AI SDK package tells us about the wire: its protocol and the endpoint it calls by default. */
interface PackageEndpoint {
  readonly protocol: Protocol;
  /** The base URL the package uses when the catalog names none; `${VAR}` placeholders come from `env`. */
  readonly baseUrl?: string;
}

const VERTEX = "https://${GOOGLE_VERTEX_LOCATION}-aiplatform.googleapis.com/v1/projects/${GOOGLE_VERTEX_PROJECT}/locations/${GOOGLE_VERTEX_LOCATION}/publishers";

/**
 * The wire protocol and default endpoint behind each AI SDK package that models.dev names in `npm`.
 * Packages whose API is OpenAI's chat-completions format map to `openai-compatible`; the package name
 * stays in `extra.npm`. A package missing here gives `"unknown"` and a warning rather than a guess.
 * The URLs are the providers' published API roots (facts, used only when the data has no `api`).
 */
const ENDPOINT_OF_NPM: ReadonlyMap<string, PackageEndpoint> = new Map<string, PackageEndpoint>([
  ["@ai-sdk/openai", { protocol: "openai-chat", baseUrl: "https://api.openai.com/v1" }],
  ["@ai-sdk/openai-compatible", { protocol: "openai-compatible" }],
  ["@ai-sdk/anthropic", { protocol: "anthropic-messages", baseUrl: "https://api.anthropic.com/v1" }],
  ["@ai-sdk/google", { protocol: "google-generative-ai", baseUrl: "https://generativelanguage.googleapis.com/v1beta" }],
  ["@ai-sdk/google-vertex", { protocol: "google-vertex", baseUrl: `${VERTEX}/google` }],
  ["@ai-sdk/google-vertex/anthropic", { protocol: "google-vertex-anthropic", baseUrl: `${VERTEX}/anthropic` }],
  ["@ai-sdk/amazon-bedrock", { protocol: "amazon-bedrock", baseUrl: "https://bedrock-runtime.${AWS_REGION}.amazonaws.com" }],
  // Bedrock's OpenAI-compatible "mantle" endpoint; models.dev always gives its URL with the model.
  ["@ai-sdk/amazon-bedrock/mantle", { protocol: "openai-compatible" }],
  ["@ai-sdk/azure", { protocol: "azure-openai", baseUrl: "https://${AZURE_RESOURCE_NAME}.openai.azure.com/openai/v1" }],
  ["@ai-sdk/mistral", { protocol: "mistral", baseUrl: "https://api.mistral.ai/v1" }],
  ["@ai-sdk/cohere", { protocol: "cohere", baseUrl: "https://api.cohere.com/v2" }],
  ["@ai-sdk/cerebras", { protocol: "openai-compatible", baseUrl: "https://api.cerebras.ai/v1" }],
  ["@ai-sdk/deepinfra", { protocol: "openai-compatible", baseUrl: "https://api.deepinfra.com/v1/openai" }],
  ["@ai-sdk/groq", { protocol: "openai-compatible", baseUrl: "https://api.groq.com/openai/v1" }],
  ["@ai-sdk/togetherai", { protocol: "openai-compatible", baseUrl: "https://api.together.xyz/v1" }],
  ["@ai-sdk/xai", { protocol: "openai-compatible", baseUrl: "https://api.x.ai/v1" }],
  ["@ai-sdk/perplexity", { protocol: "openai-compatible", baseUrl: "https://api.perplexity.ai" }],
  ["@ai-sdk/vercel", { protocol: "openai-compatible", baseUrl: "https://api.v0.dev/v1" }],
  // Vercel's AI Gateway and Cloudflare's AI Gateway both serve OpenAI's chat-completions format.
  ["@ai-sdk/gateway", { protocol: "openai-compatible", baseUrl: "https://ai-gateway.vercel.sh/v1" }],
  ["ai-gateway-provider", { protocol: "openai-compatible", baseUrl: "https://gateway.ai.cloudflare.com/v1/${CLOUDFLARE_ACCOUNT_ID}/${CLOUDFLARE_GATEWAY_ID}/compat" }],
  ["@aihubmix/ai-sdk-provider", { protocol: "openai-compatible", baseUrl: "https://aihubmix.com/v1" }],
  ["@openrouter/ai-sdk-provider", { protocol: "openai-compatible", baseUrl: "https://openrouter.ai/api/v1" }],
  ["venice-ai-sdk-provider", { protocol: "openai-compatible", baseUrl: "https://api.venice.ai/api/v1" }],
]);

/** The protocol for a models.dev `npm` value, or `"unknown"`. */
export function protocolOfNpm(npm: string): Protocol {
  return ENDPOINT_OF_NPM.get(npm)?.protocol ?? "unknown";
}

/** The package's default base URL, for providers whose data gives no `api`. */
export function baseUrlOfNpm(npm: string): string | undefined {
  return ENDPOINT_OF_NPM.get(npm)?.baseUrl;
}

/**
 * The endpoint a model-level `provider` table (models.dev: `{ npm, api, shape }`) overrides, or
 * `undefined` when it names no package we know. `shape: "responses"` means OpenAI's Responses API.
 */
export function modelEndpointOf(value: unknown): { protocol: Protocol; baseUrl?: string } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { npm, api, shape } = value as { npm?: unknown; api?: unknown; shape?: unknown };
  if (typeof npm !== "string") return undefined;
  const known = ENDPOINT_OF_NPM.get(npm);
  if (known === undefined) return undefined;
  const protocol: Protocol = shape === "responses" ? "openai-responses" : known.protocol;
  // Without its own `api`, the model is served at the provider's root over the other protocol.
  return typeof api === "string" ? { protocol, baseUrl: api } : { protocol };
}
