import { isPlainObject, modelPathSegment, withModelId, withoutKeys } from "./request-reader.js";
import { VERTEX_AUTH, VERTEX_PUBLISHERS_URL } from "./google-generate-content.js";
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
      auth: { header: "x-api-key" },
      packages: [{ npm: "@ai-sdk/anthropic", baseUrl: "https://api.anthropic.com/v1" }],
    },
    "google-vertex-anthropic": {
      auth: VERTEX_AUTH,
      packages: [{ npm: "@ai-sdk/google-vertex/anthropic", baseUrl: `${VERTEX_PUBLISHERS_URL}/anthropic` }],
    },
  },
  optIn: [],
  read: (r, req) => {
    const v = r.view;
    r.required(req, "messages", "array");
    r.messages(req, "messages", { image: "image", document: "pdf" }, true);
    if (req.max_tokens === undefined) r.problem("max_tokens", "missing_field", `"max_tokens" is required`);
    r.capture(req, "max_tokens", v.maxTokens);
    r.temperature(req, "temperature", 1);
    for (const key of ["tools", "tool_choice"]) r.present(req, key, v.tools);
    const thinking = req.thinking;
    // Turning thinking off is valid for every model.
    if (thinking !== undefined && !(isPlainObject(thinking) && thinking.type === "disabled")) {
      v.reasoning.push("thinking");
      if (isPlainObject(thinking)) r.capture(thinking, "budget_tokens", v.budget, "thinking.budget_tokens");
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
      return { path: `/models/${modelPathSegment(model)}:${req.stream === true ? "streamRawPredict" : "rawPredict"}`, headers: {}, body };
    }
    return { path: "/messages", headers: { "anthropic-version": "2023-06-01" }, body: withModelId(model, req) };
  },
} as const satisfies WireProtocol<"anthropic-messages">;
