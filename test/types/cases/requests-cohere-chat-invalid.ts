// Cohere v2 chat requests the wire refuses: each request line must fail to compile, with the message
// in requests-cohere-chat-invalid.expected.txt.
import { buildRequest } from "../../../runtime/index.js";

const user = { role: "user", content: "Hi" } as const;
const call = { id: "c1", type: "function", function: { name: "f", arguments: "{}" } } as const;

// Each role has its required members: a tool message its tool_call_id and content, user and system messages their content.
buildRequest("cohere:command-a-03-2025", { messages: [user, { role: "assistant", tool_calls: [call] }, { role: "tool", content: "42" }] });
buildRequest("cohere:command-a-03-2025", { messages: [user, { role: "assistant", tool_calls: [call] }, { role: "tool", tool_call_id: "c1" }] });
buildRequest("cohere:command-a-03-2025", { messages: [{ role: "user" }] });
buildRequest("cohere:command-a-03-2025", { messages: [{ role: "system" }, user] });
// Roles are system, user, assistant and tool.
buildRequest("cohere:command-a-03-2025", { messages: [{ role: "developer", content: "Be brief" }, user] });
// Content kinds per role: a system message takes text only; tool calls belong to the assistant.
buildRequest("cohere:command-a-vision-07-2025", { messages: [{ role: "system", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] }, user] });
buildRequest("cohere:command-a-03-2025", { messages: [{ role: "user", content: "Hi", tool_calls: [call] }] });
// Cohere's tool has no strict flag (strict_tools is top-level), and its parameters are required.
buildRequest("cohere:command-a-03-2025", { messages: [user], tools: [{ type: "function", function: { name: "f", parameters: {}, strict: true } }] });
buildRequest("cohere:command-a-03-2025", { messages: [user], tools: [{ type: "function", function: { name: "f" } }] });
// Closed sets: tool choice, citation modes.
buildRequest("cohere:command-a-03-2025", { messages: [user], tool_choice: "auto" });
buildRequest("cohere:command-a-03-2025", { messages: [user], citation_options: { mode: "on" } });
