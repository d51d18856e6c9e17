import { readChatCompletions } from "./openai-chat.js";
import { withModelId } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/** Mistral's chat completions: OpenAI's shape with its own chunk types, `prompt_mode` for reasoning and temperatures up to 1.5. */
export const mistralChat = {
  api: "mistral-chat",
  title: "Mistral's chat completions",
  fields: [
    "model",
    "messages",
    "temperature",
    "top_p",
    "max_tokens",
    "stream",
    "stop",
    "random_seed",
    "response_format",
    "tools",
    "tool_choice",
    "parallel_tool_calls",
    "presence_penalty",
    "frequency_penalty",
    "n",
    "safe_prompt",
    "prompt_mode",
  ],
  efforts: ["none", "minimal", "low", "medium", "high", "xhigh"],
  dialects: {
    mistral: { auth: { header: "authorization", scheme: "Bearer" }, packages: [{ npm: "@ai-sdk/mistral", baseUrl: "https://api.mistral.ai/v1" }] },
  },
  optIn: [],
  read: (r, req) => readChatCompletions(r, req, { image_url: "image", input_audio: "audio", document_url: "pdf" }, 1.5),
  call: (_protocol, model, req) => ({ path: "/chat/completions", headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"mistral-chat">;
