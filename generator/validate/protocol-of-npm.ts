import type { Protocol } from "../../runtime/types.js";

/**
 * The wire protocol behind each AI SDK package that models.dev names in `npm`. Packages whose API
 * is OpenAI's chat-completions format map to `openai-compatible`; the package name stays in
 * `extra.npm`. A package missing here gives `"unknown"` and a warning rather than a guess.
 */
const PROTOCOL_OF_NPM: ReadonlyMap<string, Protocol> = new Map([
  ["@ai-sdk/openai", "openai-chat"],
  ["@ai-sdk/openai-compatible", "openai-compatible"],
  ["@ai-sdk/anthropic", "anthropic-messages"],
  ["@ai-sdk/google", "google-generative-ai"],
  ["@ai-sdk/google-vertex", "google-vertex"],
  ["@ai-sdk/google-vertex/anthropic", "google-vertex-anthropic"],
  ["@ai-sdk/amazon-bedrock", "amazon-bedrock"],
  ["@ai-sdk/azure", "azure-openai"],
  ["@ai-sdk/mistral", "mistral"],
  ["@ai-sdk/cohere", "cohere"],
  ["@ai-sdk/cerebras", "openai-compatible"],
  ["@ai-sdk/deepinfra", "openai-compatible"],
  ["@ai-sdk/groq", "openai-compatible"],
  ["@ai-sdk/togetherai", "openai-compatible"],
  ["@ai-sdk/xai", "openai-compatible"],
  ["@ai-sdk/perplexity", "openai-compatible"],
  ["@ai-sdk/vercel", "openai-compatible"],
  ["@openrouter/ai-sdk-provider", "openai-compatible"],
  ["venice-ai-sdk-provider", "openai-compatible"],
]);

/** The protocol for a models.dev `npm` value, or `"unknown"`. */
export function protocolOfNpm(npm: string): Protocol {
  return PROTOCOL_OF_NPM.get(npm) ?? "unknown";
}
