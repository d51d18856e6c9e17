// Each request line is a chat-completions message or field the wire refuses;
// requests-openai-chat-invalid.expected.txt holds the messages.
import { buildRequest } from "../../../runtime/index.js";

const user = { role: "user", content: "Hi" } as const;
const call = { id: "call_1", type: "function", function: { name: "f", arguments: "{}" } } as const;
const image = { type: "image_url", image_url: { url: "https://x/y.png" } } as const;

// roles
buildRequest("openai:gpt-4o", { messages: [{ role: "critic", content: "Hi" }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "user", content: "Hi", tool_calls: [call] }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "tool", content: "42" }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "system", content: [image] }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "developer", content: [{ type: "file", file: { file_id: "file-1" } }] }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "tool", tool_call_id: "call_1", content: [image] }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "assistant", content: [image] }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "user", content: null }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "user", content: [{ type: "refusal", refusal: "no" }] }] });
buildRequest("openai:gpt-4o", { messages: [{ role: "system", content: "Hi", tool_call_id: "call_1" }] });
buildRequest("openai:gpt-4o", { messages: [user, { role: "assistant", name: "bot" }] });
// fields
buildRequest("openai:gpt-4o", { messages: [user], prediction: { type: "content" } });
buildRequest("openai:gpt-4o", { messages: [user], prompt_cache_retention: "1h" });
buildRequest("openai:gpt-4o", { messages: [user], reasoning_effort: "low", prompt_cache_key: "k" });
buildRequest("openai:gpt-5", { messages: [user], reasoning_effort: null });
