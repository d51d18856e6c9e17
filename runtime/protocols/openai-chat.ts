import type { Modality } from "../types.js";
import { isPlainObject, type PlainObject, type RequestReader, withModelId } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/** The chat-completions fields every OpenAI-style server takes. */
export const CHAT_COMPLETIONS_FIELDS = [
  "model",
  "messages",
  "max_tokens",
  "max_completion_tokens",
  "temperature",
  "top_p",
  "n",
  "stop",
  "stream",
  "stream_options",
  "tools",
  "tool_choice",
  "parallel_tool_calls",
  "response_format",
  "reasoning_effort",
  "seed",
  "presence_penalty",
  "frequency_penalty",
  "logprobs",
  "top_logprobs",
  "user",
] as const;

/** Content part `type`s that carry an input other than text. */
const CHAT_PARTS: Readonly<Record<string, Modality>> = { image_url: "image", input_audio: "audio", file: "pdf", video_url: "video" };

/**
 * Reads a chat-completions request; OpenAI, OpenAI-compatible servers and Mistral differ only in their
 * part types and temperature range.
 */
export function readChatCompletions(r: RequestReader, req: PlainObject, parts: Readonly<Record<string, Modality>> = CHAT_PARTS, maxTemperature = 2): void {
  const v = r.view;
  r.required(req, "messages", "array");
  r.messages(req, "messages", parts, true);
  r.capture(req, "max_tokens", v.maxTokens);
  r.capture(req, "max_completion_tokens", v.maxTokens);
  r.temperature(req, "temperature", maxTemperature);
  for (const key of ["tools", "tool_choice", "parallel_tool_calls"]) r.present(req, key, v.tools);
  r.capture(req, "reasoning_effort", v.effort);
  r.present(req, "prompt_mode", v.reasoning);
  const format = req.response_format;
  if (isPlainObject(format) && format.type === "json_schema") v.structured.push("response_format");
}

/**
 * OpenAI's chat completions (`POST /chat/completions`), also spoken by Azure OpenAI, which sends the
 * key in an `api-key` header.
 */
export const openaiChat = {
  api: "openai-chat",
  title: "OpenAI's chat completions",
  fields: [...CHAT_COMPLETIONS_FIELDS, "verbosity", "logit_bias", "store", "metadata", "service_tier", "modalities", "audio"],
  efforts: ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
  dialects: {
    "openai-chat": { auth: { header: "authorization", scheme: "Bearer" }, packages: [{ npm: "@ai-sdk/openai", baseUrl: "https://api.openai.com/v1" }] },
    "azure-openai": {
      auth: { header: "api-key" },
      packages: [{ npm: "@ai-sdk/azure", baseUrl: "https://${AZURE_RESOURCE_NAME}.openai.azure.com/openai/v1" }],
    },
  },
  optIn: [],
  read: (r, req) => readChatCompletions(r, req),
  call: (_protocol, model, req) => ({ path: "/chat/completions", headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"openai-chat">;
