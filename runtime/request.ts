/**
 * The run-time twin of the request types: `checkModelRequest` judges an untyped request body against
 * one model (numeric limits, required fields, features the model lacks), and `buildModelRequest` turns
 * it into `{ url, method, headers, body }` for `fetch`. Both are pure, generic over protocols (they name
 * no provider) and never throw: whatever the input, they return problems.
 */
import type { Modality, Mode, Model, Protocol, Provider } from "./types.js";

/** A request body format on the wire. Several protocols share one (Azure OpenAI speaks `openai-chat`). */
export type WireApi =
  | "openai-chat"
  | "openai-responses"
  | "openai-compatible"
  | "anthropic-messages"
  | "google-generate-content"
  | "bedrock-converse"
  | "mistral-chat"
  | "cohere-chat";

const WIRE_API_OF: { readonly [P in Protocol]: WireApi | undefined } = {
  "openai-chat": "openai-chat",
  "azure-openai": "openai-chat",
  "openai-responses": "openai-responses",
  "openai-compatible": "openai-compatible",
  "anthropic-messages": "anthropic-messages",
  "google-vertex-anthropic": "anthropic-messages",
  "google-generative-ai": "google-generate-content",
  "google-vertex": "google-generate-content",
  "amazon-bedrock": "bedrock-converse",
  mistral: "mistral-chat",
  cohere: "cohere-chat",
  unknown: undefined,
};

/** The request format a protocol takes, or `undefined` for `"unknown"`. */
export function wireApiOf(protocol: Protocol): WireApi | undefined {
  return Object.hasOwn(WIRE_API_OF, protocol) ? WIRE_API_OF[protocol] : undefined;
}

/** The protocol a model is served over: its own override, else its provider's. */
export function protocolOf(model: Model, provider: Provider): Protocol {
  return model.protocol ?? provider.protocol;
}

/** Modes whose endpoints take a conversation; the generated request types cover the same ones. */
export const CONVERSATION_MODES: ReadonlySet<Mode> = new Set<Mode>(["chat", "completion", "responses"]);

/** Why a request is wrong for a model. */
export type RequestProblemCode =
  | "invalid_request"
  | "missing_field"
  | "invalid_type"
  | "invalid_value"
  | "unknown_field"
  | "unknown_model"
  | "unsupported_protocol"
  | "unsupported_feature"
  | "unsupported_input"
  | "over_limit"
  | "model_mismatch"
  | "no_endpoint";

/** One problem of a request: where (`messages[2].content[0]`), what, and whether it blocks the call. */
export interface RequestProblem {
  readonly path: string;
  readonly code: RequestProblemCode;
  readonly severity: "error" | "warning";
  readonly message: string;
}

/** An HTTP request ready for `fetch(url, { method, headers, body })`. It has not been sent. */
export interface HttpRequest {
  readonly url: string;
  readonly method: "POST";
  readonly headers: { readonly [name: string]: string };
  readonly body: string;
  /** `${VAR}` placeholders still in `url` or `headers`, for the caller to fill (sorted). */
  readonly variables: readonly string[];
}

/** Options of `buildRequest` and `checkRequest`. */
export interface RequestOptions {
  /**
   * Values for `${VAR}` placeholders (API keys, regions, resource names). Nothing is read from the
   * process environment: pass `process.env` explicitly if that is what you want.
   */
  readonly env?: { readonly [name: string]: string | undefined };
  /** Use OpenAI's Responses API for a model whose default is chat completions. */
  readonly api?: "openai-responses";
}

/** What `buildRequest` returns: the request and its warnings, or every problem that blocks it. */
export type BuildResult =
  | { readonly ok: true; readonly value: HttpRequest; readonly problems: readonly RequestProblem[] }
  | {
      readonly ok: false;
      readonly error: { readonly code: RequestProblemCode; readonly message: string };
      readonly problems: readonly RequestProblem[];
    };

/** The effort values for a reasoning model whose source states no reasoning options at all. */
export const UNSTATED_EFFORT_VALUES: readonly string[] = ["none", "minimal", "low", "medium", "high", "xhigh", "max"];

type Obj = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}

/** What a request asks of the model, read off one wire format; every path is where the user wrote it. */
interface RequestView {
  readonly problems: RequestProblem[];
  readonly maxTokens: { path: string; value: unknown }[];
  readonly temperature: { path: string; value: unknown; max: number }[];
  readonly tools: string[];
  readonly reasoning: string[];
  readonly effort: { path: string; value: unknown }[];
  readonly budget: { path: string; value: unknown }[];
  readonly structured: string[];
  readonly inputs: { path: string; modality: Modality }[];
}

function emptyView(): RequestView {
  return { problems: [], maxTokens: [], temperature: [], tools: [], reasoning: [], effort: [], budget: [], structured: [], inputs: [] };
}

function join(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
}

/** Reads the fields one wire format defines; shared by every format's reader. */
class Reader {
  readonly view = emptyView();
  constructor(private readonly known: ReadonlySet<string>) {}

  problem(path: string, code: RequestProblemCode, message: string, severity: "error" | "warning" = "error"): void {
    this.view.problems.push({ path, code, severity, message });
  }

  /** Warns about top-level fields the format does not define (a typo is otherwise silently ignored). */
  unknownFields(request: Obj): void {
    for (const key of Object.keys(request)) {
      if (!this.known.has(key)) this.problem(key, "unknown_field", `"${key}" is not a field of this request format; the provider may reject or ignore it`, "warning");
    }
  }

  required(request: Obj, key: string, kind: "array" | "number" | "array-or-string"): void {
    const value = request[key];
    if (value === undefined) this.problem(key, "missing_field", `"${key}" is required`);
    else this.expect(key, value, kind);
  }

  expect(path: string, value: unknown, kind: "array" | "number" | "array-or-string" | "object" | "string" | "boolean"): boolean {
    const ok =
      kind === "array"
        ? Array.isArray(value)
        : kind === "array-or-string"
          ? Array.isArray(value) || typeof value === "string"
          : kind === "object"
            ? isObject(value)
            : typeof value === kind && (kind !== "number" || Number.isFinite(value));
    if (!ok) this.problem(path, "invalid_type", `Expected ${kind.replaceAll("-", " ")}, got ${describe(value)}`);
    return ok;
  }

  /** Each element of an array field that is an object, with its path; reports the others. */
  *objects(value: unknown, path: string): Generator<[Obj, string]> {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (isObject(item)) yield [item, join(path, i)];
      else this.problem(join(path, i), "invalid_type", `Expected an object, got ${describe(item)}`);
    }
  }

  present(request: Obj, key: string, into: string[], path = key): void {
    if (request[key] !== undefined) into.push(path);
  }

  capture(request: Obj, key: string, into: { path: string; value: unknown }[], path = key): void {
    if (request[key] !== undefined) into.push({ path, value: request[key] });
  }

  temperature(request: Obj, key: string, max: number, path = key): void {
    if (request[key] !== undefined) this.view.temperature.push({ path, value: request[key], max });
  }

  /** Content parts keyed by `type` (OpenAI, Mistral, Cohere, Anthropic). */
  typedParts(content: unknown, path: string, modalities: Readonly<Record<string, Modality>>): void {
    if (typeof content === "string" || content === null || content === undefined) return;
    if (!Array.isArray(content)) {
      this.problem(path, "invalid_type", `Expected a string or an array of parts, got ${describe(content)}`);
      return;
    }
    for (const [part, partPath] of this.objects(content, path)) {
      const type = part.type;
      if (typeof type !== "string") this.problem(join(partPath, "type"), "missing_field", `A content part needs a "type"`);
      else if (Object.hasOwn(modalities, type)) this.view.inputs.push({ path: partPath, modality: modalities[type]! });
    }
  }

  messages(request: Obj, key: string, modalities: Readonly<Record<string, Modality>>, contentRequired: boolean): void {
    for (const [message, path] of this.objects(request[key], key)) {
      if (typeof message.role !== "string") this.problem(join(path, "role"), "missing_field", `A message needs a "role"`);
      if (contentRequired && message.content === undefined) this.problem(join(path, "content"), "missing_field", `A message needs "content"`);
      this.typedParts(message.content, join(path, "content"), modalities);
    }
  }
}

const CHAT_PARTS: Readonly<Record<string, Modality>> = { image_url: "image", input_audio: "audio", file: "pdf", video_url: "video" };
const CHAT_COMMON = [
  "model", "messages", "max_tokens", "max_completion_tokens", "temperature", "top_p", "n", "stop", "stream", "stream_options",
  "tools", "tool_choice", "parallel_tool_calls", "response_format", "reasoning_effort", "seed", "presence_penalty",
  "frequency_penalty", "logprobs", "top_logprobs", "user",
];

/** The top-level fields each format's request type declares; a test keeps them equal. */
export const REQUEST_FIELDS: { readonly [A in WireApi]: readonly string[] } = {
  "openai-chat": [...CHAT_COMMON, "verbosity", "logit_bias", "store", "metadata", "service_tier", "modalities", "audio"],
  "openai-compatible": CHAT_COMMON,
  "openai-responses": [
    "model", "input", "instructions", "max_output_tokens", "temperature", "top_p", "stream", "tools", "tool_choice",
    "parallel_tool_calls", "reasoning", "text", "previous_response_id", "store", "metadata", "user", "service_tier",
    "truncation", "include", "background",
  ],
  "anthropic-messages": [
    "model", "messages", "max_tokens", "system", "temperature", "top_p", "top_k", "stop_sequences", "stream", "tools",
    "tool_choice", "thinking", "output_config", "metadata", "service_tier",
  ],
  "google-generate-content": ["model", "contents", "systemInstruction", "tools", "toolConfig", "generationConfig", "safetySettings", "cachedContent", "stream"],
  "bedrock-converse": ["model", "messages", "system", "inferenceConfig", "toolConfig", "outputConfig", "additionalModelRequestFields", "stream"],
  "mistral-chat": [
    "model", "messages", "temperature", "top_p", "max_tokens", "stream", "stop", "random_seed", "response_format", "tools",
    "tool_choice", "parallel_tool_calls", "presence_penalty", "frequency_penalty", "n", "safe_prompt", "prompt_mode",
  ],
  "cohere-chat": [
    "model", "messages", "tools", "tool_choice", "strict_tools", "response_format", "temperature", "max_tokens", "p", "k",
    "seed", "stop_sequences", "frequency_penalty", "presence_penalty", "stream", "thinking", "documents", "safety_mode",
  ],
};
const KNOWN = new Map(Object.entries(REQUEST_FIELDS).map(([api, fields]) => [api as WireApi, new Set(fields)]));

function chatView(r: Reader, req: Obj, api: "openai-chat" | "openai-compatible" | "mistral-chat"): void {
  const v = r.view;
  r.required(req, "messages", "array");
  r.messages(req, "messages", api === "mistral-chat" ? { image_url: "image", input_audio: "audio", document_url: "pdf" } : CHAT_PARTS, true);
  r.capture(req, "max_tokens", v.maxTokens);
  r.capture(req, "max_completion_tokens", v.maxTokens);
  r.temperature(req, "temperature", api === "mistral-chat" ? 1.5 : 2);
  for (const key of ["tools", "tool_choice", "parallel_tool_calls"]) r.present(req, key, v.tools);
  r.capture(req, "reasoning_effort", v.effort);
  r.present(req, "prompt_mode", v.reasoning);
  const format = req.response_format;
  if (isObject(format) && format.type === "json_schema") v.structured.push("response_format");
}

function responsesView(r: Reader, req: Obj): void {
  const v = r.view;
  const input = req.input;
  if (input === undefined) r.problem("input", "missing_field", `"input" is required`);
  else if (r.expect("input", input, "array-or-string") && Array.isArray(input)) {
    for (const [item, path] of r.objects(input, "input")) {
      if (item.type === undefined || item.type === "message") {
        if (typeof item.role !== "string") r.problem(join(path, "role"), "missing_field", `A message needs a "role"`);
        r.typedParts(item.content, join(path, "content"), { input_image: "image", input_file: "pdf", input_audio: "audio" });
      }
    }
  }
  r.capture(req, "max_output_tokens", v.maxTokens);
  r.temperature(req, "temperature", 2);
  for (const key of ["tools", "tool_choice", "parallel_tool_calls"]) r.present(req, key, v.tools);
  const reasoning = req.reasoning;
  if (reasoning !== undefined) {
    v.reasoning.push("reasoning");
    if (isObject(reasoning)) r.capture(reasoning, "effort", v.effort, "reasoning.effort");
  }
  const text = req.text;
  if (isObject(text) && isObject(text.format) && text.format.type === "json_schema") v.structured.push("text.format");
}

function anthropicView(r: Reader, req: Obj): void {
  const v = r.view;
  r.required(req, "messages", "array");
  r.messages(req, "messages", { image: "image", document: "pdf" }, true);
  if (req.max_tokens === undefined) r.problem("max_tokens", "missing_field", `"max_tokens" is required`);
  r.capture(req, "max_tokens", v.maxTokens);
  r.temperature(req, "temperature", 1);
  for (const key of ["tools", "tool_choice"]) r.present(req, key, v.tools);
  const thinking = req.thinking;
  if (thinking !== undefined) {
    if (isObject(thinking) && thinking.type === "disabled") {
      // Turning thinking off is valid for every model.
    } else {
      v.reasoning.push("thinking");
      if (isObject(thinking)) r.capture(thinking, "budget_tokens", v.budget, "thinking.budget_tokens");
    }
  }
  const config = req.output_config;
  if (isObject(config)) {
    r.capture(config, "effort", v.effort, "output_config.effort");
    if (config.format !== undefined) v.structured.push("output_config.format");
  }
}

const MIME_MODALITY: readonly [string, Modality][] = [["image/", "image"], ["audio/", "audio"], ["video/", "video"], ["application/pdf", "pdf"]];

function googleView(r: Reader, req: Obj): void {
  const v = r.view;
  r.required(req, "contents", "array");
  for (const [content, path] of r.objects(req.contents, "contents")) {
    if (!Array.isArray(content.parts)) {
      r.problem(join(path, "parts"), content.parts === undefined ? "missing_field" : "invalid_type", `A content needs an array of "parts"`);
      continue;
    }
    for (const [part, partPath] of r.objects(content.parts, join(path, "parts"))) {
      for (const key of ["inlineData", "fileData"]) {
        const data = part[key];
        if (!isObject(data)) continue;
        const mime = data.mimeType;
        if (typeof mime !== "string") {
          r.problem(join(join(partPath, key), "mimeType"), "missing_field", `"${key}" needs a "mimeType"`);
          continue;
        }
        const hit = MIME_MODALITY.find(([prefix]) => mime.startsWith(prefix));
        if (hit) v.inputs.push({ path: join(partPath, key), modality: hit[1] });
      }
    }
  }
  for (const key of ["tools", "toolConfig"]) r.present(req, key, v.tools);
  const config = req.generationConfig;
  if (config !== undefined && r.expect("generationConfig", config, "object") && isObject(config)) {
    r.capture(config, "maxOutputTokens", v.maxTokens, "generationConfig.maxOutputTokens");
    r.temperature(config, "temperature", 2, "generationConfig.temperature");
    for (const key of ["responseSchema", "responseJsonSchema"]) r.present(config, key, v.structured, `generationConfig.${key}`);
    const thinking = config.thinkingConfig;
    if (thinking !== undefined) {
      v.reasoning.push("generationConfig.thinkingConfig");
      if (isObject(thinking)) {
        r.capture(thinking, "thinkingBudget", v.budget, "generationConfig.thinkingConfig.thinkingBudget");
        r.capture(thinking, "thinkingLevel", v.effort, "generationConfig.thinkingConfig.thinkingLevel");
      }
    }
  }
}

function bedrockView(r: Reader, req: Obj): void {
  const v = r.view;
  r.required(req, "messages", "array");
  for (const [message, path] of r.objects(req.messages, "messages")) {
    if (typeof message.role !== "string") r.problem(join(path, "role"), "missing_field", `A message needs a "role"`);
    if (!Array.isArray(message.content)) {
      r.problem(join(path, "content"), message.content === undefined ? "missing_field" : "invalid_type", `A message needs an array of content blocks`);
      continue;
    }
    for (const [block, blockPath] of r.objects(message.content, join(path, "content"))) {
      for (const [key, modality] of [["image", "image"], ["document", "pdf"], ["video", "video"]] as const) {
        if (block[key] !== undefined) v.inputs.push({ path: join(blockPath, key), modality });
      }
    }
  }
  const config = req.inferenceConfig;
  if (config !== undefined && r.expect("inferenceConfig", config, "object") && isObject(config)) {
    r.capture(config, "maxTokens", v.maxTokens, "inferenceConfig.maxTokens");
    r.temperature(config, "temperature", 1, "inferenceConfig.temperature");
  }
  r.present(req, "toolConfig", v.tools);
  const output = req.outputConfig;
  if (isObject(output)) r.present(output, "textFormat", v.structured, "outputConfig.textFormat");
  const extra = req.additionalModelRequestFields;
  if (isObject(extra)) {
    for (const key of ["thinking", "reasoning_config"]) r.present(extra, key, v.reasoning, `additionalModelRequestFields.${key}`);
  }
}

function cohereView(r: Reader, req: Obj): void {
  const v = r.view;
  r.required(req, "messages", "array");
  r.messages(req, "messages", { image_url: "image" }, false);
  r.capture(req, "max_tokens", v.maxTokens);
  r.temperature(req, "temperature", 1);
  for (const key of ["tools", "tool_choice", "strict_tools"]) r.present(req, key, v.tools);
  const thinking = req.thinking;
  if (thinking !== undefined && !(isObject(thinking) && thinking.type === "disabled")) {
    v.reasoning.push("thinking");
    if (isObject(thinking)) r.capture(thinking, "token_budget", v.budget, "thinking.token_budget");
  }
  const format = req.response_format;
  if (isObject(format) && format.json_schema !== undefined) v.structured.push("response_format.json_schema");
}

function viewOf(api: WireApi, request: Obj): RequestView {
  const reader = new Reader(KNOWN.get(api)!);
  reader.unknownFields(request);
  if (api === "openai-chat" || api === "openai-compatible" || api === "mistral-chat") chatView(reader, request, api);
  else if (api === "openai-responses") responsesView(reader, request);
  else if (api === "anthropic-messages") anthropicView(reader, request);
  else if (api === "google-generate-content") googleView(reader, request);
  else if (api === "bedrock-converse") bedrockView(reader, request);
  else cohereView(reader, request);
  return reader.view;
}

const FEATURE_LABEL: Readonly<Record<Modality, string>> = { text: "text input", image: "image input", audio: "audio input", video: "video input", pdf: "pdf input" };

/** The effort values a model accepts: its stated ones, the general set when it states none, or none. */
function effortValuesOf(model: Model): readonly string[] | undefined {
  if (!model.capabilities.reasoning) return undefined;
  if (model.reasoningOptions === undefined) return UNSTATED_EFFORT_VALUES;
  const values = model.reasoningOptions.flatMap((o) => (o.type === "effort" ? o.values.filter((x): x is string => x !== null) : []));
  return values.length === 0 ? undefined : values;
}

/** Judges what the request asks against what the model has. */
function judge(model: Model, view: RequestView): RequestProblem[] {
  const problems = [...view.problems];
  const spec = model.spec;
  const add = (path: string, code: RequestProblemCode, message: string) => problems.push({ path, code, severity: "error", message });
  const caps = model.capabilities;
  for (const { path, value } of view.maxTokens) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) add(path, "invalid_value", `Expected a positive integer, got ${JSON.stringify(value) ?? describe(value)}`);
    else if (model.limits.output !== undefined && value > model.limits.output) {
      add(path, "over_limit", `${value} exceeds the output limit of ${spec} (${model.limits.output} tokens)`);
    }
  }
  for (const { path, value, max } of view.temperature) {
    if (!caps.temperature) add(path, "unsupported_feature", `${spec} does not accept temperature`);
    else if (typeof value !== "number" || !(value >= 0 && value <= max)) add(path, "invalid_value", `temperature must be a number from 0 to ${max}, got ${JSON.stringify(value) ?? describe(value)}`);
  }
  if (!caps.tools) for (const path of view.tools) add(path, "unsupported_feature", `${spec} does not support tool calling`);
  if (!caps.reasoning) for (const path of view.reasoning) add(path, "unsupported_feature", `${spec} does not support reasoning`);
  const efforts = effortValuesOf(model);
  for (const { path, value } of view.effort) {
    if (!caps.reasoning) add(path, "unsupported_feature", `${spec} does not support reasoning`);
    else if (efforts === undefined) add(path, "unsupported_feature", `${spec} takes no reasoning effort`);
    else if (typeof value !== "string" || !efforts.includes(value)) {
      add(path, "invalid_value", `${JSON.stringify(value) ?? describe(value)} is not an effort of ${spec} (${efforts.join(", ")})`);
    }
  }
  const budget = model.reasoningOptions?.find((o) => o.type === "budget_tokens");
  for (const { path, value } of view.budget) {
    if (!caps.reasoning) continue; // reported once, on the reasoning field
    if (typeof value !== "number" || !Number.isInteger(value)) add(path, "invalid_value", `Expected an integer, got ${JSON.stringify(value) ?? describe(value)}`);
    else if (budget?.type === "budget_tokens" && ((budget.min !== undefined && value < budget.min) || (budget.max !== undefined && value > budget.max))) {
      add(path, "invalid_value", `${value} is outside the thinking budget of ${spec} (${budget.min ?? 0}–${budget.max ?? "∞"} tokens)`);
    }
  }
  if (!caps.structuredOutput) for (const path of view.structured) add(path, "unsupported_feature", `${spec} does not support structured output`);
  for (const { path, modality } of view.inputs) {
    if (!model.modalities.input.includes(modality)) add(path, "unsupported_input", `${spec} does not take ${FEATURE_LABEL[modality]}`);
  }
  return problems;
}

/** The wire format a request for `model` uses, or a problem saying why there is none. */
function apiFor(model: Model, provider: Provider, options: RequestOptions | undefined): WireApi | RequestProblem {
  const protocol = protocolOf(model, provider);
  if (!CONVERSATION_MODES.has(model.mode)) {
    return { path: "", code: "unsupported_protocol", severity: "error", message: `${model.spec} is a ${model.mode} model; it takes no chat request` };
  }
  if (options?.api === "openai-responses") {
    if (protocol === "openai-chat" || protocol === "azure-openai" || protocol === "openai-responses") return "openai-responses";
    return { path: "", code: "unsupported_protocol", severity: "error", message: `${model.spec} speaks ${protocol}, not OpenAI's Responses API` };
  }
  return wireApiOf(protocol) ?? { path: "", code: "unsupported_protocol", severity: "error", message: `No request format is known for ${model.spec} (protocol "${protocol}")` };
}

/**
 * Every problem of `request` for `model`: errors block the call, warnings (unknown fields) do not.
 * Never throws, whatever `request` is.
 */
export function checkModelRequest(model: Model, provider: Provider, request: unknown, options?: RequestOptions): RequestProblem[] {
  const api = apiFor(model, provider, options);
  if (typeof api !== "string") return [api];
  try {
    if (!isObject(request)) return [{ path: "", code: "invalid_request", severity: "error", message: `Expected a request object, got ${describe(request)}` }];
    const problems = judge(model, viewOf(api, request));
    const named = request.model;
    if (named !== undefined && named !== model.spec && named !== model.id) {
      problems.unshift({ path: "model", code: "model_mismatch", severity: "error", message: `The request names ${JSON.stringify(named) ?? describe(named)}, not ${model.spec}` });
    }
    return problems;
  } catch (error) {
    // Getters and proxies can throw while being read; that is the request's problem, not ours.
    return [{ path: "", code: "invalid_request", severity: "error", message: `The request could not be read: ${error instanceof Error ? error.message : String(error)}` }];
  }
}

/** The variable holding the API key: the first `env` name that looks like a key and is not in the URL. */
function keyVariable(env: readonly string[], url: string): string | undefined {
  const free = env.filter((name) => !url.includes(`\${${name}}`));
  return free.find((n) => n.includes("API_KEY")) ?? free.find((n) => n.includes("TOKEN")) ?? free.find((n) => n.endsWith("_KEY")) ?? free[0];
}

/** Vertex AI takes an OAuth access token, which no API-key variable holds; the caller supplies it. */
const VERTEX_TOKEN = "GOOGLE_VERTEX_ACCESS_TOKEN";

const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

function fill(text: string, env: RequestOptions["env"], missing: Set<string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = env !== undefined && Object.hasOwn(env, name) ? env[name] : undefined;
    if (typeof value === "string" && value !== "") return value;
    missing.add(name);
    return whole;
  });
}

function withoutKeys(request: Obj, keys: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) if (!keys.includes(key)) body[key] = value;
  return body;
}

/** URL path, auth header and body of one call in `api`'s format. */
function wireOf(api: WireApi, protocol: Protocol, model: Model, request: Obj): { path: string; auth: "bearer" | "api-key" | "x-api-key" | "x-goog-api-key"; headers: Record<string, string>; body: Record<string, unknown> } {
  // One path segment; "@" is legal there and Vertex AI's ids carry it (claude-…@20251101).
  const id = encodeURIComponent(model.id).replaceAll("%40", "@");
  const stream = request.stream === true;
  const inBody = { model: model.id, ...withoutKeys(request, ["model"]) };
  switch (api) {
    case "openai-chat":
      return { path: "/chat/completions", auth: protocol === "azure-openai" ? "api-key" : "bearer", headers: {}, body: inBody };
    case "openai-compatible":
    case "mistral-chat":
      return { path: "/chat/completions", auth: "bearer", headers: {}, body: inBody };
    case "openai-responses":
      return { path: "/responses", auth: protocol === "azure-openai" ? "api-key" : "bearer", headers: {}, body: inBody };
    case "cohere-chat":
      return { path: "/chat", auth: "bearer", headers: {}, body: inBody };
    case "anthropic-messages":
      if (protocol === "google-vertex-anthropic") {
        const body = { anthropic_version: "vertex-2023-10-16", ...withoutKeys(request, ["model"]) };
        return { path: `/models/${id}:${stream ? "streamRawPredict" : "rawPredict"}`, auth: "bearer", headers: {}, body };
      }
      return { path: "/messages", auth: "x-api-key", headers: { "anthropic-version": "2023-06-01" }, body: inBody };
    case "google-generate-content":
      return {
        path: `/models/${id}:${stream ? "streamGenerateContent?alt=sse" : "generateContent"}`,
        auth: protocol === "google-vertex" ? "bearer" : "x-goog-api-key",
        headers: {},
        body: withoutKeys(request, ["model", "stream"]),
      };
    case "bedrock-converse":
      return { path: `/model/${id}/${stream ? "converse-stream" : "converse"}`, auth: "bearer", headers: {}, body: withoutKeys(request, ["model", "stream"]) };
  }
}

/**
 * The HTTP request for `request` to `model`: the URL from the catalog's base URL, the auth header
 * naming the API-key variable (`Bearer ${OPENAI_API_KEY}`) unless `options.env` gives its value, and
 * the body with the provider's own model id. Pure: it reads no environment and sends nothing.
 */
export function buildModelRequest(model: Model, provider: Provider, request: unknown, options?: RequestOptions): BuildResult {
  const problems = checkModelRequest(model, provider, request, options);
  const fail = (code: RequestProblemCode, message: string): BuildResult => ({ ok: false, error: { code, message }, problems });
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    return fail(first.code, `${first.path === "" ? "" : `${first.path}: `}${first.message}${more}`);
  }
  const api = apiFor(model, provider, options) as WireApi;
  const protocol = protocolOf(model, provider);
  const base = (model.baseUrl ?? provider.baseUrl)?.replace(/\/+$/, "");
  if (base === undefined) {
    problems.push({ path: "", code: "no_endpoint", severity: "error", message: `The catalog has no base URL for ${model.spec}` });
    return fail("no_endpoint", `The catalog has no base URL for ${model.spec}`);
  }
  try {
    const wire = wireOf(api, protocol, model, request as Obj);
    const missing = new Set<string>();
    const url = fill(`${base}${wire.path}`, options?.env, missing);
    const vertex = protocol === "google-vertex" || protocol === "google-vertex-anthropic";
    const key = vertex ? VERTEX_TOKEN : keyVariable(provider.env, model.baseUrl ?? provider.baseUrl ?? "");
    const headers: Record<string, string> = { "content-type": "application/json", ...wire.headers };
    if (key !== undefined) {
      const secret = `\${${key}}`;
      const name = wire.auth === "bearer" ? "authorization" : wire.auth;
      headers[name] = fill(wire.auth === "bearer" ? `Bearer ${secret}` : secret, options?.env, missing);
    }
    const body = JSON.stringify(wire.body);
    return { ok: true, value: { url, method: "POST", headers, body, variables: [...missing].sort() }, problems };
  } catch (error) {
    // JSON.stringify throws on cycles and BigInt; report it like any other bad input.
    const message = `The request cannot be sent as JSON: ${error instanceof Error ? error.message : String(error)}`;
    problems.push({ path: "", code: "invalid_request", severity: "error", message });
    return fail("invalid_request", message);
  }
}
