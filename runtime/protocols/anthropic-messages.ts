import type { Modality } from "../types.js";
import { isPlainObject, joinPath, type PlainObject, type RequestReader, withModelId, withoutKeys } from "./request-reader.js";
import { VERTEX_PUBLISHERS_URL } from "./google-generate-content.js";
import type { WireCall, WireProtocol } from "./wire-protocol.js";

/**
 * Anthropic's Messages API (`POST /messages` with an `x-api-key` and a version header). Vertex AI serves
 * the same body at the model's `rawPredict` URL, with the version in the body and an OAuth token.
 */
export const anthropicMessages = {
  api: "anthropic-messages",
  title: "Anthropic's Messages API",
  fields: [
    "model",
    "messages",
    "max_tokens",
    "system",
    "temperature",
    "top_p",
    "top_k",
    "stop_sequences",
    "stream",
    "tools",
    "tool_choice",
    "thinking",
    "output_config",
    "metadata",
    "service_tier",
    "cache_control",
  ],
  efforts: ["low", "medium", "high", "xhigh", "max"],
  dialects: {
    "anthropic-messages": {
      packages: [{ npm: "@ai-sdk/anthropic", baseUrl: "https://api.anthropic.com/v1" }],
    },
    "google-vertex-anthropic": {
      packages: [{ npm: "@ai-sdk/google-vertex/anthropic", baseUrl: `${VERTEX_PUBLISHERS_URL}/anthropic` }],
    },
  },
  optIn: [],
  read: (r, req) => {
    const v = r.view;
    r.required(req, "messages", "array");
    for (const [message, path] of r.objects(req.messages, "messages")) readMessage(r, message, path);
    if (req.max_tokens === undefined) r.problem("max_tokens", "missing_field", `"max_tokens" is required`);
    r.capture(req, "max_tokens", v.maxTokens);
    r.temperature(req, "temperature", 1);
    for (const key of ["tools", "tool_choice"]) r.present(req, key, v.tools);
    for (const [tool, path] of r.objects(req.tools, "tools")) {
      // Server tools (web search, code execution, …) are named by a versioned `type` and take no schema.
      if (tool.type !== undefined && tool.type !== "custom") continue;
      const schema = tool.input_schema;
      if (schema === undefined) r.problem(joinPath(path, "input_schema"), "missing_field", `A tool needs an "input_schema"`);
      else if (r.expect(joinPath(path, "input_schema"), schema, "object") && (schema as PlainObject).type !== "object")
        r.problem(joinPath(path, "input_schema.type"), "invalid_value", `A tool's input_schema must be of type "object"`);
    }
    const choice = req.tool_choice;
    if (choice !== undefined && r.expect("tool_choice", choice, "object")) {
      const { type, name } = choice as PlainObject;
      if (typeof type !== "string" || !TOOL_CHOICES.includes(type))
        r.problem("tool_choice.type", "invalid_value", `tool_choice.type must be one of ${TOOL_CHOICES.join(", ")}`);
      else if (type === "tool" && name === undefined) r.problem("tool_choice.name", "missing_field", `A "tool" choice needs the tool's "name"`);
    }
    const thinking = req.thinking;
    // Turning thinking off is valid for every model.
    if (thinking !== undefined && r.expect("thinking", thinking, "object")) {
      const { type } = thinking as PlainObject;
      if (typeof type !== "string" || !THINKING_TYPES.includes(type))
        r.problem("thinking.type", "invalid_value", `thinking.type must be one of ${THINKING_TYPES.join(", ")}`);
      else if (type !== "disabled") {
        v.reasoning.push("thinking");
        if (type === "enabled" && (thinking as PlainObject).budget_tokens === undefined)
          r.problem("thinking.budget_tokens", "missing_field", `Enabled thinking needs "budget_tokens"`);
        r.capture(thinking as PlainObject, "budget_tokens", v.budget, "thinking.budget_tokens");
      }
    }
    const config = req.output_config;
    if (isPlainObject(config)) {
      r.capture(config, "effort", v.effort, "output_config.effort");
      if (config.format !== undefined) v.structured.push("output_config.format");
    }
  },
  call: (protocol, model, req): WireCall => {
    if (protocol === "google-vertex-anthropic") {
      const body = { anthropic_version: "vertex-2023-10-16", ...withoutKeys(req, ["model"]) };
      return { headers: {}, body };
    }
    return { headers: { "anthropic-version": "2023-06-01" }, body: withModelId(model, req) };
  },
} as const satisfies WireProtocol<"anthropic-messages">;

/** Content blocks that carry an input modality, in a turn or inside a tool result. */
const MODALITIES: Readonly<Record<string, Modality>> = { image: "image", document: "pdf" };

/** The `thinking.type` values: `between_tools` is the API's too, though the request types leave it out. */
const THINKING_TYPES = ["enabled", "adaptive", "disabled", "between_tools"];

const TOOL_CHOICES = ["auto", "any", "tool", "none"];

/**
 * Every content-block kind the API takes in a message, with the members each kind requires. Kinds the
 * request types leave out (server tools' blocks, container uploads) are here too, so they pass unchecked.
 */
const BLOCK_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  text: ["text"],
  image: ["source"],
  document: ["source"],
  search_result: ["source", "title", "content"],
  tool_result: ["tool_use_id"],
  tool_use: ["id", "name", "input"],
  thinking: ["thinking", "signature"],
  redacted_thinking: ["data"],
  server_tool_use: [],
  web_search_tool_result: [],
  web_fetch_tool_result: [],
  code_execution_tool_result: [],
  bash_code_execution_tool_result: [],
  text_editor_code_execution_tool_result: [],
  tool_search_tool_result: [],
  container_upload: [],
};

/** Blocks only the assistant writes, and the one only the user does. */
const ASSISTANT_ONLY = ["tool_use", "thinking", "redacted_thinking"];
const USER_ONLY = ["tool_result"];

/** Blocks a tool result may hold. */
const TOOL_RESULT_PARTS = ["text", "image", "document", "search_result", "tool_reference", "browser_state"];

/** Reads one message: its role, then each block's kind, place and required members. */
function readMessage(r: RequestReader, message: PlainObject, path: string): void {
  const role = message.role;
  if (role === undefined) r.problem(joinPath(path, "role"), "missing_field", `A message needs a "role"`);
  else if (role !== "user" && role !== "assistant") r.problem(joinPath(path, "role"), "invalid_value", `A message's role is "user" or "assistant"`);
  const contentPath = joinPath(path, "content");
  if (message.content === undefined) r.problem(contentPath, "missing_field", `A message needs "content"`);
  r.typedParts(message.content, contentPath, MODALITIES);
  if (!Array.isArray(message.content)) return;
  message.content.forEach((block: unknown, i) => {
    // typedParts has reported blocks that are not objects or have no type.
    if (!isPlainObject(block) || typeof block.type !== "string") return;
    const blockPath = joinPath(contentPath, i);
    const members = Object.hasOwn(BLOCK_MEMBERS, block.type) ? BLOCK_MEMBERS[block.type] : undefined;
    if (members === undefined) {
      r.problem(joinPath(blockPath, "type"), "invalid_value", `"${block.type}" is not a content block of Anthropic's Messages API`);
      return;
    }
    if (role === "user" && ASSISTANT_ONLY.includes(block.type)) r.problem(blockPath, "invalid_value", `A ${block.type} block belongs in an assistant turn`);
    if (role === "assistant" && USER_ONLY.includes(block.type)) r.problem(blockPath, "invalid_value", `A ${block.type} block belongs in a user turn`);
    for (const member of members) {
      if (block[member] === undefined) r.problem(joinPath(blockPath, member), "missing_field", `A ${block.type} block needs "${member}"`);
    }
    if (block.type === "tool_result" && Array.isArray(block.content)) readToolResult(r, block.content, joinPath(blockPath, "content"));
  });
}

/** Reads a tool result's blocks: their kinds, and the images and documents among them as inputs. */
function readToolResult(r: RequestReader, content: unknown[], path: string): void {
  r.typedParts(content, path, MODALITIES);
  content.forEach((part: unknown, i) => {
    if (isPlainObject(part) && typeof part.type === "string" && !TOOL_RESULT_PARTS.includes(part.type))
      r.problem(joinPath(joinPath(path, i), "type"), "invalid_value", `A tool result holds text, image, document or search_result blocks, not "${part.type}"`);
  });
}
