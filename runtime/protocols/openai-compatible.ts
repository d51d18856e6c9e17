import { CHAT_COMPLETIONS_FIELDS, readChatCompletions, readChatRoles } from "./openai-chat.js";
import { withModelId } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/**
 * Servers that speak OpenAI's chat-completions format with only its common fields: gateways, inference
 * hosts and local servers. Most AI SDK packages map here; the package name stays in the catalog's `extra.npm`.
 */
export const openaiCompatible = {
  api: "openai-compatible",
  title: "OpenAI-compatible chat completions",
  fields: CHAT_COMPLETIONS_FIELDS,
  efforts: ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
  effortsOpen: true,
  dialects: {
    "openai-compatible": {
      packages: [
        { npm: "@ai-sdk/openai-compatible" },
        // Bedrock's OpenAI-compatible "mantle" endpoint; models.dev always gives its URL with the model.
        { npm: "@ai-sdk/amazon-bedrock/mantle" },
        { npm: "@ai-sdk/cerebras", baseUrl: "https://api.cerebras.ai/v1" },
        { npm: "@ai-sdk/deepinfra", baseUrl: "https://api.deepinfra.com/v1/openai" },
        { npm: "@ai-sdk/groq", baseUrl: "https://api.groq.com/openai/v1" },
        { npm: "@ai-sdk/togetherai", baseUrl: "https://api.together.xyz/v1" },
        { npm: "@ai-sdk/xai", baseUrl: "https://api.x.ai/v1" },
        { npm: "@ai-sdk/perplexity", baseUrl: "https://api.perplexity.ai" },
        { npm: "@ai-sdk/vercel", baseUrl: "https://api.v0.dev/v1" },
        // Vercel's AI Gateway and Cloudflare's AI Gateway both serve OpenAI's chat-completions format.
        { npm: "@ai-sdk/gateway", baseUrl: "https://ai-gateway.vercel.sh/v1" },
        { npm: "ai-gateway-provider", baseUrl: "https://gateway.ai.cloudflare.com/v1/${CLOUDFLARE_ACCOUNT_ID}/${CLOUDFLARE_GATEWAY_ID}/compat" },
        { npm: "@aihubmix/ai-sdk-provider", baseUrl: "https://aihubmix.com/v1" },
        { npm: "@openrouter/ai-sdk-provider", baseUrl: "https://openrouter.ai/api/v1" },
        { npm: "venice-ai-sdk-provider", baseUrl: "https://api.venice.ai/api/v1" },
      ],
    },
  },
  optIn: [],
  read: (r, req) => {
    readChatCompletions(r, req);
    readChatRoles(r, req);
  },
  call: (_protocol, model, req) => ({ headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"openai-compatible">;
