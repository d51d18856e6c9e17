import type { Modality } from "../types.js";
import { isPlainObject, joinPath, type PlainObject, type RequestReader, withModelId } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/** Input part `type`s that carry an input other than text, in messages and in function call outputs. */
const RESPONSES_PARTS: Readonly<Record<string, Modality>> = { input_image: "image", input_file: "pdf", input_audio: "audio" };

const MESSAGE_ROLES: readonly string[] = ["user", "assistant", "system", "developer"];

/** The members each input item type the request types model requires; other item types (hosted tools' calls) are left to the API. */
const ITEM_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  function_call: ["call_id", "name", "arguments"],
  function_call_output: ["call_id", "output"],
  reasoning: ["id", "summary"],
  item_reference: ["id"],
};

/** Reads the `input` list: message roles and parts, the members of each item, the parts of function call outputs. */
function readInputItems(r: RequestReader, input: readonly unknown[]): void {
  for (const [item, path] of r.objects(input, "input")) {
    const type = item.type;
    if (type === undefined || type === "message") {
      if (typeof item.role !== "string") r.problem(joinPath(path, "role"), "missing_field", `A message needs a "role"`);
      else if (!MESSAGE_ROLES.includes(item.role)) {
        r.problem(joinPath(path, "role"), "invalid_value", `"${item.role}" is not a message role (${MESSAGE_ROLES.join(", ")})`);
      }
      r.typedParts(item.content, joinPath(path, "content"), RESPONSES_PARTS);
    } else if (typeof type === "string" && Object.hasOwn(ITEM_MEMBERS, type)) {
      for (const key of ITEM_MEMBERS[type]!) {
        if (item[key] === undefined) r.problem(joinPath(path, key), "missing_field", `A ${type} item needs "${key}"`);
      }
      if (type === "function_call_output") r.typedParts(item.output, joinPath(path, "output"), RESPONSES_PARTS);
    }
  }
}

/** Reports function tools without `parameters` or `strict`, which the Responses API requires. */
function readFunctionTools(r: RequestReader, req: PlainObject): void {
  for (const [tool, path] of r.objects(req.tools, "tools")) {
    if (tool.type !== "function") continue;
    for (const key of ["parameters", "strict"]) {
      if (tool[key] === undefined) r.problem(joinPath(path, key), "missing_field", `A function tool needs "${key}"`);
    }
  }
}

/**
 * OpenAI's Responses API (`POST /responses`). Models served over OpenAI's or Azure's chat completions
 * can be sent here too when the caller asks (`buildResponsesRequest`); Azure keeps its `api-key` header.
 */
export const openaiResponses = {
  api: "openai-responses",
  title: "OpenAI's Responses API",
  fields: [
    "model",
    "input",
    "instructions",
    "max_output_tokens",
    "temperature",
    "top_p",
    "stream",
    "tools",
    "tool_choice",
    "parallel_tool_calls",
    "reasoning",
    "text",
    "previous_response_id",
    "store",
    "metadata",
    "user",
    "service_tier",
    "truncation",
    "include",
    "background",
    "top_logprobs",
    "stream_options",
    "prompt_cache_key",
    "prompt_cache_retention",
    "safety_identifier",
  ],
  efforts: ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
  // No package maps here by itself: models.dev marks a model `shape: "responses"` under its package.
  dialects: { "openai-responses": { packages: [] } },
  optIn: ["openai-chat", "azure-openai", "openai-responses"],
  read: (r, req) => {
    const v = r.view;
    const input = req.input;
    if (input === undefined) r.problem("input", "missing_field", `"input" is required`);
    else if (r.expect("input", input, "array-or-string") && Array.isArray(input)) readInputItems(r, input);
    readFunctionTools(r, req);
    r.capture(req, "max_output_tokens", v.maxTokens);
    r.temperature(req, "temperature", 2);
    for (const key of ["tools", "tool_choice", "parallel_tool_calls"]) r.present(req, key, v.tools);
    const reasoning = req.reasoning;
    if (reasoning !== undefined) {
      v.reasoning.push("reasoning");
      if (isPlainObject(reasoning)) r.capture(reasoning, "effort", v.effort, "reasoning.effort");
    }
    const text = req.text;
    if (isPlainObject(text) && isPlainObject(text.format) && text.format.type === "json_schema") v.structured.push("text.format");
  },
  call: (_protocol, model, req) => ({ headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"openai-responses">;
