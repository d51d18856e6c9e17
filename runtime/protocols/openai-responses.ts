import { isPlainObject, joinPath, withModelId } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

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
  ],
  efforts: ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
  // No package maps here by itself: models.dev marks a model `shape: "responses"` under its package.
  dialects: { "openai-responses": { auth: { header: "authorization", scheme: "Bearer" }, packages: [] } },
  optIn: ["openai-chat", "azure-openai", "openai-responses"],
  read: (r, req) => {
    const v = r.view;
    const input = req.input;
    if (input === undefined) r.problem("input", "missing_field", `"input" is required`);
    else if (r.expect("input", input, "array-or-string") && Array.isArray(input)) {
      for (const [item, path] of r.objects(input, "input")) {
        if (item.type === undefined || item.type === "message") {
          if (typeof item.role !== "string") r.problem(joinPath(path, "role"), "missing_field", `A message needs a "role"`);
          r.typedParts(item.content, joinPath(path, "content"), { input_image: "image", input_file: "pdf", input_audio: "audio" });
        }
      }
    }
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
  call: (_protocol, model, req) => ({ path: "/responses", headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"openai-responses">;
