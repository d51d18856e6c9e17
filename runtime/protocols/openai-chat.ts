import type { Modality } from "../types.js";
import { isPlainObject, joinPath, type PlainObject, type RequestReader, withModelId } from "./request-reader.js";
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
  for (const [message, path] of r.objects(req.messages, "messages")) {
    if (typeof message.role !== "string") r.problem(joinPath(path, "role"), "missing_field", `A message needs a "role"`);
    // An assistant turn that only called tools has no content; every other message needs it.
    const toolCallsOnly = message.role === "assistant" && message.tool_calls !== undefined;
    if (message.content === undefined && !toolCallsOnly) r.problem(joinPath(path, "content"), "missing_field", `A message needs "content"`);
    r.typedParts(message.content, joinPath(path, "content"), parts);
  }
  r.capture(req, "max_tokens", v.maxTokens);
  r.capture(req, "max_completion_tokens", v.maxTokens);
  r.temperature(req, "temperature", maxTemperature);
  for (const key of ["tools", "tool_choice", "parallel_tool_calls"]) r.present(req, key, v.tools);
  r.capture(req, "reasoning_effort", v.effort);
  r.present(req, "prompt_mode", v.reasoning);
  const format = req.response_format;
  if (isPlainObject(format) && format.type === "json_schema") v.structured.push("response_format");
}

/** The message objects of a request with their paths; `readChatCompletions` reports the other elements. */
function* messagesOf(req: PlainObject): Generator<[PlainObject, string]> {
  if (!Array.isArray(req.messages)) return;
  for (const [i, message] of req.messages.entries()) if (isPlainObject(message)) yield [message, joinPath("messages", i)];
}

/** The part types each chat role other than `user` takes; user messages take the parts the model accepts. */
const CHAT_ROLE_PARTS: Readonly<Record<string, readonly string[]>> = {
  system: ["text"],
  developer: ["text"],
  assistant: ["text", "refusal"],
  tool: ["text"],
};

/**
 * Checks each chat-completions message against its role, as OpenAI and the compatible servers take
 * them: a known role, non-text parts only from the user, tool calls only from the assistant, and a
 * tool result naming the call it answers.
 */
export function readChatRoles(r: RequestReader, req: PlainObject): void {
  for (const [message, path] of messagesOf(req)) {
    const role = message.role;
    if (typeof role !== "string") continue;
    if (role !== "user" && !Object.hasOwn(CHAT_ROLE_PARTS, role)) {
      r.problem(joinPath(path, "role"), "invalid_value", `"${role}" is not a chat role (system, developer, user, assistant, tool)`);
      continue;
    }
    if (role === "tool" && message.tool_call_id === undefined)
      r.problem(joinPath(path, "tool_call_id"), "missing_field", `A tool message needs the "tool_call_id" it answers`);
    if (role !== "assistant" && message.tool_calls !== undefined)
      r.problem(joinPath(path, "tool_calls"), "invalid_value", `Only assistant messages carry "tool_calls"`);
    const allowed = CHAT_ROLE_PARTS[role];
    if (allowed === undefined || !Array.isArray(message.content)) continue;
    for (const [i, part] of message.content.entries()) {
      if (isPlainObject(part) && typeof part.type === "string" && !allowed.includes(part.type)) {
        r.problem(joinPath(joinPath(path, "content"), i), "invalid_value", `A ${role} message takes only ${allowed.join(" or ")} parts, not "${part.type}"`);
      }
    }
  }
}

/**
 * OpenAI's chat completions (`POST /chat/completions`), also spoken by Azure OpenAI, which sends the
 * key in an `api-key` header.
 */
export const openaiChat = {
  api: "openai-chat",
  title: "OpenAI's chat completions",
  fields: [
    ...CHAT_COMPLETIONS_FIELDS,
    "verbosity",
    "logit_bias",
    "store",
    "metadata",
    "service_tier",
    "modalities",
    "audio",
    "prediction",
    "prompt_cache_key",
    "prompt_cache_retention",
    "safety_identifier",
  ],
  efforts: ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
  dialects: {
    "openai-chat": { packages: [{ npm: "@ai-sdk/openai", baseUrl: "https://api.openai.com/v1" }] },
    "azure-openai": {
      packages: [{ npm: "@ai-sdk/azure", baseUrl: "https://${AZURE_RESOURCE_NAME}.openai.azure.com/openai/v1" }],
    },
  },
  optIn: [],
  read: (r, req) => {
    readChatCompletions(r, req);
    readChatRoles(r, req);
  },
  call: (_protocol, model, req) => ({ headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"openai-chat">;
