import { isPlainObject, joinPath, type PlainObject, type RequestReader, withModelId } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/** The content kinds each role takes; an assistant message alone may leave out `content`. */
const KINDS_BY_ROLE: Readonly<Record<string, readonly string[]>> = {
  system: ["text"],
  user: ["text", "image_url"],
  assistant: ["text", "thinking"],
  tool: ["text", "document"],
};

/** Checks each message against its role: the role itself, the members it requires, the content kinds it takes. */
function readMessages(r: RequestReader, req: PlainObject): void {
  for (const [message, path] of r.objects(req.messages, "messages")) {
    const role = message.role;
    const kinds = typeof role === "string" && Object.hasOwn(KINDS_BY_ROLE, role) ? KINDS_BY_ROLE[role]! : undefined;
    if (kinds === undefined) {
      const code = role === undefined ? "missing_field" : "invalid_value";
      r.problem(joinPath(path, "role"), code, `A message's "role" is one of ${Object.keys(KINDS_BY_ROLE).join(", ")}`);
      continue;
    }
    if (role !== "assistant" && message.content === undefined) r.problem(joinPath(path, "content"), "missing_field", `A ${role} message needs "content"`);
    if (role === "tool" && typeof message.tool_call_id !== "string") {
      r.problem(joinPath(path, "tool_call_id"), "missing_field", `A tool message needs the "tool_call_id" it answers`);
    }
    const contentPath = joinPath(path, "content");
    r.typedParts(message.content, contentPath, { image_url: "image" });
    if (!Array.isArray(message.content)) continue;
    message.content.forEach((part: unknown, i) => {
      const type = isPlainObject(part) ? part.type : undefined;
      if (typeof type === "string" && !kinds.includes(type)) {
        r.problem(joinPath(joinPath(contentPath, i), "type"), "invalid_value", `A ${role} message takes ${kinds.join(" or ")} content, not "${type}"`);
      }
    });
  }
}

/** Cohere's chat API, version 2 (`POST /chat`): OpenAI-like messages, typed by role; only the assistant's may leave out `content`. */
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
    "citation_options",
    "safety_mode",
    "logprobs",
    "priority",
  ],
  efforts: [],
  dialects: {
    cohere: { packages: [{ npm: "@ai-sdk/cohere", baseUrl: "https://api.cohere.com/v2" }] },
  },
  optIn: [],
  read: (r, req) => {
    const v = r.view;
    r.required(req, "messages", "array");
    readMessages(r, req);
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
  call: (_protocol, model, req) => ({ headers: {}, body: withModelId(model, req) }),
} as const satisfies WireProtocol<"cohere-chat">;
