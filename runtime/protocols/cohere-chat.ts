import { isPlainObject, withModelId } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/** Cohere's chat API, version 2 (`POST /chat`): OpenAI-like messages, where `content` may be left out. */
export const cohereChat = {
  api: "cohere-chat",
  title: "Cohere's chat API",
  fields: [
    "model",
    "messages",
    "tools",
    "tool_choice",
    "strict_tools",
    "response_format",
    "temperature",
    "max_tokens",
    "p",
    "k",
    "seed",
    "stop_sequences",
    "frequency_penalty",
    "presence_penalty",
    "stream",
    "thinking",
    "documents",
    "safety_mode",
  ],
  efforts: [],
  dialects: {
    cohere: { auth: { header: "authorization", scheme: "Bearer" }, packages: [{ npm: "@ai-sdk/cohere", baseUrl: "https://api.cohere.com/v2" }] },
  },
  optIn: [],
  read: (r, req) => {
    const v = r.view;
    r.required(req, "messages", "array");
    r.messages(req, "messages", { image_url: "image" }, false);
    r.capture(req, "max_tokens", v.maxTokens);
    r.temperature(req, "temperature", 1);
    for (const key of ["tools", "tool_choice", "strict_tools"]) r.present(req, key, v.tools);
    const thinking = req.thinking;
    if (thinking !== undefined && !(isPlainObject(thinking) && thinking.type === "disabled")) {
      v.reasoning.push("thinking");
      if (isPlainObject(thinking)) r.capture(thinking, "token_budget", v.budget, "thinking.token_budget");
    }
    const format = req.response_format;
    if (isPlainObject(format) && format.json_schema !== undefined) v.structured.push("response_format.json_schema");
  },
  call: (_protocol, model, req) => ({ path: "/chat", headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"cohere-chat">;
