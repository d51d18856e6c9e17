// The fixed request types of every generated requests.ts, type-checked here against this
// repository's own generated catalog. The emitter writes the import region with its module specifiers
// pointed at the output folder, leaving out what the generated file declares itself (the spec unions,
// which it writes from the feature table's slices), and re-exports the runtime's request types.
//
// Each gate looks the feature table up inline, `"tools" extends ModelFeatures[S] ? … : NotSupported<…>`,
// rather than through a helper alias, as measured; a union of specs, or the whole `ModelSpec`, stays
// permissive, and the marker names both the feature and the model. The chat fields OpenAI and the
// OpenAI-compatible servers share are written out in both interfaces, so each message names its format.
// `EffortIn` reads the feature table's effort prefix, which the emitter checks against its own.
//#region imports
import type {
  AnthropicCacheControl,
  AnthropicDocumentBlock,
  AnthropicDocumentBlockUnsupported,
  AnthropicImageBlock,
  AnthropicImageBlockUnsupported,
  AnthropicJsonSchemaFormat,
  AnthropicMessage,
  AnthropicRedactedThinkingBlock,
  AnthropicSearchResultBlock,
  AnthropicTextBlock,
  AnthropicThinking,
  AnthropicThinkingBlock,
  AnthropicThinkingUnsupported,
  AnthropicTool,
  AnthropicToolChoice,
  AnthropicToolResultBlock,
  AnthropicToolUseBlock,
  BedrockAudioBlock,
  BedrockAudioBlockUnsupported,
  BedrockCachePoint,
  BedrockCachePointBlock,
  BedrockDocument,
  BedrockDocumentBlock,
  BedrockDocumentBlockUnsupported,
  BedrockGuardrailConfig,
  BedrockImage,
  BedrockImageBlock,
  BedrockImageBlockUnsupported,
  BedrockReasoningBlock,
  BedrockTextBlock,
  BedrockTextFormat,
  BedrockToolChoice,
  BedrockToolResultBlock,
  BedrockToolSpec,
  BedrockToolUseBlock,
  BedrockVideo,
  BedrockVideoBlock,
  BedrockVideoBlockUnsupported,
  ChatAudioPart,
  ChatAudioPartUnsupported,
  ChatBasicFormat,
  ChatFilePart,
  ChatFilePartUnsupported,
  ChatFunctionTool,
  ChatImagePart,
  ChatImagePartUnsupported,
  ChatJsonSchemaFormat,
  ChatJsonSchemaFormatUnsupported,
  ChatMessage,
  ChatPrediction,
  ChatTextPart,
  ChatToolChoice,
  ChatVideoPart,
  ChatVideoPartUnsupported,
  CohereDocument,
  CohereImagePart,
  CohereImagePartUnsupported,
  CohereMessage,
  CohereTextPart,
  CohereTool,
  GoogleAudioMime,
  GoogleContent,
  GoogleImageMime,
  GoogleSafetySetting,
  GoogleTextMime,
  GoogleTool,
  GoogleToolConfig,
  GoogleVideoMime,
  JsonObject,
  JsonSchema,
  MistralAudioChunk,
  MistralAudioChunkUnsupported,
  MistralDocumentChunk,
  MistralDocumentChunkUnsupported,
  MistralImageChunk,
  MistralImageChunkUnsupported,
  MistralFunctionTool,
  MistralJsonSchemaFormat,
  MistralJsonSchemaFormatUnsupported,
  MistralMessage,
  MistralPrediction,
  MistralTextChunk,
  MistralThinkChunk,
  MistralToolChoice,
  NotSupported,
  ResponsesFilePart,
  ResponsesFilePartUnsupported,
  ResponsesFunctionCall,
  ResponsesFunctionCallOutput,
  ResponsesFunctionTool,
  ResponsesImagePart,
  ResponsesImagePartUnsupported,
  ResponsesIncludable,
  ResponsesItemReference,
  ResponsesJsonSchemaFormat,
  ResponsesJsonSchemaFormatUnsupported,
  ResponsesMessage,
  ResponsesReasoningItem,
  ResponsesTextPart,
  ResponsesToolChoice,
} from "../../../runtime/core.js";
import type { AnthropicMessagesFeatures, BedrockConverseFeatures, CohereChatFeatures, GoogleGenerateContentFeatures, MistralChatFeatures, ModelFeatures, OpenAIChatFeatures, OpenAICompatibleFeatures, OpenAIResponsesOnlyFeatures } from "../../../generated/types.js";
import type { AnthropicMessagesSpec, BedrockConverseSpec, CohereChatSpec, GoogleGenerateContentSpec, MistralChatSpec, OpenAIChatSpec, OpenAICompatibleSpec, OpenAIResponsesSpec } from "../../../generated/requests.js";
//#endregion
/**
 * The reasoning effort a model accepts: its own values, or `NotSupported` when it does not reason or
 * takes no effort level (it may take a token budget instead). The marker beside the values makes a
 * wrong value's message name the model; no value is assignable to it.
 */
export type EffortOf<S extends RequestSpec> = "reasoning" extends ModelFeatures[S]
  ? [EffortIn<ModelFeatures[S]>] extends [never]
    ? NotSupported<"reasoning effort", S>
    : EffortIn<ModelFeatures[S]> | NotSupported<"any other reasoning effort", S>
  : NotSupported<"reasoning", S>;

/**
 * The effort values in a feature set: `"effort:high"` gives `"high"`.
 */
export type EffortIn<F extends string> = F extends `effort:${infer E}` ? E : never;

/**
 * Content parts of a chat-completions message to model `S`.
 */
export type OpenAIChatPart<S extends RequestSpec> =
  | ChatTextPart
  | ("image" extends ModelFeatures[S] ? ChatImagePart : ChatImagePartUnsupported<S>)
  | ("audio" extends ModelFeatures[S] ? ChatAudioPart : ChatAudioPartUnsupported<S>)
  | ("pdf" extends ModelFeatures[S] ? ChatFilePart : ChatFilePartUnsupported<S>);

/**
 * A chat completions request (`POST /chat/completions`) to model `S` of OpenAI or Azure OpenAI.
 * Fields the model does not support are typed `NotSupported<Feature, S>`.
 * @example const request: OpenAIChatRequest<"openai:gpt-4o"> = { messages: [{ role: "user", content: "Hi" }], tools: [] };
 */
export interface OpenAIChatRequest<S extends OpenAIChatSpec> {
  /** The spec; `buildRequest` sends the provider's own model id. */
  readonly model?: S;
  readonly messages: ChatMessage<OpenAIChatPart<S>>[];
  readonly max_tokens?: number;
  readonly max_completion_tokens?: number;
  readonly temperature?: "temperature" extends ModelFeatures[S] ? number : NotSupported<"temperature", S>;
  readonly top_p?: number;
  readonly n?: number;
  readonly stop?: string | string[];
  readonly stream?: boolean;
  readonly stream_options?: { readonly include_usage?: boolean; readonly include_obfuscation?: boolean };
  readonly tools?: "tools" extends ModelFeatures[S] ? ChatFunctionTool[] : NotSupported<"tool calling", S>;
  readonly tool_choice?: "tools" extends ModelFeatures[S] ? ChatToolChoice : NotSupported<"tool calling", S>;
  readonly parallel_tool_calls?: "tools" extends ModelFeatures[S] ? boolean : NotSupported<"tool calling", S>;
  readonly response_format?: ChatBasicFormat | ("structuredOutput" extends ModelFeatures[S] ? ChatJsonSchemaFormat : ChatJsonSchemaFormatUnsupported<S>);
  readonly reasoning_effort?: EffortOf<S>;
  readonly seed?: number;
  readonly presence_penalty?: number;
  readonly frequency_penalty?: number;
  readonly logprobs?: boolean;
  readonly top_logprobs?: number;
  readonly user?: string;
  readonly verbosity?: "low" | "medium" | "high";
  readonly logit_bias?: { readonly [token: string]: number };
  readonly store?: boolean;
  readonly metadata?: { readonly [key: string]: string };
  readonly service_tier?: "auto" | "default" | "flex" | "scale" | "priority";
  readonly modalities?: ("text" | "audio")[];
  readonly audio?: { readonly voice: string; readonly format: "wav" | "aac" | "mp3" | "flac" | "opus" | "pcm16" };
  readonly prediction?: ChatPrediction;
  readonly prompt_cache_key?: string;
  readonly prompt_cache_retention?: "in_memory" | "24h";
  readonly safety_identifier?: string;
}

/**
 * Content parts of an OpenAI-compatible chat message to model `S` (video by URL where the model takes video).
 */
export type OpenAICompatiblePart<S extends RequestSpec> =
  | OpenAIChatPart<S>
  | ("video" extends ModelFeatures[S] ? ChatVideoPart : ChatVideoPartUnsupported<S>);

/**
 * A chat completions request to an OpenAI-compatible provider (most of the catalog): the common core of
 * OpenAI's format that these servers accept.
 * @example const request: OpenAICompatibleRequest<"groq:llama-3.3-70b-versatile"> = { messages: [{ role: "user", content: "Hi" }] };
 */
export interface OpenAICompatibleRequest<S extends OpenAICompatibleSpec> {
  /** The spec; `buildRequest` sends the provider's own model id. */
  readonly model?: S;
  readonly messages: ChatMessage<OpenAICompatiblePart<S>>[];
  readonly max_tokens?: number;
  readonly max_completion_tokens?: number;
  readonly temperature?: "temperature" extends ModelFeatures[S] ? number : NotSupported<"temperature", S>;
  readonly top_p?: number;
  readonly n?: number;
  readonly stop?: string | string[];
  readonly stream?: boolean;
  readonly stream_options?: { readonly include_usage?: boolean };
  readonly tools?: "tools" extends ModelFeatures[S] ? ChatFunctionTool[] : NotSupported<"tool calling", S>;
  readonly tool_choice?: "tools" extends ModelFeatures[S] ? ChatToolChoice : NotSupported<"tool calling", S>;
  readonly parallel_tool_calls?: "tools" extends ModelFeatures[S] ? boolean : NotSupported<"tool calling", S>;
  readonly response_format?: ChatBasicFormat | ("structuredOutput" extends ModelFeatures[S] ? ChatJsonSchemaFormat : ChatJsonSchemaFormatUnsupported<S>);
  readonly reasoning_effort?: EffortOf<S>;
  readonly seed?: number;
  readonly presence_penalty?: number;
  readonly frequency_penalty?: number;
  readonly logprobs?: boolean;
  readonly top_logprobs?: number;
  readonly user?: string;
}

/**
 * Content parts of a Responses API message to model `S`.
 */
export type OpenAIResponsesPart<S extends RequestSpec> =
  | ResponsesTextPart
  | ("image" extends ModelFeatures[S] ? ResponsesImagePart : ResponsesImagePartUnsupported<S>)
  | ("pdf" extends ModelFeatures[S] ? ResponsesFilePart : ResponsesFilePartUnsupported<S>);

/**
 * One item of a Responses API `input` list.
 */
export type OpenAIResponsesItem<S extends RequestSpec> =
  | ResponsesMessage<OpenAIResponsesPart<S>>
  | ResponsesFunctionCall
  | ResponsesFunctionCallOutput<OpenAIResponsesPart<S>>
  | ResponsesReasoningItem
  | ResponsesItemReference;

/**
 * A Responses API request (`POST /responses`) to model `S`; build it with `buildResponsesRequest` for
 * models whose default is chat completions.
 * @example const request: OpenAIResponsesRequest<"openai:o3"> = { input: "Hi", reasoning: { effort: "high" } };
 */
export interface OpenAIResponsesRequest<S extends OpenAIResponsesSpec> {
  /** The spec; `buildRequest` sends the provider's own model id. */
  readonly model?: S;
  readonly input: string | OpenAIResponsesItem<S>[];
  readonly instructions?: string;
  readonly max_output_tokens?: number;
  readonly temperature?: "temperature" extends ModelFeatures[S] ? number : NotSupported<"temperature", S>;
  readonly top_p?: number;
  readonly top_logprobs?: number;
  readonly stream?: boolean;
  readonly stream_options?: { readonly include_obfuscation?: boolean };
  readonly tools?: "tools" extends ModelFeatures[S] ? ResponsesFunctionTool[] : NotSupported<"tool calling", S>;
  readonly tool_choice?: "tools" extends ModelFeatures[S] ? ResponsesToolChoice : NotSupported<"tool calling", S>;
  readonly parallel_tool_calls?: "tools" extends ModelFeatures[S] ? boolean : NotSupported<"tool calling", S>;
  readonly reasoning?: "reasoning" extends ModelFeatures[S]
    ? { readonly effort?: EffortOf<S>; readonly summary?: "auto" | "concise" | "detailed" }
    : NotSupported<"reasoning", S>;
  readonly text?: {
    readonly format?: ChatBasicFormat | ("structuredOutput" extends ModelFeatures[S] ? ResponsesJsonSchemaFormat : ResponsesJsonSchemaFormatUnsupported<S>);
    readonly verbosity?: "low" | "medium" | "high";
  };
  readonly previous_response_id?: string;
  readonly store?: boolean;
  readonly metadata?: { readonly [key: string]: string };
  readonly user?: string;
  readonly service_tier?: "auto" | "default" | "flex" | "scale" | "priority";
  readonly truncation?: "auto" | "disabled";
  readonly include?: ResponsesIncludable[];
  readonly background?: boolean;
  readonly prompt_cache_key?: string;
  readonly prompt_cache_retention?: "in_memory" | "24h";
  readonly safety_identifier?: string;
}

/**
 * Blocks of a tool result sent to model `S`: text, search results, and the images and documents it takes.
 */
export type AnthropicToolResultPart<S extends RequestSpec> =
  | AnthropicTextBlock
  | ("image" extends ModelFeatures[S] ? AnthropicImageBlock : AnthropicImageBlockUnsupported<S>)
  | ("pdf" extends ModelFeatures[S] ? AnthropicDocumentBlock : AnthropicDocumentBlockUnsupported<S>)
  | AnthropicSearchResultBlock;

/**
 * Content blocks of a user turn to model `S`; assistant turns take `AnthropicAssistantBlock`s.
 */
export type AnthropicBlock<S extends RequestSpec> = AnthropicToolResultPart<S> | AnthropicToolResultBlock<AnthropicToolResultPart<S>>;

/**
 * Content blocks of an assistant turn (a replayed answer or a prefill), the same for every model.
 */
export type AnthropicAssistantBlock = AnthropicTextBlock | AnthropicToolUseBlock | AnthropicThinkingBlock | AnthropicRedactedThinkingBlock;

/**
 * A Messages API request (`POST /v1/messages`; `rawPredict` on Vertex AI) to model `S`.
 * @example const request: AnthropicMessagesRequest<"anthropic:claude-sonnet-4-5"> = { max_tokens: 1024, messages: [{ role: "user", content: "Hi" }] };
 */
export interface AnthropicMessagesRequest<S extends AnthropicMessagesSpec> {
  /** The spec; `buildRequest` sends the provider's own model id. */
  readonly model?: S;
  readonly messages: AnthropicMessage<AnthropicBlock<S>, AnthropicAssistantBlock>[];
  readonly max_tokens: number;
  readonly system?: string | AnthropicTextBlock[];
  readonly temperature?: "temperature" extends ModelFeatures[S] ? number : NotSupported<"temperature", S>;
  readonly top_p?: number;
  readonly top_k?: number;
  readonly stop_sequences?: string[];
  readonly stream?: boolean;
  readonly tools?: "tools" extends ModelFeatures[S] ? AnthropicTool[] : NotSupported<"tool calling", S>;
  readonly tool_choice?: "tools" extends ModelFeatures[S] ? AnthropicToolChoice : NotSupported<"tool calling", S>;
  readonly thinking?: "reasoning" extends ModelFeatures[S] ? AnthropicThinking : AnthropicThinkingUnsupported<S>;
  readonly output_config?: {
    readonly effort?: EffortOf<S>;
    readonly format?: "structuredOutput" extends ModelFeatures[S] ? AnthropicJsonSchemaFormat : NotSupported<"structured output", S>;
  };
  readonly metadata?: { readonly user_id?: string };
  readonly service_tier?: "auto" | "standard_only";
  /** Caches the request up to its last cacheable block. */
  readonly cache_control?: AnthropicCacheControl;
}

/**
 * `generationConfig` of a generateContent request to model `S`.
 */
export interface GoogleGenerationConfig<S extends RequestSpec> {
  readonly temperature?: "temperature" extends ModelFeatures[S] ? number : NotSupported<"temperature", S>;
  readonly topP?: number;
  readonly topK?: number;
  readonly candidateCount?: number;
  readonly maxOutputTokens?: number;
  readonly stopSequences?: string[];
  readonly seed?: number;
  readonly presencePenalty?: number;
  readonly frequencyPenalty?: number;
  readonly responseMimeType?: "text/plain" | "application/json" | "text/x.enum";
  readonly responseSchema?: "structuredOutput" extends ModelFeatures[S] ? JsonSchema : NotSupported<"structured output", S>;
  readonly responseJsonSchema?: "structuredOutput" extends ModelFeatures[S] ? JsonSchema : NotSupported<"structured output", S>;
  readonly responseModalities?: ("TEXT" | "IMAGE" | "AUDIO")[];
  readonly responseLogprobs?: boolean;
  readonly logprobs?: number;
  readonly mediaResolution?: "MEDIA_RESOLUTION_LOW" | "MEDIA_RESOLUTION_MEDIUM" | "MEDIA_RESOLUTION_HIGH";
  /** The API takes the level in either case: `"LOW"` as Google's client sends it, `"low"` as the REST reference writes it. */
  readonly thinkingConfig?: "reasoning" extends ModelFeatures[S]
    ? {
        readonly thinkingBudget?: number;
        readonly includeThoughts?: boolean;
        readonly thinkingLevel?: EffortOf<S> | Uppercase<EffortIn<ModelFeatures[S]>>;
      }
    : NotSupported<"reasoning", S>;
}

/**
 * A generateContent request (`POST models/{id}:generateContent`) to model `S` on the Gemini API or
 * Vertex AI. The model goes in the URL; `stream: true` picks `streamGenerateContent`.
 * @example const request: GoogleGenerateContentRequest<"google:gemini-2.5-flash"> = { contents: [{ role: "user", parts: [{ text: "Hi" }] }] };
 */
export interface GoogleGenerateContentRequest<S extends GoogleGenerateContentSpec> {
  /** The spec; `buildRequest` puts the provider's model id in the URL. */
  readonly model?: S;
  /** Inline and file data: MIME types of the modalities the model takes (written out so a message names the missing one). */
  readonly contents: GoogleContent<
    | GoogleTextMime
    | ("image" extends ModelFeatures[S] ? GoogleImageMime : NotSupported<"image input", S>)
    | ("audio" extends ModelFeatures[S] ? GoogleAudioMime : NotSupported<"audio input", S>)
    | ("video" extends ModelFeatures[S] ? GoogleVideoMime : NotSupported<"video input", S>)
    | ("pdf" extends ModelFeatures[S] ? "application/pdf" : NotSupported<"pdf input", S>)
  >[];
  readonly systemInstruction?: { readonly parts: { readonly text: string }[] };
  readonly tools?: "tools" extends ModelFeatures[S] ? GoogleTool[] : NotSupported<"tool calling", S>;
  readonly toolConfig?: "tools" extends ModelFeatures[S] ? GoogleToolConfig : NotSupported<"tool calling", S>;
  readonly generationConfig?: GoogleGenerationConfig<S>;
  readonly safetySettings?: GoogleSafetySetting[];
  readonly cachedContent?: string;
  /** Not sent: selects the streaming endpoint. */
  readonly stream?: boolean;
}

/**
 * The media entries of a Converse tool result to model `S`: image, document and video, each where the model takes it.
 */
export type BedrockToolResultMedia<S extends RequestSpec> =
  | { readonly image: "image" extends ModelFeatures[S] ? BedrockImage : NotSupported<"image input", S> }
  | { readonly document: "pdf" extends ModelFeatures[S] ? BedrockDocument : NotSupported<"pdf input", S> }
  | { readonly video: "video" extends ModelFeatures[S] ? BedrockVideo : NotSupported<"video input", S> };

/**
 * One content block of a Converse message to model `S`: exactly one kind per block.
 */
export type BedrockContentBlock<S extends RequestSpec> =
  | BedrockTextBlock
  | ("image" extends ModelFeatures[S] ? BedrockImageBlock : BedrockImageBlockUnsupported<S>)
  | ("pdf" extends ModelFeatures[S] ? BedrockDocumentBlock : BedrockDocumentBlockUnsupported<S>)
  | ("video" extends ModelFeatures[S] ? BedrockVideoBlock : BedrockVideoBlockUnsupported<S>)
  | ("audio" extends ModelFeatures[S] ? BedrockAudioBlock : BedrockAudioBlockUnsupported<S>)
  | BedrockToolUseBlock
  | BedrockToolResultBlock<BedrockToolResultMedia<S>>
  | BedrockReasoningBlock
  | BedrockCachePointBlock;

/**
 * A Converse request (`POST /model/{id}/converse`) to model `S` on Amazon Bedrock. The model goes in
 * the URL; `stream: true` picks `converse-stream`. The effort goes in `outputConfig.effort`; other
 * model-specific reasoning switches in `additionalModelRequestFields` (`thinking` for Claude,
 * `reasoning_config` for others), gated here.
 * @example const request: BedrockConverseRequest<"amazon-bedrock:amazon.nova-pro-v1:0"> = { messages: [{ role: "user", content: [{ text: "Hi" }] }] };
 */
export interface BedrockConverseRequest<S extends BedrockConverseSpec> {
  /** The spec; `buildRequest` puts the provider's model id in the URL. */
  readonly model?: S;
  readonly messages: { readonly role: "user" | "assistant"; readonly content: BedrockContentBlock<S>[] }[];
  readonly system?: ({ readonly text: string } | BedrockCachePoint)[];
  readonly inferenceConfig?: {
    readonly maxTokens?: number;
    readonly temperature?: "temperature" extends ModelFeatures[S] ? number : NotSupported<"temperature", S>;
    readonly topP?: number;
    readonly stopSequences?: string[];
  };
  readonly toolConfig?: "tools" extends ModelFeatures[S]
    ? { readonly tools: (BedrockToolSpec | BedrockCachePoint)[]; readonly toolChoice?: BedrockToolChoice }
    : NotSupported<"tool calling", S>;
  readonly outputConfig?: {
    readonly textFormat?: "structuredOutput" extends ModelFeatures[S] ? BedrockTextFormat : NotSupported<"structured output", S>;
    readonly effort?: EffortOf<S>;
  };
  readonly additionalModelRequestFields?: {
    readonly thinking?: "reasoning" extends ModelFeatures[S] ? JsonObject : NotSupported<"reasoning", S>;
    readonly reasoning_config?: "reasoning" extends ModelFeatures[S] ? JsonObject : NotSupported<"reasoning", S>;
    readonly [field: string]: unknown;
  };
  /** JSON pointers to model-specific fields to return beside the answer. */
  readonly additionalModelResponseFieldPaths?: string[];
  readonly guardrailConfig?: BedrockGuardrailConfig;
  /** Tags for the invocation logs. */
  readonly requestMetadata?: { readonly [key: string]: string };
  readonly serviceTier?: { readonly type: "default" | "flex" | "priority" | "reserved" };
  readonly performanceConfig?: { readonly latency?: "standard" | "optimized" };
  /** Values of a Prompt management prompt's variables (the model id is then the prompt's ARN). */
  readonly promptVariables?: { readonly [name: string]: { readonly text: string } };
  /** Not sent: selects the streaming endpoint. */
  readonly stream?: boolean;
}

/**
 * Content chunks of a Mistral message to model `S`.
 */
export type MistralChunk<S extends RequestSpec> =
  | MistralTextChunk
  | ("image" extends ModelFeatures[S] ? MistralImageChunk : MistralImageChunkUnsupported<S>)
  | ("pdf" extends ModelFeatures[S] ? MistralDocumentChunk : MistralDocumentChunkUnsupported<S>)
  | ("audio" extends ModelFeatures[S] ? MistralAudioChunk : MistralAudioChunkUnsupported<S>)
  | MistralThinkChunk;

/**
 * A Mistral chat completions request to model `S`; `prompt_mode: "reasoning"` and `reasoning_effort`
 * only for reasoning models.
 * @example const request: MistralChatRequest<"mistral:mistral-large-latest"> = { messages: [{ role: "user", content: "Hi" }] };
 */
export interface MistralChatRequest<S extends MistralChatSpec> {
  /** The spec; `buildRequest` sends the provider's own model id. */
  readonly model?: S;
  readonly messages: MistralMessage<MistralChunk<S>>[];
  readonly temperature?: "temperature" extends ModelFeatures[S] ? number : NotSupported<"temperature", S>;
  readonly top_p?: number;
  readonly max_tokens?: number;
  readonly stream?: boolean;
  readonly stop?: string | string[];
  readonly random_seed?: number;
  readonly metadata?: JsonObject;
  readonly response_format?: ChatBasicFormat | ("structuredOutput" extends ModelFeatures[S] ? MistralJsonSchemaFormat : MistralJsonSchemaFormatUnsupported<S>);
  readonly tools?: "tools" extends ModelFeatures[S] ? MistralFunctionTool[] : NotSupported<"tool calling", S>;
  readonly tool_choice?: "tools" extends ModelFeatures[S] ? MistralToolChoice : NotSupported<"tool calling", S>;
  readonly parallel_tool_calls?: "tools" extends ModelFeatures[S] ? boolean : NotSupported<"tool calling", S>;
  readonly presence_penalty?: number;
  readonly frequency_penalty?: number;
  readonly n?: number;
  readonly prediction?: MistralPrediction;
  readonly reasoning_effort?: EffortOf<S>;
  readonly prompt_mode?: "reasoning" extends ModelFeatures[S] ? "reasoning" : NotSupported<"reasoning", S>;
  readonly prompt_cache_key?: string;
  readonly service_tier?: "auto" | "standard_only";
  readonly safe_prompt?: boolean;
}

/**
 * Content parts of a Cohere message to model `S`.
 */
export type CoherePart<S extends RequestSpec> = CohereTextPart | ("image" extends ModelFeatures[S] ? CohereImagePart : CohereImagePartUnsupported<S>);

/**
 * A Cohere v2 chat request (`POST /v2/chat`) to model `S`. JSON mode is open to every model; a
 * `json_schema` only to models with structured output.
 * @example const request: CohereChatRequest<"cohere:command-a-03-2025"> = { messages: [{ role: "user", content: "Hi" }] };
 */
export interface CohereChatRequest<S extends CohereChatSpec> {
  /** The spec; `buildRequest` sends the provider's own model id. */
  readonly model?: S;
  readonly messages: CohereMessage<CoherePart<S>>[];
  readonly tools?: "tools" extends ModelFeatures[S] ? CohereTool[] : NotSupported<"tool calling", S>;
  readonly tool_choice?: "tools" extends ModelFeatures[S] ? "REQUIRED" | "NONE" : NotSupported<"tool calling", S>;
  readonly strict_tools?: "tools" extends ModelFeatures[S] ? boolean : NotSupported<"tool calling", S>;
  readonly response_format?:
    | { readonly type: "text" }
    | { readonly type: "json_object"; readonly json_schema?: "structuredOutput" extends ModelFeatures[S] ? JsonSchema : NotSupported<"structured output", S> };
  readonly temperature?: "temperature" extends ModelFeatures[S] ? number : NotSupported<"temperature", S>;
  readonly max_tokens?: number;
  readonly p?: number;
  readonly k?: number;
  readonly seed?: number;
  readonly stop_sequences?: string[];
  readonly frequency_penalty?: number;
  readonly presence_penalty?: number;
  readonly stream?: boolean;
  readonly thinking?: "reasoning" extends ModelFeatures[S]
    ? { readonly type: "enabled" | "disabled"; readonly token_budget?: number }
    : NotSupported<"reasoning", S>;
  readonly documents?: (string | CohereDocument)[];
  readonly citation_options?: { readonly mode?: "ENABLED" | "DISABLED" | "FAST" | "ACCURATE" | "OFF" };
  readonly safety_mode?: "CONTEXTUAL" | "STRICT" | "OFF";
  readonly logprobs?: boolean;
  /** Lower is sooner under load; 0, the default, is the highest. */
  readonly priority?: number;
}

/**
 * Every spec some request type takes.
 */
export type RequestSpec =
  | OpenAIChatSpec
  | OpenAIResponsesSpec
  | OpenAICompatibleSpec
  | AnthropicMessagesSpec
  | GoogleGenerateContentSpec
  | BedrockConverseSpec
  | MistralChatSpec
  | CohereChatSpec;

/**
 * A request whose specs speak several protocols: checked only at run time (`checkRequest`).
 */
export interface MixedProtocolRequest {
  readonly model?: string;
  readonly [field: string]: unknown;
}

/**
 * The request type of spec `S` in its default wire format. A union of specs of one protocol keeps that
 * protocol's type, permissive where the specs differ; specs of different protocols get `MixedProtocolRequest`.
 */
export type RequestOf<S extends RequestSpec> = [S] extends [OpenAIChatSpec]
  ? OpenAIChatRequest<Extract<S, OpenAIChatSpec>>
  : [S] extends [OpenAICompatibleSpec]
    ? OpenAICompatibleRequest<Extract<S, OpenAICompatibleSpec>>
    : [S] extends [AnthropicMessagesSpec]
      ? AnthropicMessagesRequest<Extract<S, AnthropicMessagesSpec>>
      : [S] extends [OpenAIResponsesSpec]
        ? OpenAIResponsesRequest<Extract<S, OpenAIResponsesSpec>>
        : [S] extends [GoogleGenerateContentSpec]
          ? GoogleGenerateContentRequest<Extract<S, GoogleGenerateContentSpec>>
          : [S] extends [BedrockConverseSpec]
            ? BedrockConverseRequest<Extract<S, BedrockConverseSpec>>
            : [S] extends [MistralChatSpec]
              ? MistralChatRequest<Extract<S, MistralChatSpec>>
              : [S] extends [CohereChatSpec]
                ? CohereChatRequest<Extract<S, CohereChatSpec>>
                : MixedProtocolRequest;
