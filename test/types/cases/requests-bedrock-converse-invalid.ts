// Each request line is a Converse content block or field the wire refuses;
// requests-bedrock-converse-invalid.expected.txt holds the messages.
import { buildRequest } from "../../../runtime/index.js";

const text = { text: "Hi" } as const;
// A content block with no kind, and one with two.
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [{}] }] });
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [{ text: "Hi", toolUse: { toolUseId: "t", name: "f", input: {} } }] }] });
// A role the wire has not, and a system prompt in messages.
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "system", content: [text] }] });
// A document source of no kind.
buildRequest("amazon-bedrock:anthropic.claude-sonnet-4-6", { messages: [{ role: "user", content: [{ document: { name: "d", source: {} } }] }] });
// A document without its name.
buildRequest("amazon-bedrock:anthropic.claude-sonnet-4-6", { messages: [{ role: "user", content: [{ document: { format: "txt", source: { text: "x" } } }] }] });
// An image in a tool result for a model without image input.
buildRequest("amazon-bedrock:amazon.nova-micro-v1:0", { messages: [{ role: "user", content: [{ toolResult: { toolUseId: "t", content: [{ image: { format: "png", source: { bytes: "" } } }] } }] }] });
// A document in a tool result for a model without PDF input.
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [{ toolResult: { toolUseId: "t", content: [{ document: { name: "d", source: { text: "x" } } }] } }] }] });
// Audio for a model without audio input.
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [{ audio: { format: "mp3", source: { s3Location: { uri: "s3://b/a.mp3" } } } }] }] });
// A service tier, latency and cache TTL the wire has not.
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [text] }], serviceTier: { type: "fast" } });
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [text] }], performanceConfig: { latency: "fast" } });
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [text, { cachePoint: { type: "default", ttl: "1d" } }] }] });
// A guardrail without its version; request metadata that is not text.
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [text] }], guardrailConfig: { guardrailIdentifier: "g" } });
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [text] }], requestMetadata: { n: 1 } });
// An effort the model does not take, and an effort for a model that takes none.
buildRequest("amazon-bedrock:anthropic.claude-sonnet-4-6", { messages: [{ role: "user", content: [text] }], outputConfig: { effort: "xhigh" } });
buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", { messages: [{ role: "user", content: [text] }], outputConfig: { effort: "low" } });
// Reasoning content that is neither text nor redacted.
buildRequest("amazon-bedrock:anthropic.claude-sonnet-4-6", { messages: [{ role: "assistant", content: [{ reasoningContent: {} }] }] });
