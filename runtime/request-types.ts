/**
 * Wire shapes of the request bodies each protocol takes, written from the providers' published API
 * references. They know no model: the generated `requests.ts` gates them per spec (TYPES §6), putting
 * a `NotSupported<Feature, S>` where a model lacks a feature, so the compiler's message names both.
 * Shapes list the fields people send; rarely used fields may be missing and are then a type error,
 * never a silently wrong request.
 */
import type { NotSupported } from "./types.js";

/** A JSON Schema object, as tools and structured output take it. */
export interface JsonSchema {
  readonly [keyword: string]: unknown;
}

/** A JSON object value (tool arguments, metadata). */
export interface JsonObject {
  readonly [key: string]: unknown;
}

// ---------------------------------------------------------------- OpenAI chat completions (+ compatible)

/** Text content of a chat message. */
export interface ChatTextPart {
  readonly type: "text";
  readonly text: string;
}
/** An image by URL or `data:` URL. */
export interface ChatImagePart {
  readonly type: "image_url";
  readonly image_url: { readonly url: string; readonly detail?: "auto" | "low" | "high" };
}
/** Base64 audio. */
export interface ChatAudioPart {
  readonly type: "input_audio";
  readonly input_audio: { readonly data: string; readonly format: "wav" | "mp3" };
}
/** A file, in practice a PDF, as base64 `file_data` or an uploaded `file_id`. */
export interface ChatFilePart {
  readonly type: "file";
  readonly file: { readonly file_data?: string; readonly file_id?: string; readonly filename?: string };
}
/** A video by URL (OpenAI-compatible servers that take video, e.g. vLLM and Qwen endpoints). */
export interface ChatVideoPart {
  readonly type: "video_url";
  readonly video_url: { readonly url: string };
}
/** An image part sent to model `S`, which takes no image input. */
export interface ChatImagePartUnsupported<S extends string> {
  readonly type: "image_url";
  readonly image_url: NotSupported<"image input", S>;
}
/** An audio part sent to model `S`, which takes no audio input. */
export interface ChatAudioPartUnsupported<S extends string> {
  readonly type: "input_audio";
  readonly input_audio: NotSupported<"audio input", S>;
}
/** A file part sent to model `S`, which takes no PDF input. */
export interface ChatFilePartUnsupported<S extends string> {
  readonly type: "file";
  readonly file: NotSupported<"pdf input", S>;
}
/** A video part sent to model `S`, which takes no video input. */
export interface ChatVideoPartUnsupported<S extends string> {
  readonly type: "video_url";
  readonly video_url: NotSupported<"video input", S>;
}
/** A tool call the assistant made, replayed in the conversation. */
export interface ChatToolCall {
  readonly id: string;
  readonly type: "function";
  readonly function: { readonly name: string; readonly arguments: string };
}
/** A refusal the assistant gave, replayed in its content. */
export interface ChatRefusalPart {
  readonly type: "refusal";
  readonly refusal: string;
}
/** Instructions to the model: text only. */
export interface ChatSystemMessage {
  readonly role: "system";
  readonly content: string | ChatTextPart[];
  readonly name?: string;
}
/** Instructions to the model that take precedence over the user's (reasoning models): text only. */
export interface ChatDeveloperMessage {
  readonly role: "developer";
  readonly content: string | ChatTextPart[];
  readonly name?: string;
}
/** A user turn; `Part` is the content-part union the model accepts (images, audio, files where it takes them). */
export interface ChatUserMessage<Part> {
  readonly role: "user";
  readonly content: string | Part[];
  readonly name?: string;
}
/**
 * An assistant turn, replayed: text or refusal content (`null` when it only called tools), its tool
 * calls, and the id of the audio it spoke, which the API keeps for follow-ups.
 */
export interface ChatAssistantMessage {
  readonly role: "assistant";
  readonly content: string | (ChatTextPart | ChatRefusalPart)[] | null;
  readonly refusal?: string;
  readonly name?: string;
  readonly tool_calls?: ChatToolCall[];
  readonly audio?: { readonly id: string };
}
/**
 * An assistant turn that only called tools, replayed without `content`. A member of its own rather
 * than an optional `content`: with `content` on every member, the compiler elaborates a wrong user
 * part against another role's parts instead of naming the model's missing feature.
 */
export interface ChatAssistantToolCallsMessage {
  readonly role: "assistant";
  readonly tool_calls: ChatToolCall[];
  readonly refusal?: string;
  readonly name?: string;
  readonly audio?: { readonly id: string };
}
/** The result of the assistant's tool call `tool_call_id`: text only. */
export interface ChatToolMessage {
  readonly role: "tool";
  readonly tool_call_id: string;
  readonly content: string | ChatTextPart[];
}
/**
 * One chat message, discriminated by `role`: only user messages take non-text parts (`Part`, the union
 * the model accepts), only assistant messages carry tool calls (and need content or tool calls), and
 * tool results name their call.
 */
export type ChatMessage<Part> =
  | ChatSystemMessage
  | ChatDeveloperMessage
  | ChatUserMessage<Part>
  | ChatAssistantMessage
  | ChatAssistantToolCallsMessage
  | ChatToolMessage;
/** Predicted output: text the answer will largely repeat (a file being edited), which makes it faster. */
export interface ChatPrediction {
  readonly type: "content";
  readonly content: string | ChatTextPart[];
}
/** A function the model may call (chat completions, Mistral, Cohere). */
export interface ChatFunctionTool {
  readonly type: "function";
  readonly function: { readonly name: string; readonly description?: string; readonly parameters?: JsonSchema; readonly strict?: boolean };
}
/** Which tool the model must use. */
export type ChatToolChoice = "none" | "auto" | "required" | { readonly type: "function"; readonly function: { readonly name: string } };
/** Output that follows a JSON schema. */
export interface ChatJsonSchemaFormat {
  readonly type: "json_schema";
  readonly json_schema: { readonly name: string; readonly description?: string; readonly schema?: JsonSchema; readonly strict?: boolean };
}
/** A JSON-schema output format asked of model `S`, which has no structured output. */
export interface ChatJsonSchemaFormatUnsupported<S extends string> {
  readonly type: "json_schema";
  readonly json_schema: NotSupported<"structured output", S>;
}
/** Plain text or JSON mode; no schema. */
export type ChatBasicFormat = { readonly type: "text" } | { readonly type: "json_object" };

// ---------------------------------------------------------------- OpenAI Responses

/** Text input of a Responses message. */
export interface ResponsesTextPart {
  readonly type: "input_text";
  readonly text: string;
}
/** An image by URL, `data:` URL or uploaded file id. */
export interface ResponsesImagePart {
  readonly type: "input_image";
  readonly image_url?: string;
  readonly file_id?: string;
  readonly detail?: "auto" | "low" | "high" | "original";
}
/** A file (PDF) by base64 data, URL or uploaded file id. */
export interface ResponsesFilePart {
  readonly type: "input_file";
  readonly file_data?: string;
  readonly file_id?: string;
  readonly file_url?: string;
  readonly filename?: string;
}
/** An image input sent to model `S`, which takes no image input. */
export interface ResponsesImagePartUnsupported<S extends string> {
  readonly type: "input_image";
  readonly image_url: NotSupported<"image input", S>;
}
/** A file input sent to model `S`, which takes no PDF input. */
export interface ResponsesFilePartUnsupported<S extends string> {
  readonly type: "input_file";
  readonly file_data: NotSupported<"pdf input", S>;
}
/** A message item of `input`. */
export interface ResponsesMessage<Part> {
  readonly type?: "message";
  readonly role: "user" | "assistant" | "system" | "developer";
  readonly content: string | Part[];
}
/** Where an output item of an earlier response stood when it was replayed. */
export type ResponsesItemStatus = "in_progress" | "completed" | "incomplete";
/** A function call the model made, replayed; `id` is the output item's, `call_id` pairs it with its output. */
export interface ResponsesFunctionCall {
  readonly type: "function_call";
  readonly call_id: string;
  readonly name: string;
  readonly arguments: string;
  readonly id?: string;
  readonly status?: ResponsesItemStatus;
}
/** The result of a function call: text, or input parts (`Part`: text, and images or files where the model takes them). */
export interface ResponsesFunctionCallOutput<Part> {
  readonly type: "function_call_output";
  readonly call_id: string;
  readonly output: string | Part[];
  readonly id?: string;
  readonly status?: ResponsesItemStatus;
}
/**
 * A reasoning item of an earlier response, replayed so the model keeps its reasoning across tool calls.
 * Without stored responses (`store: false`) it travels as `encrypted_content`, which the response
 * carries when asked with `include: ["reasoning.encrypted_content"]`.
 */
export interface ResponsesReasoningItem {
  readonly type: "reasoning";
  readonly id: string;
  readonly summary: { readonly type: "summary_text"; readonly text: string }[];
  readonly content?: { readonly type: "reasoning_text"; readonly text: string }[];
  readonly encrypted_content?: string;
  readonly status?: ResponsesItemStatus;
}
/** An item of a stored earlier response, by its id. */
export interface ResponsesItemReference {
  readonly type: "item_reference";
  readonly id: string;
}
/** A function the model may call (Responses API: flat, not nested under `function`); the API requires `parameters` and `strict`. */
export interface ResponsesFunctionTool {
  readonly type: "function";
  readonly name: string;
  readonly description?: string;
  readonly parameters: JsonSchema;
  readonly strict: boolean;
}
/** Output data a Responses request may ask to include (`include`). */
export type ResponsesIncludable =
  | "file_search_call.results"
  | "web_search_call.results"
  | "web_search_call.action.sources"
  | "message.input_image.image_url"
  | "computer_call_output.output.image_url"
  | "code_interpreter_call.outputs"
  | "reasoning.encrypted_content"
  | "message.output_text.logprobs";
/** Which tool the model must use. */
export type ResponsesToolChoice = "none" | "auto" | "required" | { readonly type: "function"; readonly name: string };
/** Output that follows a JSON schema (`text.format`). */
export interface ResponsesJsonSchemaFormat {
  readonly type: "json_schema";
  readonly name: string;
  readonly schema: JsonSchema;
  readonly description?: string;
  readonly strict?: boolean;
}
/** A JSON-schema `text.format` asked of model `S`, which has no structured output. */
export interface ResponsesJsonSchemaFormatUnsupported<S extends string> {
  readonly type: "json_schema";
  readonly schema: NotSupported<"structured output", S>;
}

// ---------------------------------------------------------------- Anthropic messages

/** A prompt-caching breakpoint: the request up to this point is cached (5 minutes unless `ttl` says 1 hour). */
export interface AnthropicCacheControl {
  readonly type: "ephemeral";
  readonly ttl?: "5m" | "1h";
}
/** Text content. */
export interface AnthropicTextBlock {
  readonly type: "text";
  readonly text: string;
  readonly cache_control?: AnthropicCacheControl;
}
/** An image, base64 or by URL. */
export interface AnthropicImageBlock {
  readonly type: "image";
  readonly source:
    | { readonly type: "base64"; readonly media_type: "image/jpeg" | "image/png" | "image/gif" | "image/webp"; readonly data: string }
    | { readonly type: "url"; readonly url: string };
  readonly cache_control?: AnthropicCacheControl;
}
/** A PDF document, base64 or by URL. */
export interface AnthropicDocumentBlock {
  readonly type: "document";
  readonly source: { readonly type: "base64"; readonly media_type: "application/pdf"; readonly data: string } | { readonly type: "url"; readonly url: string };
  readonly title?: string;
  readonly context?: string;
  readonly citations?: { readonly enabled?: boolean };
  readonly cache_control?: AnthropicCacheControl;
}
/** An image block sent to model `S`, which takes no image input. */
export interface AnthropicImageBlockUnsupported<S extends string> {
  readonly type: "image";
  readonly source: NotSupported<"image input", S>;
}
/** A document block sent to model `S`, which takes no PDF input. */
export interface AnthropicDocumentBlockUnsupported<S extends string> {
  readonly type: "document";
  readonly source: NotSupported<"pdf input", S>;
}
/** A search result (from the caller's own search) the answer may cite. */
export interface AnthropicSearchResultBlock {
  readonly type: "search_result";
  readonly source: string;
  readonly title: string;
  readonly content: AnthropicTextBlock[];
  readonly citations?: { readonly enabled?: boolean };
  readonly cache_control?: AnthropicCacheControl;
}
/** A tool call the assistant made, replayed. */
export interface AnthropicToolUseBlock {
  readonly type: "tool_use";
  readonly id: string;
  readonly name: string;
  readonly input: JsonObject;
  readonly cache_control?: AnthropicCacheControl;
}
/** The result of a tool call, in a user turn: a string, or blocks of `Part` (text, images, documents, search results). */
export interface AnthropicToolResultBlock<Part> {
  readonly type: "tool_result";
  readonly tool_use_id: string;
  readonly content?: string | Part[];
  readonly is_error?: boolean;
  readonly cache_control?: AnthropicCacheControl;
}
/** A thinking block the assistant produced, replayed with its signature. */
export interface AnthropicThinkingBlock {
  readonly type: "thinking";
  readonly thinking: string;
  readonly signature: string;
}
/** A thinking block the API returned encrypted, replayed as it came. */
export interface AnthropicRedactedThinkingBlock {
  readonly type: "redacted_thinking";
  readonly data: string;
}
/**
 * One message, by role: a user turn of `UserBlock`s (the model's input blocks and tool results), or an
 * assistant turn of `AssistantBlock`s, which alone carry tool calls and thinking.
 */
export type AnthropicMessage<UserBlock, AssistantBlock> =
  | { readonly role: "user"; readonly content: string | UserBlock[] }
  | { readonly role: "assistant"; readonly content: string | AssistantBlock[] };
/** The JSON Schema of a tool's input: always an object. */
export interface AnthropicInputSchema {
  readonly type: "object";
  readonly properties?: JsonObject;
  readonly required?: string[];
  readonly [keyword: string]: unknown;
}
/** A tool the model may call. */
export interface AnthropicTool {
  readonly type?: "custom";
  readonly name: string;
  readonly description?: string;
  readonly input_schema: AnthropicInputSchema;
  readonly cache_control?: AnthropicCacheControl;
}
/** Which tool the model must use; `none` takes no parallel-use switch. */
export type AnthropicToolChoice =
  | { readonly type: "auto" | "any"; readonly disable_parallel_tool_use?: boolean }
  | { readonly type: "tool"; readonly name: string; readonly disable_parallel_tool_use?: boolean }
  | { readonly type: "none" };
/** Thinking for model `S`, which does not reason: it may only be turned off, which every model accepts. */
export interface AnthropicThinkingUnsupported<S extends string> {
  readonly type: "disabled" | NotSupported<"reasoning", S>;
}
/**
 * Extended thinking: `enabled` with a token budget, `adaptive` (the model decides how much; the only
 * mode of some models), or `disabled`. `display: "omitted"` returns thinking blocks with their
 * signature only.
 */
export type AnthropicThinking =
  | { readonly type: "enabled"; readonly budget_tokens: number; readonly display?: "summarized" | "omitted" }
  | { readonly type: "adaptive"; readonly display?: "summarized" | "omitted" }
  | { readonly type: "disabled" };
/** Structured output (`output_config.format`). */
export interface AnthropicJsonSchemaFormat {
  readonly type: "json_schema";
  readonly schema: JsonSchema;
}

// ---------------------------------------------------------------- Google generateContent (Gemini API, Vertex AI)

/** Image types Gemini takes inline. */
export type GoogleImageMime = "image/png" | "image/jpeg" | "image/webp" | "image/heic" | "image/heif";
/** Audio types Gemini takes inline. */
export type GoogleAudioMime = "audio/wav" | "audio/mp3" | "audio/mpeg" | "audio/aiff" | "audio/aac" | "audio/ogg" | "audio/flac";
/** Video types Gemini takes inline. */
export type GoogleVideoMime = "video/mp4" | "video/mpeg" | "video/mov" | "video/avi" | "video/x-flv" | "video/mpg" | "video/webm" | "video/wmv" | "video/3gpp";
/** Text types every model takes inline. */
export type GoogleTextMime = "text/plain" | "text/html" | "text/csv" | "text/markdown";
/** Inline bytes (base64) or a file URI; `Mime` is the set of types the model accepts. */
export interface GoogleBlob<Mime> {
  readonly mimeType: Mime;
  readonly data: string;
}
/** A file already uploaded (Files API or Cloud Storage). */
export interface GoogleFileData<Mime> {
  readonly mimeType: Mime;
  readonly fileUri: string;
}
/** A function call the model made, replayed. */
export interface GoogleFunctionCall {
  readonly name: string;
  readonly args?: JsonObject;
  readonly id?: string;
}
/** The result of a function call, sent back under the function's name (and the call's `id`, where it had one). */
export interface GoogleFunctionResponse {
  readonly name: string;
  readonly response: JsonObject;
  readonly id?: string;
}
/** One part of a content: set exactly one of the data fields. */
export interface GooglePart<Mime> {
  readonly text?: string;
  readonly inlineData?: GoogleBlob<Mime>;
  readonly fileData?: GoogleFileData<Mime>;
  readonly functionCall?: GoogleFunctionCall;
  readonly functionResponse?: GoogleFunctionResponse;
  readonly thought?: boolean;
  /** A thinking model's signature on the part; replay it with the part, or the API refuses a replayed function call. */
  readonly thoughtSignature?: string;
}
/** One turn of the conversation. */
export interface GoogleContent<Mime> {
  readonly role?: "user" | "model";
  readonly parts: GooglePart<Mime>[];
}
/** A declared function; its parameters as an OpenAPI-style `parameters` or as plain JSON Schema. */
export interface GoogleFunctionDeclaration {
  readonly name: string;
  readonly description?: string;
  readonly parameters?: JsonSchema;
  readonly parametersJsonSchema?: JsonSchema;
  readonly responseJsonSchema?: JsonSchema;
}
/** A tool: functions, or one of Google's built-in tools (their settings are not typed here). */
export type GoogleTool =
  | { readonly functionDeclarations: GoogleFunctionDeclaration[] }
  | { readonly googleSearch: JsonObject }
  | { readonly codeExecution: JsonObject }
  | { readonly urlContext: JsonObject };
/** How the model may call functions. */
export interface GoogleToolConfig {
  readonly functionCallingConfig?: { readonly mode?: "AUTO" | "ANY" | "NONE" | "VALIDATED"; readonly allowedFunctionNames?: string[] };
}
/** The harm categories a safety setting names (the `IMAGE_` ones on Vertex AI). */
export type GoogleHarmCategory =
  | "HARM_CATEGORY_HARASSMENT"
  | "HARM_CATEGORY_HATE_SPEECH"
  | "HARM_CATEGORY_SEXUALLY_EXPLICIT"
  | "HARM_CATEGORY_DANGEROUS_CONTENT"
  | "HARM_CATEGORY_CIVIC_INTEGRITY"
  | "HARM_CATEGORY_JAILBREAK"
  | "HARM_CATEGORY_IMAGE_HATE"
  | "HARM_CATEGORY_IMAGE_DANGEROUS_CONTENT"
  | "HARM_CATEGORY_IMAGE_HARASSMENT"
  | "HARM_CATEGORY_IMAGE_SEXUALLY_EXPLICIT";
/** A safety threshold for one harm category. */
export interface GoogleSafetySetting {
  readonly category: GoogleHarmCategory;
  readonly threshold: "BLOCK_LOW_AND_ABOVE" | "BLOCK_MEDIUM_AND_ABOVE" | "BLOCK_ONLY_HIGH" | "BLOCK_NONE" | "OFF";
}

// ---------------------------------------------------------------- Amazon Bedrock Converse
// Converse keys each block by its kind and takes exactly one kind per block. The blocks below are
// single-kind members whose other kinds are `?: never`, written out as the AWS SDK writes them
// (an `Omit` of a shared base cost the bench's consumer a third more instantiations), so a block with
// no kind or two does not compile. Bytes are base64 strings on the JSON wire (the SDK takes a
// `Uint8Array` and encodes it).

/** An S3 object, for media and documents. */
export interface BedrockS3Location {
  readonly uri: string;
  readonly bucketOwner?: string;
}
/** Where an image, video or audio comes from: base64 bytes or an S3 object. */
export type BedrockMediaSource = { readonly bytes: string } | { readonly s3Location: BedrockS3Location };
/** An image. */
export interface BedrockImage {
  readonly format: "png" | "jpeg" | "gif" | "webp";
  readonly source: BedrockMediaSource;
}
/** Where a document comes from: base64 bytes, an S3 object, plain text, or text blocks. */
export type BedrockDocumentSource =
  | { readonly bytes: string }
  | { readonly s3Location: BedrockS3Location }
  | { readonly text: string }
  | { readonly content: { readonly text: string }[] };
/** A document; the models.dev capability that gates it is PDF input. */
export interface BedrockDocument {
  readonly format?: "pdf" | "csv" | "doc" | "docx" | "xls" | "xlsx" | "html" | "txt" | "md";
  readonly name: string;
  readonly source: BedrockDocumentSource;
  readonly context?: string;
  readonly citations?: { readonly enabled: boolean };
}
/** A video. */
export interface BedrockVideo {
  readonly format: "mkv" | "mov" | "mp4" | "webm" | "flv" | "mpeg" | "mpg" | "wmv" | "three_gp";
  readonly source: BedrockMediaSource;
}
/** An audio clip. */
export interface BedrockAudio {
  readonly format: "aac" | "flac" | "m4a" | "mka" | "mkv" | "mp3" | "mp4" | "mpeg" | "mpga" | "ogg" | "opus" | "pcm" | "wav" | "webm";
  readonly source: BedrockMediaSource;
}
/** A tool call the assistant made, replayed. */
export interface BedrockToolUse {
  readonly toolUseId: string;
  readonly name: string;
  readonly input: JsonObject;
}
/** The result of a tool call; `Media` is the image, document and video entries the model takes. */
export interface BedrockToolResult<Media> {
  readonly toolUseId: string;
  readonly content: ({ readonly text: string } | { readonly json: JsonObject } | Media)[];
  readonly status?: "success" | "error";
}
/** Reasoning the model returned, replayed in an assistant message: its text and signature, or the redacted bytes. */
export type BedrockReasoningContent = { readonly reasoningText: { readonly text: string; readonly signature?: string } } | { readonly redactedContent: string };
/** A cache checkpoint. */
export interface BedrockCachePointValue {
  readonly type: "default";
  readonly ttl?: "5m" | "1h";
}
/** A cache checkpoint in system or tools. */
export interface BedrockCachePoint {
  readonly cachePoint: BedrockCachePointValue;
}
/** A text block. */
export interface BedrockTextBlock {
  readonly text: string;
  readonly image?: never;
  readonly document?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** An image block. */
export interface BedrockImageBlock {
  readonly image: BedrockImage;
  readonly text?: never;
  readonly document?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** An image block sent to model `S`, which takes no image input. */
export interface BedrockImageBlockUnsupported<S extends string> {
  readonly image: NotSupported<"image input", S>;
  readonly text?: never;
  readonly document?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** A document block. */
export interface BedrockDocumentBlock {
  readonly document: BedrockDocument;
  readonly text?: never;
  readonly image?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** A document block sent to model `S`, which takes no PDF input. */
export interface BedrockDocumentBlockUnsupported<S extends string> {
  readonly document: NotSupported<"pdf input", S>;
  readonly text?: never;
  readonly image?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** A video block. */
export interface BedrockVideoBlock {
  readonly video: BedrockVideo;
  readonly text?: never;
  readonly image?: never;
  readonly document?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** A video block sent to model `S`, which takes no video input. */
export interface BedrockVideoBlockUnsupported<S extends string> {
  readonly video: NotSupported<"video input", S>;
  readonly text?: never;
  readonly image?: never;
  readonly document?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** An audio block. */
export interface BedrockAudioBlock {
  readonly audio: BedrockAudio;
  readonly text?: never;
  readonly image?: never;
  readonly document?: never;
  readonly video?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** An audio block sent to model `S`, which takes no audio input. */
export interface BedrockAudioBlockUnsupported<S extends string> {
  readonly audio: NotSupported<"audio input", S>;
  readonly text?: never;
  readonly image?: never;
  readonly document?: never;
  readonly video?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** A tool-call block. */
export interface BedrockToolUseBlock {
  readonly toolUse: BedrockToolUse;
  readonly text?: never;
  readonly image?: never;
  readonly document?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** A tool-result block; `Media` is the image, document and video entries the model takes. */
export interface BedrockToolResultBlock<Media> {
  readonly toolResult: BedrockToolResult<Media>;
  readonly text?: never;
  readonly image?: never;
  readonly document?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly reasoningContent?: never;
  readonly cachePoint?: never;
}
/** A replayed reasoning block. */
export interface BedrockReasoningBlock {
  readonly reasoningContent: BedrockReasoningContent;
  readonly text?: never;
  readonly image?: never;
  readonly document?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly cachePoint?: never;
}
/** A cache checkpoint in a message. */
export interface BedrockCachePointBlock {
  readonly cachePoint: BedrockCachePointValue;
  readonly text?: never;
  readonly image?: never;
  readonly document?: never;
  readonly video?: never;
  readonly audio?: never;
  readonly toolUse?: never;
  readonly toolResult?: never;
  readonly reasoningContent?: never;
}
/** A function the model may call. */
export interface BedrockToolSpec {
  readonly toolSpec: {
    readonly name: string;
    readonly description?: string;
    readonly inputSchema: { readonly json: JsonSchema };
    readonly strict?: boolean;
  };
}
/** Which tool the model must use. */
export type BedrockToolChoice = { readonly auto: JsonObject } | { readonly any: JsonObject } | { readonly tool: { readonly name: string } };
/** Structured output (`outputConfig.textFormat`); the schema is a JSON string. */
export interface BedrockTextFormat {
  readonly type: "json_schema";
  readonly structure: { readonly jsonSchema: { readonly schema: string; readonly name?: string; readonly description?: string } };
}
/** A guardrail to apply to the conversation. */
export interface BedrockGuardrailConfig {
  readonly guardrailIdentifier: string;
  readonly guardrailVersion: string;
  readonly trace?: "enabled" | "disabled" | "enabled_full";
}

// ---------------------------------------------------------------- Mistral chat

/** Text content. */
export interface MistralTextChunk {
  readonly type: "text";
  readonly text: string;
}
/** An image by URL or `data:` URL. */
export interface MistralImageChunk {
  readonly type: "image_url";
  readonly image_url: string | { readonly url: string; readonly detail?: "low" | "auto" | "high" };
}
/** A document (PDF) by URL. */
export interface MistralDocumentChunk {
  readonly type: "document_url";
  readonly document_url: string;
  readonly document_name?: string;
}
/** Base64 audio. */
export interface MistralAudioChunk {
  readonly type: "input_audio";
  readonly input_audio: string;
}
/** Reasoning the model returned, replayed in the conversation. */
export interface MistralThinkChunk {
  readonly type: "thinking";
  readonly thinking: MistralTextChunk[];
  readonly signature?: string;
  readonly closed?: boolean;
}
/** An image chunk sent to model `S`, which takes no image input. */
export interface MistralImageChunkUnsupported<S extends string> {
  readonly type: "image_url";
  readonly image_url: NotSupported<"image input", S>;
}
/** A document chunk sent to model `S`, which takes no PDF input. */
export interface MistralDocumentChunkUnsupported<S extends string> {
  readonly type: "document_url";
  readonly document_url: NotSupported<"pdf input", S>;
}
/** An audio chunk sent to model `S`, which takes no audio input. */
export interface MistralAudioChunkUnsupported<S extends string> {
  readonly type: "input_audio";
  readonly input_audio: NotSupported<"audio input", S>;
}
/** A tool call the assistant made, replayed; the arguments as a JSON string or object. */
export interface MistralToolCall {
  readonly id: string;
  readonly type?: "function";
  readonly function: { readonly name: string; readonly arguments: string | JsonObject };
  readonly index?: number;
}
/** Instructions: text (or replayed thinking) only. */
export interface MistralSystemMessage {
  readonly role: "system";
  readonly content: string | (MistralTextChunk | MistralThinkChunk)[];
}
/** A user turn; `Chunk` is the chunk union the model accepts. */
export interface MistralUserMessage<Chunk> {
  readonly role: "user";
  readonly content: string | Chunk[] | null;
}
/** An assistant turn, replayed or, with `prefix: true` as the last message, the start of the answer. */
export interface MistralAssistantMessage<Chunk> {
  readonly role: "assistant";
  readonly content?: string | Chunk[] | null;
  readonly tool_calls?: MistralToolCall[] | null;
  readonly prefix?: boolean;
}
/** The result of a tool call. */
export interface MistralToolMessage<Chunk> {
  readonly role: "tool";
  readonly content: string | Chunk[] | null;
  readonly tool_call_id?: string;
  readonly name?: string;
}
/** One message, by role; `Chunk` is the chunk union the model accepts. */
export type MistralMessage<Chunk> = MistralSystemMessage | MistralUserMessage<Chunk> | MistralAssistantMessage<Chunk> | MistralToolMessage<Chunk>;
/** A function the model may call; Mistral requires its parameters. */
export interface MistralFunctionTool {
  readonly type: "function";
  readonly function: { readonly name: string; readonly description?: string; readonly parameters: JsonSchema; readonly strict?: boolean };
}
/** Which tool the model must use. */
export type MistralToolChoice = "auto" | "none" | "any" | "required" | { readonly type: "function"; readonly function: { readonly name: string } };
/** Output that follows a JSON schema; Mistral requires the schema. */
export interface MistralJsonSchemaFormat {
  readonly type: "json_schema";
  readonly json_schema: { readonly name: string; readonly description?: string; readonly schema: JsonSchema; readonly strict?: boolean };
}
/** A JSON-schema output format asked of model `S`, which has no structured output. */
export interface MistralJsonSchemaFormatUnsupported<S extends string> {
  readonly type: "json_schema";
  readonly json_schema: NotSupported<"structured output", S>;
}
/** The expected output, so that the parts that match are returned faster. */
export interface MistralPrediction {
  readonly type: "content";
  readonly content: string;
}

// ---------------------------------------------------------------- Cohere chat (v2)

/** Text content. */
export interface CohereTextPart {
  readonly type: "text";
  readonly text: string;
}
/** An image by URL or `data:` URL. */
export interface CohereImagePart {
  readonly type: "image_url";
  readonly image_url: { readonly url: string; readonly detail?: "auto" | "low" | "high" };
}
/** An image part sent to model `S`, which takes no image input. */
export interface CohereImagePartUnsupported<S extends string> {
  readonly type: "image_url";
  readonly image_url: NotSupported<"image input", S>;
}
/** The assistant's thinking, replayed in the conversation. */
export interface CohereThinkingPart {
  readonly type: "thinking";
  readonly thinking: string;
}
/** A document the model may cite: in `documents`, or returned by a tool. */
export interface CohereDocument {
  readonly id?: string;
  readonly data: JsonObject;
}
/** A document a tool returned. */
export interface CohereDocumentPart {
  readonly type: "document";
  readonly document: CohereDocument;
}
/** A tool call the assistant made, replayed. */
export interface CohereToolCall {
  readonly id: string;
  readonly type: "function";
  readonly function: { readonly name: string; readonly arguments: string };
}
/**
 * A function the model may call. Unlike OpenAI's, it has no `strict` (Cohere's switch is the
 * request's `strict_tools`, for every tool) and its `parameters` are required.
 */
export interface CohereTool {
  readonly type: "function";
  readonly function: { readonly name: string; readonly description?: string; readonly parameters: JsonSchema };
}
/** Instructions; text only. */
export interface CohereSystemMessage {
  readonly role: "system";
  readonly content: string | CohereTextPart[];
}
/** The user's turn; `Part` is the content-part union the model accepts. */
export interface CohereUserMessage<Part> {
  readonly role: "user";
  readonly content: string | Part[];
}
/** The assistant's turn: text, thinking, or tool calls with the plan that led to them. */
export interface CohereAssistantMessage {
  readonly role: "assistant";
  readonly content?: string | (CohereTextPart | CohereThinkingPart)[];
  readonly tool_calls?: CohereToolCall[];
  readonly tool_plan?: string;
}
/** The result of one tool call, as text or documents. */
export interface CohereToolMessage {
  readonly role: "tool";
  readonly tool_call_id: string;
  readonly content: string | (CohereTextPart | CohereDocumentPart)[];
}
/** One message, by role; `Part` is the user content-part union the model accepts. */
export type CohereMessage<Part> = CohereSystemMessage | CohereUserMessage<Part> | CohereAssistantMessage | CohereToolMessage;
