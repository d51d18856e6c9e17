// Each request line is a misuse the compiler must reject; requests-invalid.expected.txt holds the
// messages, and each names the feature and the model.
import {
  buildRequest,
  buildResponsesRequest,
  type AnthropicMessagesRequest,
  type GoogleGenerateContentRequest,
  type OpenAIChatRequest,
} from "../../../runtime/index.js";

const user = { role: "user", content: "Hi" } as const;
const tool = { type: "function", function: { name: "f", parameters: { type: "object" } } } as const;
const schema = { type: "object" } as const;

// openai-chat
buildRequest("openai:gpt-3.5-turbo", { messages: [user], tools: [tool] });
buildRequest("openai:gpt-3.5-turbo", { messages: [user], tool_choice: "auto" });
buildRequest("openai:gpt-5", { messages: [user], temperature: 0.2 });
buildRequest("openai:gpt-4.1", { messages: [user], reasoning_effort: "high" });
buildRequest("openai:gpt-5", { messages: [user], reasoning_effort: "max" });
buildRequest("openai:gpt-3.5-turbo", { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] }] });
buildRequest("openai:gpt-5", { messages: [{ role: "user", content: [{ type: "file", file: { file_data: "JVBERi0=" } }] }] });
buildRequest("openai:gpt-4.1", { messages: [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "", format: "wav" } }] }] });
buildRequest("openai:gpt-3.5-turbo", { messages: [user], response_format: { type: "json_schema", json_schema: { name: "x", schema } } });
buildRequest("openai:gpt-4.1", { messages: [user], max_tokens: "many" });
buildRequest("openai:gpt-4.1", { messages: [user], reasoning: { effort: "low" } });
buildRequest("openai:gpt-4.1", { model: "openai:gpt-4o", messages: [user] });
buildRequest("azure:codestral-2501", { messages: [user], reasoning_effort: "low" });
export const wrongProtocol: OpenAIChatRequest<"anthropic:claude-sonnet-4-5"> = { messages: [user] };
// openai-responses
buildResponsesRequest("openai:gpt-4.1", { input: "Hi", reasoning: { effort: "low" } });
buildResponsesRequest("openai:gpt-5", { input: "Hi", temperature: 1 });
buildResponsesRequest("openai:gpt-3.5-turbo", { input: [{ role: "user", content: [{ type: "input_image", image_url: "https://x/y.png" }] }] });
buildResponsesRequest("openai:gpt-3.5-turbo", { input: "Hi", text: { format: { type: "json_schema", name: "x", schema } } });
buildResponsesRequest("anthropic:claude-fable-5", { input: "Hi" });
// openai-compatible
buildRequest("groq:groq/compound", { messages: [user], tools: [tool] });
buildRequest("groq:meta-llama/llama-prompt-guard-2-22m", { messages: [user], temperature: 0 });
buildRequest("groq:openai/gpt-oss-120b", { messages: [user], reasoning_effort: "minimal" });
buildRequest("deepseek:deepseek-chat", { messages: [user], reasoning_effort: "high" });
buildRequest("groq:openai/gpt-oss-120b", { messages: [{ role: "user", content: [{ type: "video_url", video_url: { url: "https://x/v.mp4" } }] }] });
buildRequest("deepseek:deepseek-chat", { messages: [user], response_format: { type: "json_schema", json_schema: { name: "x", schema } } });
// anthropic-messages (Anthropic, Vertex AI, Azure)
buildRequest("anthropic:claude-3-5-haiku-20241022", { max_tokens: 1, messages: [user], thinking: { type: "enabled", budget_tokens: 1024 } });
buildRequest("anthropic:claude-fable-5", { max_tokens: 1, messages: [user], temperature: 0.5 });
buildRequest("anthropic:claude-3-5-haiku-20241022", { max_tokens: 1, messages: [user], output_config: { format: { type: "json_schema", schema } } });
buildRequest("azure:claude-haiku-4-5", { max_tokens: 1, messages: [user], output_config: { effort: "high" } });
buildRequest("google-vertex-anthropic:claude-opus-4-5@20251101", { max_tokens: 1, messages: [user], output_config: { effort: "max" } });
buildRequest("anthropic:claude-fable-5", { messages: [user] });
export const noTools: AnthropicMessagesRequest<"anthropic:claude-fable-5"> = { max_tokens: 1, messages: [user], tools: [{ name: "f", input_schema: schema }], tool_choice: { type: "tool" } };
// google generateContent (Gemini API, Vertex AI)
buildRequest("google:gemini-2.5-flash-image", { contents: [{ parts: [{ inlineData: { mimeType: "audio/mp3", data: "" } }] }] });
buildRequest("google:gemini-2.5-flash-image", { contents: [{ parts: [{ text: "Hi" }] }], tools: [{ functionDeclarations: [] }] });
buildRequest("google:gemini-2.0-flash", { contents: [{ parts: [{ text: "Hi" }] }], generationConfig: { thinkingConfig: { thinkingBudget: 1024 } } });
buildRequest("google:gemini-3-flash-preview", { contents: [{ parts: [{ text: "Hi" }] }], generationConfig: { thinkingConfig: { thinkingLevel: "max" } } });
buildRequest("google:gemini-2.5-flash-image", { contents: [{ parts: [{ text: "Hi" }] }], generationConfig: { responseSchema: schema } });
buildRequest("google-vertex:gemini-2.5-pro", { contents: [{ parts: [{ text: "Hi" }] }], generationConfig: { responseJsonSchema: schema } });
buildRequest("google-vertex:gemini-2.5-pro", { contents: [{ parts: [{ text: "Hi" }] }], generationConfig: { thinkingConfig: { thinkingLevel: "low" } } });
export const vertex: GoogleGenerateContentRequest<"google-vertex:claude-opus-4-7@default"> = { contents: [] };
// bedrock converse
buildRequest("amazon-bedrock:amazon.nova-micro-v1:0", { messages: [{ role: "user", content: [{ image: { format: "png", source: { bytes: "" } } }] }] });
buildRequest("amazon-bedrock:google.gemma-3-12b-it", { messages: [{ role: "user", content: [{ text: "Hi" }] }], toolConfig: { tools: [] } });
buildRequest("amazon-bedrock:anthropic.claude-opus-4-7", { messages: [{ role: "user", content: [{ text: "Hi" }] }], inferenceConfig: { temperature: 1 } });
buildRequest("amazon-bedrock:amazon.nova-micro-v1:0", { messages: [{ role: "user", content: [{ text: "Hi" }] }], additionalModelRequestFields: { thinking: { type: "enabled" } } });
buildRequest("amazon-bedrock:amazon.nova-2-lite-v1:0", { messages: [{ role: "user", content: [{ text: "Hi" }] }], outputConfig: { textFormat: { type: "json_schema", structure: { jsonSchema: { schema: "{}" } } } } });
// mistral
buildRequest("mistral:codestral-latest", { messages: [user], prompt_mode: "reasoning" });
buildRequest("mistral:codestral-latest", { messages: [{ role: "user", content: [{ type: "image_url", image_url: "https://x/y.png" }] }] });
buildRequest("mistral:codestral-latest", { messages: [user], response_format: { type: "json_schema", json_schema: { name: "x", schema } } });
// cohere
buildRequest("cohere:c4ai-aya-expanse-32b", { messages: [user], tools: [tool] });
buildRequest("cohere:c4ai-aya-expanse-32b", { messages: [user], thinking: { type: "enabled" } });
buildRequest("cohere:c4ai-aya-expanse-32b", { messages: [user], response_format: { type: "json_object", json_schema: schema } });
buildRequest("cohere:c4ai-aya-expanse-32b", { messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] }] });
// a spec no request format takes (an embedding model, a provider of unknown protocol)
buildRequest("openai:text-embedding-3-small", { messages: [user] });
buildRequest("gitlab:duo-chat-gpt-5-1", { messages: [user] });
