// Each request line is a Mistral message, chunk or field the wire refuses;
// requests-mistral-chat-invalid.expected.txt holds the messages.
import { buildRequest } from "../../../runtime/index.js";

const user = { role: "user", content: "Hi" } as const;
const schema = { type: "object" } as const;
// A JSON schema format without its schema.
buildRequest("mistral:mistral-medium-2604", { messages: [user], response_format: { type: "json_schema", json_schema: { name: "x" } } });
// An effort the model does not take, and an effort for a model that does not reason.
buildRequest("mistral:mistral-small-latest", { messages: [user], reasoning_effort: "low" });
buildRequest("mistral:codestral-latest", { messages: [user], reasoning_effort: "high" });
// A role the wire has not.
buildRequest("mistral:mistral-small-latest", { messages: [{ role: "developer", content: "Hi" }] });
// Tool calls on a user message, a prefix on a user message, a tool_call_id on an assistant message.
buildRequest("mistral:mistral-small-latest", { messages: [{ role: "user", content: "Hi", tool_calls: [] }] });
buildRequest("mistral:mistral-small-latest", { messages: [{ role: "user", content: "Hi", prefix: true }] });
buildRequest("mistral:mistral-small-latest", { messages: [{ role: "assistant", content: "Hi", tool_call_id: "c1" }] });
// A system message with an image chunk, and with no content.
buildRequest("mistral:mistral-small-latest", { messages: [{ role: "system", content: [{ type: "image_url", image_url: "https://x/y.png" }] }] });
buildRequest("mistral:mistral-small-latest", { messages: [{ role: "system", content: null }] });
// A chunk kind the wire has not.
buildRequest("mistral:mistral-small-latest", { messages: [{ role: "user", content: [{ type: "picture", picture: "x" }] }] });
// A tool choice and a tool without parameters.
buildRequest("mistral:mistral-small-latest", { messages: [user], tool_choice: "function" });
buildRequest("mistral:mistral-small-latest", { messages: [user], tools: [{ type: "function", function: { name: "f" } }] });
// A prediction of another type, a service tier the wire has not.
buildRequest("mistral:mistral-small-latest", { messages: [user], prediction: { type: "text", content: "x" } });
buildRequest("mistral:mistral-small-latest", { messages: [user], service_tier: "flex" });
// A prompt mode other than reasoning.
buildRequest("mistral:magistral-medium-latest", { messages: [user], prompt_mode: "fast", tools: [{ type: "function", function: { name: "f", parameters: schema } }] });
