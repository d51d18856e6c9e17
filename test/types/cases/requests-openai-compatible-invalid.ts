// Each request line is an OpenAI-compatible chat message or field the wire refuses;
// requests-openai-compatible-invalid.expected.txt holds the messages.
import { buildRequest } from "../../../runtime/index.js";

const user = { role: "user", content: "Hi" } as const;
const call = { id: "call_1", type: "function", function: { name: "f", arguments: "{}" } } as const;
const image = { type: "image_url", image_url: { url: "https://x/y.png" } } as const;
const spec = "groq:meta-llama/llama-4-scout-17b-16e-instruct";

buildRequest(spec, { messages: [{ role: "bot", content: "Hi" }] });
buildRequest(spec, { messages: [{ role: "user", content: "Hi", tool_calls: [call] }] });
buildRequest(spec, { messages: [{ role: "tool", content: "42" }] });
buildRequest(spec, { messages: [{ role: "system", content: [image] }] });
buildRequest(spec, { messages: [{ role: "assistant", content: [image], tool_calls: [call] }] });
buildRequest(spec, { messages: [{ role: "user", content: null }] });
buildRequest("302ai:glm-4.5v", { messages: [{ role: "developer", content: [{ type: "video_url", video_url: { url: "https://x/v.mp4" } }] }] });
// OpenAI's own fields are not common to compatible servers
buildRequest(spec, { messages: [user], prompt_cache_key: "k" });
buildRequest(spec, { messages: [user], store: true });
