import type { Modality } from "../types.js";
import { isPlainObject, joinPath, type PlainObject, type RequestReader, withModelId } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/** Chunk `type`s a message's content may hold; the request types leave `reference` and `file` out. */
const CHUNK_TYPES: ReadonlySet<string> = new Set(["text", "image_url", "document_url", "input_audio", "thinking", "reference", "file"]);
/** Chunk `type`s a system message may hold. */
const SYSTEM_CHUNK_TYPES: ReadonlySet<string> = new Set(["text", "thinking"]);
/** Chunk `type`s that carry an input other than text. */
const MEDIA: Readonly<Record<string, Modality>> = { image_url: "image", input_audio: "audio", document_url: "pdf" };
/** The fields only one role takes, and that role. */
const ROLE_ONLY: readonly (readonly [field: string, role: string])[] = [
  ["tool_calls", "assistant"],
  ["prefix", "assistant"],
  ["tool_call_id", "tool"],
];

/** Reads one message: its role, the fields of other roles, its chunks' types and inputs. */
function readMessage(r: RequestReader, message: PlainObject, path: string): void {
  const role = message.role;
  if (typeof role !== "string") {
    r.problem(joinPath(path, "role"), "missing_field", `A message needs a "role"`);
    return;
  }
  if (!["system", "user", "assistant", "tool"].includes(role)) {
    r.problem(joinPath(path, "role"), "invalid_value", `A message's role is "system", "user", "assistant" or "tool", not ${JSON.stringify(role)}`);
    return;
  }
  for (const [field, owner] of ROLE_ONLY) {
    if (message[field] !== undefined && role !== owner) r.problem(joinPath(path, field), "invalid_value", `Only ${owner} messages take "${field}"`);
  }
  const content = message.content;
  const contentPath = joinPath(path, "content");
  if (content === undefined && role !== "assistant") r.problem(contentPath, "missing_field", `A ${role} message needs "content"`);
  if (typeof content === "string" || content === null || content === undefined) return;
  if (!Array.isArray(content)) {
    r.problem(contentPath, "invalid_type", `Expected a string or an array of chunks`);
    return;
  }
  const types = role === "system" ? SYSTEM_CHUNK_TYPES : CHUNK_TYPES;
  for (const [chunk, chunkPath] of r.objects(content, contentPath)) {
    const type = chunk.type;
    if (typeof type !== "string") r.problem(joinPath(chunkPath, "type"), "missing_field", `A chunk needs a "type"`);
    else if (!types.has(type)) r.problem(joinPath(chunkPath, "type"), "invalid_value", `A ${role} message takes no "${type}" chunk (${[...types].join(", ")})`);
    else if (Object.hasOwn(MEDIA, type)) r.view.inputs.push({ path: chunkPath, modality: MEDIA[type]! });
  }
}

/** Mistral's chat completions: OpenAI's shape with its own chunk types, `prompt_mode` and `reasoning_effort` for reasoning and temperatures up to 1.5. */
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
    "metadata",
    "response_format",
    "tools",
    "tool_choice",
    "parallel_tool_calls",
    "presence_penalty",
    "frequency_penalty",
    "n",
    "prediction",
    "reasoning_effort",
    "prompt_mode",
    "prompt_cache_key",
    "service_tier",
    "safe_prompt",
  ],
  efforts: ["none", "minimal", "low", "medium", "high", "xhigh"],
  dialects: {
    mistral: { packages: [{ npm: "@ai-sdk/mistral", baseUrl: "https://api.mistral.ai/v1" }] },
  },
  optIn: [],
  read: (r, req) => {
    const v = r.view;
    r.required(req, "messages", "array");
    for (const [message, path] of r.objects(req.messages, "messages")) readMessage(r, message, path);
    r.capture(req, "max_tokens", v.maxTokens);
    r.temperature(req, "temperature", 1.5);
    for (const key of ["tools", "tool_choice", "parallel_tool_calls"]) r.present(req, key, v.tools);
    r.capture(req, "reasoning_effort", v.effort);
    r.present(req, "prompt_mode", v.reasoning);
    const format = req.response_format;
    if (isPlainObject(format) && format.type === "json_schema") {
      v.structured.push("response_format");
      const schema = format.json_schema;
      if (!isPlainObject(schema) || schema.schema === undefined) {
        r.problem("response_format.json_schema.schema", "missing_field", `A "json_schema" response format needs json_schema.schema`);
      }
    }
  },
  call: (_protocol, model, req) => ({ headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"mistral-chat">;
