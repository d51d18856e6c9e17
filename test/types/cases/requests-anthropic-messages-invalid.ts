// Anthropic Messages requests the API refuses: each request line must not compile, with the message
// in requests-anthropic-messages-invalid.expected.txt (checked by anthropic-messages.oracle.test.ts).
import { buildRequest, type AnthropicMessagesRequest } from "../../../runtime/index.js";

const user = { role: "user", content: "Hi" } as const;

// input_schema must be a JSON Schema of type "object"
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [user], tools: [{ name: "f", input_schema: { properties: {} } }] });
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [user], tools: [{ name: "f", input_schema: { type: "string" } }] });
// effort: only the wire's values (a gateway's Claude that states none takes low…max), only a model's stated ones
buildRequest("opencode:claude-haiku-4-5", { max_tokens: 1, messages: [user], output_config: { effort: "minimal" } });
buildRequest("anthropic:claude-opus-4-6", { max_tokens: 1, messages: [user], output_config: { effort: "xhigh" } });
// thinking: a closed union, and only for reasoning models
buildRequest("anthropic:claude-3-5-haiku-20241022", { max_tokens: 1, messages: [user], thinking: { type: "adaptive" } });
buildRequest("anthropic:claude-opus-4-6", { max_tokens: 1, messages: [user], thinking: { type: "enabled" } });
buildRequest("anthropic:claude-opus-4-7", { max_tokens: 1, messages: [user], thinking: { type: "adaptive", budget_tokens: 1024 } });
buildRequest("anthropic:claude-opus-4-7", { max_tokens: 1, messages: [user], thinking: { type: "auto" } });
buildRequest("anthropic:claude-opus-4-7", { max_tokens: 1, messages: [user], thinking: { type: "adaptive", display: "full" } });
// roles: user and assistant only; blocks by role
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "system", content: "Be terse." }] });
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "assistant", content: [{ type: "tool_result", tool_use_id: "t" }] }] });
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "user", content: [{ type: "tool_use", id: "t", name: "f", input: {} }] }] });
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "user", content: [{ type: "thinking", thinking: "", signature: "" }] }] });
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "user", content: [{ type: "redacted_thinking", data: "" }] }] });
// block kinds and their required members
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] }] });
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "assistant", content: [{ type: "redacted_thinking" }] }] });
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "assistant", content: [{ type: "tool_use", id: "t", input: {} }] }] });
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: [{ type: "tool_use", id: "t", name: "f", input: {} }] }] }] });
// an image inside a tool result, for a model without image input
buildRequest("minimax:MiniMax-M2", { max_tokens: 1, messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: [{ type: "image", source: { type: "url", url: "https://x/y.png" } }] }] }] });
// tool_choice: "none" takes no parallel switch, "tool" needs a name
buildRequest("anthropic:claude-sonnet-4-5", { max_tokens: 1, messages: [user], tool_choice: { type: "none", disable_parallel_tool_use: true } });
export const noName: AnthropicMessagesRequest<"anthropic:claude-sonnet-4-5"> = { max_tokens: 1, messages: [user], tool_choice: { type: "tool" } };
