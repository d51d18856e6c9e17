// The Anthropic Messages API against its official client, @anthropic-ai/sdk (API version 2023-06-01).
// Wire: each request goes to a local recorder once through `client.messages.create` and once as
// `buildRequest` built it; path, query, the `x-api-key` header, content type and body must be equal.
// Nothing is removed from either side: the SDK adds no body defaults to `messages.create`.
// Not compared: the SDK's own headers (user agent, `x-stainless-*`, its retry count), which carry
// no part of the request.
// Types: each request below is written against our request type (`satisfies`) and passed to the
// SDK's `messages.create` without a cast; each request written for the SDK (`satisfies` its
// `MessageCreateParamsNonStreaming`, model left out) is passed to `buildRequest` for a catalog model.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AnthropicMessagesRequest, type AnthropicTool, buildRequest, checkRequest, getModel, provider } from "../../../runtime/index.js";
import { buildModelRequest, type HttpRequest } from "../../../runtime/request.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import { builtOnRecorder, comparable, type Recorder, sendBuilt, sendWithClient, startRecorder } from "./oracle/recorder.js";

type SdkParams = Anthropic.MessageCreateParamsNonStreaming;

const CASES = join(import.meta.dirname, "..", "..", "types", "cases");

const KEY = "sk-ant-oracle";
const ENV = { ANTHROPIC_API_KEY: KEY, AZURE_API_KEY: KEY, AZURE_RESOURCE_NAME: "oracle" };
const IMAGE = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const PDF = "JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK";
const weather = {
  name: "get_weather",
  description: "The current weather of a city",
  input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false },
} satisfies AnthropicTool;

// ---------------------------------------------------------------- requests written with our types

/** Plain text: system blocks with a cache breakpoint, sampling fields, metadata, service tier, an assistant prefill. */
const text = {
  max_tokens: 512,
  system: [
    { type: "text", text: "You are terse." },
    { type: "text", text: "A long, cached preamble.", cache_control: { type: "ephemeral", ttl: "1h" } },
  ],
  messages: [
    { role: "user", content: "Name three primes." },
    { role: "assistant", content: "2, 3," },
  ],
  temperature: 0.2,
  top_k: 40,
  stop_sequences: ["\n\n"],
  metadata: { user_id: "user-42" },
  service_tier: "standard_only",
  cache_control: { type: "ephemeral" },
} satisfies AnthropicMessagesRequest<"anthropic:claude-sonnet-4-6">;

/** A tool loop with thinking: the assistant turn replays thinking, redacted thinking and a tool call; the result carries an image. */
const toolLoop = {
  max_tokens: 4096,
  thinking: { type: "enabled", budget_tokens: 2048, display: "summarized" },
  tools: [{ ...weather, cache_control: { type: "ephemeral" } }],
  tool_choice: { type: "auto", disable_parallel_tool_use: true },
  messages: [
    { role: "user", content: [{ type: "text", text: "Weather in Paris, and show me the radar." }] },
    {
      role: "assistant",
      content: [
        { type: "thinking", thinking: "The user wants the weather.", signature: "c2lnbmF0dXJl" },
        { type: "redacted_thinking", data: "ZW5jcnlwdGVk" },
        { type: "text", text: "Checking." },
        { type: "tool_use", id: "toolu_01", name: "get_weather", input: { city: "Paris" } },
      ],
    },
    {
      role: "user",
      content: [
        {
          type: "tool_result",
          tool_use_id: "toolu_01",
          content: [
            { type: "text", text: "18°C, light rain" },
            { type: "image", source: { type: "base64", media_type: "image/png", data: IMAGE } },
          ],
          cache_control: { type: "ephemeral" },
        },
        { type: "text", text: "And tomorrow?" },
      ],
    },
    { role: "assistant", content: [{ type: "tool_use", id: "toolu_02", name: "get_weather", input: { city: "Paris" } }] },
    { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_02", content: "unavailable", is_error: true }] },
  ],
} satisfies AnthropicMessagesRequest<"anthropic:claude-sonnet-4-6">;

/** Images and documents, by value and by URL, with citations, and a search result to ground on. */
const documents = {
  max_tokens: 1024,
  messages: [
    {
      role: "user",
      content: [
        { type: "image", source: { type: "base64", media_type: "image/png", data: IMAGE } },
        { type: "image", source: { type: "url", url: "https://example.com/chart.jpg" }, cache_control: { type: "ephemeral" } },
        {
          type: "document",
          source: { type: "base64", media_type: "application/pdf", data: PDF },
          title: "Q3 report",
          context: "Internal",
          citations: { enabled: true },
        },
        { type: "document", source: { type: "url", url: "https://example.com/paper.pdf" } },
        {
          type: "search_result",
          source: "https://example.com/wiki/primes",
          title: "Primes",
          content: [{ type: "text", text: "2 is the only even prime." }],
          citations: { enabled: true },
        },
        { type: "text", text: "Summarise these." },
      ],
    },
  ],
} satisfies AnthropicMessagesRequest<"anthropic:claude-sonnet-4-6">;

/** Adaptive thinking, the only thinking mode of the newest models, with an effort only they take. */
const adaptive = {
  max_tokens: 8192,
  thinking: { type: "adaptive", display: "omitted" },
  output_config: { effort: "xhigh" },
  messages: [{ role: "user", content: "Prove that there are infinitely many primes." }],
} satisfies AnthropicMessagesRequest<"anthropic:claude-opus-4-7">;

/** Structured output with an effort, a forced tool, and thinking turned off. */
const structured = {
  max_tokens: 1024,
  thinking: { type: "disabled" },
  tools: [weather],
  tool_choice: { type: "tool", name: "get_weather" },
  output_config: {
    effort: "max",
    format: { type: "json_schema", schema: { type: "object", properties: { answer: { type: "string" } }, required: ["answer"] } },
  },
  messages: [{ role: "user", content: "Answer in JSON." }],
} satisfies AnthropicMessagesRequest<"azure:claude-sonnet-4-6">;

/** Each request with the catalog spec it is written for, the provider's model id, and the base path of its API. */
const OURS = [
  { name: "text", spec: "anthropic:claude-sonnet-4-6", id: "claude-sonnet-4-6", basePath: "", request: text },
  { name: "tool loop with thinking", spec: "anthropic:claude-sonnet-4-6", id: "claude-sonnet-4-6", basePath: "", request: toolLoop },
  { name: "images and documents", spec: "anthropic:claude-sonnet-4-6", id: "claude-sonnet-4-6", basePath: "", request: documents },
  { name: "adaptive thinking", spec: "anthropic:claude-opus-4-7", id: "claude-opus-4-7", basePath: "", request: adaptive },
  { name: "structured output (Azure)", spec: "azure:claude-sonnet-4-6", id: "claude-sonnet-4-6", basePath: "/anthropic", request: structured },
] as const;

// ---------------------------------------------------------------- requests written for the SDK

const sdkToolLoop = {
  max_tokens: 2048,
  system: [{ type: "text", text: "Use tools.", cache_control: { type: "ephemeral" } }],
  thinking: { type: "enabled", budget_tokens: 1024 },
  tools: [{ name: "lookup", input_schema: { type: "object", properties: { q: { type: "string" } } }, cache_control: { type: "ephemeral", ttl: "5m" } }],
  tool_choice: { type: "any", disable_parallel_tool_use: false },
  messages: [
    { role: "user", content: "Look up the capital of France." },
    {
      role: "assistant",
      content: [
        { type: "thinking", thinking: "Use lookup.", signature: "sig" },
        { type: "redacted_thinking", data: "opaque" },
        { type: "tool_use", id: "toolu_9", name: "lookup", input: { q: "capital of France" } },
      ],
    },
    {
      role: "user",
      content: [
        {
          type: "tool_result",
          tool_use_id: "toolu_9",
          content: [
            { type: "text", text: "Paris" },
            { type: "document", source: { type: "base64", media_type: "application/pdf", data: PDF } },
            { type: "search_result", source: "atlas", title: "Atlas", content: [{ type: "text", text: "Paris is the capital." }] },
          ],
        },
      ],
    },
  ],
  metadata: { user_id: "u-1" },
  stop_sequences: ["END"],
  top_p: 0.9,
} satisfies Omit<SdkParams, "model">;

const sdkAdaptive = {
  max_tokens: 4096,
  thinking: { type: "adaptive", display: "summarized" },
  output_config: { effort: "low" },
  tool_choice: { type: "none" },
  tools: [{ name: "noop", input_schema: { type: "object" } }],
  messages: [
    {
      role: "user",
      content: [
        { type: "image", source: { type: "url", url: "https://example.com/a.png" } },
        { type: "text", text: "What is this?" },
      ],
    },
  ],
  service_tier: "auto",
} satisfies Omit<SdkParams, "model">;

const sdkStructured = {
  max_tokens: 512,
  output_config: { format: { type: "json_schema", schema: { type: "object", properties: { n: { type: "integer" } } } } },
  messages: [{ role: "user", content: "Pick a number." }],
} satisfies Omit<SdkParams, "model">;

// Direction (b): what the SDK takes, within the fields we model, builds for a model that supports it.
const THEIRS = [
  {
    name: "tool loop with thinking",
    spec: "anthropic:claude-sonnet-4-6",
    request: sdkToolLoop,
    built: buildRequest("anthropic:claude-sonnet-4-6", sdkToolLoop),
  },
  {
    name: "adaptive thinking with an image",
    spec: "anthropic:claude-opus-4-7",
    request: sdkAdaptive,
    built: buildRequest("anthropic:claude-opus-4-7", sdkAdaptive),
  },
  { name: "structured output", spec: "azure:claude-sonnet-4-6", request: sdkStructured, built: buildRequest("azure:claude-sonnet-4-6", sdkStructured) },
] as const;

// ---------------------------------------------------------------- the tests

/**
 * What `buildRequest` builds for `spec`, sent to the recorder. Azure's Claude models carry their own
 * base URL, which `builtOnRecorder` leaves in place (it moves only the provider's), so those are
 * moved here.
 */
function builtFor(spec: string, request: unknown, recorder: Recorder, basePath: string): HttpRequest {
  const model = getModel(spec);
  if (model?.baseUrl === undefined) return builtOnRecorder(spec, request, recorder, `${basePath}/v1`, { env: ENV });
  const result = buildModelRequest({ ...model, baseUrl: `${recorder.url}${basePath}/v1` }, provider(model.provider)!, request, { env: ENV });
  if (!result.ok) throw new Error(`${spec}: expected a request, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

describe("anthropic-messages against @anthropic-ai/sdk", () => {
  let recorder: Recorder;
  beforeAll(async () => {
    recorder = await startRecorder();
  });
  afterAll(async () => {
    await recorder.close();
  });

  for (const { name, spec, id, basePath, request } of OURS) {
    it(`sends what the SDK sends: ${name}`, async () => {
      recorder.clear();
      // The SDK logs model deprecation notices; they say nothing about the request.
      const client = new Anthropic({ apiKey: KEY, baseURL: `${recorder.url}${basePath}`, maxRetries: 0, logLevel: "off" });
      // Direction (a) of the type oracle: the request as written for our type goes to the SDK as it is.
      await sendWithClient(() => client.messages.create({ model: id, ...request }));
      await sendBuilt(builtFor(spec, request, recorder, basePath));
      expect(recorder.calls).toHaveLength(2);
      const [sdk, ours] = recorder.calls.map((c) => comparable(c, "x-api-key"));
      expect(ours).toEqual(sdk);
      expect(sdk?.path).toBe(`${basePath}/v1/messages`);
      expect(sdk?.auth).toBe(KEY);
    });
  }

  for (const { name, spec, request } of OURS) {
    it(`checks our ${name} request without a problem`, () => {
      expect(checkRequest(spec, request)).toEqual([]);
    });
  }

  for (const { name, spec, request, built } of THEIRS) {
    it(`builds the SDK's ${name} request, with no problem and the body unchanged`, () => {
      expect(checkRequest(spec, request)).toEqual([]);
      expect(built.ok).toBe(true);
      if (built.ok) expect(JSON.parse(built.value.body)).toEqual({ model: getModel(spec)!.id, ...request });
    });
  }

  it("refuses what the wire refuses, at compile time, one golden message per line (requests-anthropic-messages-invalid.ts)", () => {
    const diagnostics = typeDiagnostics([join(CASES, "requests-anthropic-messages-invalid.ts")]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(join(CASES, "requests-anthropic-messages-invalid.expected.txt"), "utf8"));
    const lines = readFileSync(join(CASES, "requests-anthropic-messages-invalid.ts"), "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(buildRequest|export const)/.test(l) ? [i + 1] : []));
    expect(diagnostics.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
  });
});
