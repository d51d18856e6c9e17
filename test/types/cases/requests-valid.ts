// Valid requests for every wire format: each must compile with no diagnostic.
import {
  buildRequest,
  buildResponsesRequest,
  type AnthropicMessagesRequest,
  type BedrockConverseRequest,
  type CohereChatRequest,
  type GoogleGenerateContentRequest,
  type MistralChatRequest,
  type ModelSpec,
  type OpenAIChatRequest,
  type OpenAICompatibleRequest,
  type OpenAIResponsesRequest,
  type RequestOf,
} from "../../../runtime/index.js";

const user = { role: "user", content: "Hi" } as const;
const schema = { type: "object", properties: { answer: { type: "string" } }, required: ["answer"] } as const;

// OpenAI chat completions: tools, vision, PDF, structured output; effort on a reasoning model.
buildRequest("openai:gpt-4.1", {
  model: "openai:gpt-4.1",
  messages: [
    { role: "system", content: "Be brief." },
    {
      role: "user",
      content: [
        { type: "text", text: "What is this?" },
        { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "low" } },
        { type: "file", file: { filename: "a.pdf", file_data: "data:application/pdf;base64,JVBERi0=" } },
      ],
    },
  ],
  tools: [{ type: "function", function: { name: "lookup", parameters: schema } }],
  tool_choice: "auto",
  temperature: 0.2,
  max_completion_tokens: 1000,
  response_format: { type: "json_schema", json_schema: { name: "answer", schema, strict: true } },
});
buildRequest("openai:gpt-5", { messages: [user], reasoning_effort: "minimal", max_completion_tokens: 128_000 });
export const azure: OpenAIChatRequest<"azure:codestral-2501"> = { messages: [user], tools: [], temperature: 1 };

// OpenAI Responses API, for OpenAI models and for a model served only there.
buildResponsesRequest("openai:gpt-5", {
  input: [{ role: "user", content: [{ type: "input_text", text: "Hi" }, { type: "input_image", image_url: "https://example.com/a.png" }] }],
  reasoning: { effort: "high", summary: "auto" },
  text: { format: { type: "json_schema", name: "answer", schema } },
  tools: [{ type: "function", name: "lookup", parameters: schema, strict: true }],
});
buildRequest("amazon-bedrock:openai.gpt-oss-120b", { input: "Hi", max_output_tokens: 100 });
export const responses: OpenAIResponsesRequest<"openai:gpt-4.1"> = { input: "Hi", temperature: 0.5 };

// OpenAI-compatible: tools and structured output where the model has them; effort values from the data.
buildRequest("groq:openai/gpt-oss-120b", { messages: [user], reasoning_effort: "low", tools: [], response_format: { type: "json_object" } });
buildRequest("deepseek:deepseek-v4-flash", { messages: [user], reasoning_effort: "max" });
export const compatible: OpenAICompatibleRequest<"groq:meta-llama/llama-4-scout-17b-16e-instruct"> = {
  messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "data:image/png;base64,AA==" } }] }],
};

// Anthropic messages: thinking with a budget, documents, tools; effort on a model that has it; Vertex and Azure hosts.
buildRequest("anthropic:claude-3-5-haiku-20241022", {
  max_tokens: 1024,
  system: "Be brief.",
  messages: [
    {
      role: "user",
      content: [
        { type: "image", source: { type: "url", url: "https://example.com/a.png" } },
        { type: "document", source: { type: "base64", media_type: "application/pdf", data: "JVBERi0=" } },
        { type: "text", text: "Summarise" },
      ],
    },
  ],
  tools: [{ name: "lookup", input_schema: { type: "object", properties: { q: { type: "string" } }, required: ["q"] } }],
  tool_choice: { type: "auto" },
  temperature: 0.7,
});
buildRequest("anthropic:claude-fable-5", { max_tokens: 2048, messages: [user], thinking: { type: "enabled", budget_tokens: 1024 }, output_config: { effort: "max" } });
buildRequest("google-vertex-anthropic:claude-opus-4-5@20251101", { max_tokens: 1024, messages: [user], output_config: { effort: "high" } });
buildRequest("azure:claude-haiku-4-5", { max_tokens: 1024, messages: [user], output_config: { format: { type: "json_schema", schema } } });
export const anthropic: AnthropicMessagesRequest<"anthropic:claude-fable-5"> = { max_tokens: 1, messages: [user] };

// Google generateContent: every input modality, tools, thinking level, JSON schema output.
buildRequest("google:gemini-3-flash-preview", {
  contents: [
    {
      role: "user",
      parts: [
        { text: "Describe" },
        { inlineData: { mimeType: "image/png", data: "AA==" } },
        { inlineData: { mimeType: "audio/mp3", data: "AA==" } },
        { fileData: { mimeType: "video/mp4", fileUri: "gs://b/v.mp4" } },
        { inlineData: { mimeType: "application/pdf", data: "JVBERi0=" } },
      ],
    },
  ],
  tools: [{ functionDeclarations: [{ name: "lookup", parameters: schema }] }],
  generationConfig: { temperature: 1, maxOutputTokens: 1000, responseMimeType: "application/json", responseJsonSchema: schema, thinkingConfig: { thinkingLevel: "low" } },
});
buildRequest("google-vertex:gemini-2.5-pro", { contents: [{ role: "user", parts: [{ text: "Hi" }] }], generationConfig: { thinkingConfig: { thinkingBudget: 1024, includeThoughts: true } } });
export const gemini: GoogleGenerateContentRequest<"google:gemini-2.0-flash"> = { contents: [{ parts: [{ text: "Hi" }] }], stream: true };

// Bedrock Converse: image and video blocks, tools, reasoning switch for a reasoning model.
buildRequest("amazon-bedrock:amazon.nova-2-lite-v1:0", {
  messages: [
    { role: "user", content: [{ text: "What happens?" }, { video: { format: "mp4", source: { s3Location: { uri: "s3://b/v.mp4" } } } }] },
  ],
  inferenceConfig: { maxTokens: 4096, temperature: 0.3 },
  toolConfig: { tools: [{ toolSpec: { name: "lookup", inputSchema: { json: schema } } }], toolChoice: { auto: {} } },
  additionalModelRequestFields: { reasoning_config: { type: "enabled" }, top_k: 50 },
});
buildRequest("amazon-bedrock:anthropic.claude-haiku-4-5-20251001-v1:0", {
  messages: [{ role: "user", content: [{ document: { format: "pdf", name: "a", source: { bytes: "JVBERi0=" } } }] }],
  outputConfig: { textFormat: { type: "json_schema", structure: { jsonSchema: { schema: JSON.stringify(schema) } } } },
});
export const bedrock: BedrockConverseRequest<"amazon-bedrock:amazon.nova-micro-v1:0"> = { messages: [{ role: "user", content: [{ text: "Hi" }] }] };

// Mistral: reasoning prompt mode on a reasoning model, images on a vision model.
buildRequest("mistral:mistral-medium-2604", {
  messages: [{ role: "user", content: [{ type: "text", text: "Hi" }, { type: "image_url", image_url: "https://example.com/a.png" }] }],
  prompt_mode: "reasoning",
  response_format: { type: "json_schema", json_schema: { name: "a", schema } },
  tool_choice: "any",
  tools: [],
});
export const mistral: MistralChatRequest<"mistral:codestral-latest"> = { messages: [user], random_seed: 1 };

// Cohere: thinking with a budget, images, JSON schema output.
buildRequest("cohere:command-a-plus-05-2026", {
  messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://example.com/a.png" } }] }],
  thinking: { type: "enabled", token_budget: 2000 },
  response_format: { type: "json_object", json_schema: schema },
  tools: [],
});
export const cohere: CohereChatRequest<"cohere:c4ai-aya-expanse-32b"> = { messages: [user], response_format: { type: "json_object" } };

// A union of specs of one protocol stays permissive where its members differ; the whole ModelSpec does too.
declare const either: "openai:gpt-3.5-turbo" | "openai:gpt-4.1";
buildRequest(either, { messages: [user], tools: [], temperature: 1 });
export const loose: RequestOf<"openai:gpt-3.5-turbo" | "anthropic:claude-fable-5"> = { messages: [user], anything: 1 };
declare const any: Extract<ModelSpec, `openai:${string}`>;
export const permissive: OpenAIResponsesRequest<Extract<typeof any, "openai:gpt-5" | "openai:gpt-3.5-turbo">> = { input: "x", reasoning: {} };
