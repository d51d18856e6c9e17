// llm-catalog/ai-sdk with the real AI SDK (`ai` 6, `@ai-sdk/openai`, `@ai-sdk/anthropic`,
// `@ai-sdk/openai-compatible`) against a local recorder on 127.0.0.1: calls go through the catalog
// registry to the provider's URL with its auth header, `costOf` prices the usage the SDK returns as
// `estimateCost` prices the same counts, and a streamed call reports its cost once.
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { embed, generateText, streamText, wrapLanguageModel } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callSettings, costMiddleware, costOf, createCatalogRegistry, usageOf, type CostReport } from "../../runtime/ai-sdk/index.js";
import { openAICompatibleProvider, openAICompatibleProviders } from "../../runtime/ai-sdk/openai-compatible.js";
import { estimateCost, models, providers } from "../../runtime/index.js";
import { startRecorder, type RecordedCall, type Recorder, type Reply } from "./protocols/oracle/recorder.js";

const CREATED = 1_767_225_600;

/** OpenAI's Responses API answer for a reasoning model: 1,200 input tokens of which 1,000 cached, 300 output of which 200 reasoning. */
const RESPONSES_REPLY = {
  id: "resp_1",
  object: "response",
  created_at: CREATED,
  model: "o3",
  status: "completed",
  error: null,
  incomplete_details: null,
  output: [
    { type: "reasoning", id: "rs_1", summary: [] },
    { type: "message", id: "msg_1", role: "assistant", status: "completed", content: [{ type: "output_text", text: "Hello", annotations: [] }] },
  ],
  usage: {
    input_tokens: 1200,
    input_tokens_details: { cached_tokens: 1000 },
    output_tokens: 300,
    output_tokens_details: { reasoning_tokens: 200 },
    total_tokens: 1500,
  },
};

/** Anthropic's answer with prompt caching: 100 fresh input tokens, 2,000 written to the cache, 5,000 read from it. */
const MESSAGES_REPLY = {
  id: "msg_1",
  type: "message",
  role: "assistant",
  model: "claude-sonnet-4-5",
  content: [{ type: "text", text: "Hello" }],
  stop_reason: "end_turn",
  stop_sequence: null,
  usage: { input_tokens: 100, cache_creation_input_tokens: 2000, cache_read_input_tokens: 5000, output_tokens: 50 },
};

const CHAT_USAGE = { prompt_tokens: 900, completion_tokens: 40, total_tokens: 940, prompt_tokens_details: { cached_tokens: 600 } };
const CHAT_REPLY = {
  id: "c1",
  object: "chat.completion",
  created: CREATED,
  model: "deepseek-chat",
  choices: [{ index: 0, message: { role: "assistant", content: "Hello" }, finish_reason: "stop" }],
  usage: CHAT_USAGE,
};

/** The same answer as a chat-completions event stream, usage in the last chunk (as `stream_options.include_usage` asks). */
const CHAT_STREAM = [
  {
    id: "c1",
    object: "chat.completion.chunk",
    created: CREATED,
    model: "deepseek-chat",
    choices: [{ index: 0, delta: { role: "assistant", content: "Hel" }, finish_reason: null }],
  },
  {
    id: "c1",
    object: "chat.completion.chunk",
    created: CREATED,
    model: "deepseek-chat",
    choices: [{ index: 0, delta: { content: "lo" }, finish_reason: "stop" }],
  },
  { id: "c1", object: "chat.completion.chunk", created: CREATED, model: "deepseek-chat", choices: [], usage: CHAT_USAGE },
]
  .map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`)
  .join("")
  .concat("data: [DONE]\n\n");

const EMBEDDING_REPLY = {
  object: "list",
  data: [{ object: "embedding", index: 0, embedding: [0.1, 0.2, 0.3] }],
  model: "text-embedding-3-small",
  usage: { prompt_tokens: 2, total_tokens: 2 },
};

function replyTo(call: RecordedCall): Reply {
  if (call.path.endsWith("/responses")) return { status: 200, body: RESPONSES_REPLY };
  if (call.path.endsWith("/messages")) return { status: 200, body: MESSAGES_REPLY };
  if (call.path.endsWith("/embeddings")) return { status: 200, body: EMBEDDING_REPLY };
  if (call.path.endsWith("/chat/completions")) {
    const streamed = (call.body as { stream?: boolean }).stream === true;
    return streamed ? { status: 200, body: CHAT_STREAM, headers: { "content-type": "text/event-stream" } } : { status: 200, body: CHAT_REPLY };
  }
  return { status: 404, body: { error: { message: `no route for ${call.path}` } } };
}

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder(replyTo);
});
afterAll(() => recorder.close());

/** The three providers of the tests, all on the recorder: two SDK packages and one catalog-built OpenAI-compatible provider. */
function sdkProviders() {
  return {
    openai: createOpenAI({ baseURL: `${recorder.url}/v1`, apiKey: "sk-openai-test" }),
    anthropic: createAnthropic({ baseURL: `${recorder.url}/v1`, apiKey: "sk-ant-test" }),
    deepseek: openAICompatibleProvider("deepseek", { env: { DEEPSEEK_API_KEY: "sk-deepseek-test" }, baseUrls: { deepseek: recorder.url } }),
  };
}

/** The one call the recorder got since it was cleared. */
function onlyCall(): RecordedCall {
  expect(recorder.calls).toHaveLength(1);
  return recorder.calls[0]!;
}

describe("createCatalogRegistry with the real SDK", () => {
  it("sends generateText to each provider's URL with its auth header and the provider's model id", async () => {
    const registry = createCatalogRegistry(sdkProviders());
    const cases = [
      { spec: "openai:o3", path: "/v1/responses", header: "authorization", value: "Bearer sk-openai-test", model: "o3" },
      { spec: "anthropic:claude-sonnet-4-5", path: "/v1/messages", header: "x-api-key", value: "sk-ant-test", model: "claude-sonnet-4-5" },
      { spec: "deepseek:deepseek-chat", path: "/chat/completions", header: "authorization", value: "Bearer sk-deepseek-test", model: "deepseek-chat" },
    ] as const;
    for (const c of cases) {
      recorder.clear();
      const result = await generateText({ model: registry.languageModel(c.spec), prompt: "Say hello" });
      expect(result.text).toBe("Hello");
      const call = onlyCall();
      expect({ method: call.method, path: call.path, auth: call.headers[c.header], model: (call.body as { model: string }).model }).toEqual({
        method: "POST",
        path: c.path,
        auth: c.value,
        model: c.model,
      });
    }
  });

  it("resolves plain string models through the registry once it is the SDK's default provider", async () => {
    const registry = createCatalogRegistry(sdkProviders());
    const restore = registry.setAsDefaultProvider();
    try {
      recorder.clear();
      const result = await generateText({ model: "anthropic:claude-sonnet-4-5", prompt: "Say hello" });
      expect(result.text).toBe("Hello");
      expect(onlyCall().path).toBe("/v1/messages");
      // The run-time check applies to strings that reach the default provider unchecked by the compiler.
      await expect(generateText({ model: "anthropic:claude-sonnet-4-5-typo" as "anthropic:claude-sonnet-4-5", prompt: "x" })).rejects.toThrow(
        "Unknown model 'claude-sonnet-4-5-typo' for provider 'anthropic'",
      );
    } finally {
      restore();
    }
    expect(globalThis.AI_SDK_DEFAULT_PROVIDER).toBeUndefined();
  });

  it("embeds through embeddingModel", async () => {
    const registry = createCatalogRegistry(sdkProviders());
    recorder.clear();
    const result = await embed({ model: registry.embeddingModel("openai:text-embedding-3-small"), value: "hello" });
    expect(result.embedding).toEqual([0.1, 0.2, 0.3]);
    expect(onlyCall()).toMatchObject({ path: "/v1/embeddings", body: { model: "text-embedding-3-small" } });
  });

  it("rejects at run time what the types reject, with the same words", () => {
    const registry = createCatalogRegistry({ openai: sdkProviders().openai });
    const unchecked = registry as unknown as { languageModel(s: string): unknown; embeddingModel(s: string): unknown };
    expect(() => unchecked.languageModel("openai:gpt-4o-typo")).toThrow(
      new TypeError(`Unknown model 'gpt-4o-typo' for provider 'openai' ("openai:gpt-4o-typo")`),
    );
    expect(() => unchecked.languageModel("openai:text-embedding-3-small")).toThrow("'openai:text-embedding-3-small' is an embedding model, not a chat model");
    expect(() => unchecked.embeddingModel("openai:gpt-4o")).toThrow("'openai:gpt-4o' is a chat model, not an embedding model");
    expect(() => unchecked.languageModel("anthropic:claude-sonnet-4-5")).toThrow(
      "Provider 'anthropic' is not in this registry: pass it to createCatalogRegistry",
    );
    expect(() => unchecked.languageModel("opnai:gpt-4o")).toThrow('Unknown provider "opnai"');
    expect(() => unchecked.languageModel("gpt-4o")).toThrow('Expected "provider:model", got "gpt-4o"');
  });
});

describe("costOf on the usage the SDK returns", () => {
  it("prices a cached Anthropic response like estimateCost: input is the whole prompt, cache reads and writes at their rates", async () => {
    const registry = createCatalogRegistry(sdkProviders());
    const result = await generateText({ model: registry.languageModel("anthropic:claude-sonnet-4-5"), prompt: "Say hello" });
    const counts = { input: 100 + 2000 + 5000, output: 50, cacheRead: 5000, cacheWrite: 2000 };
    expect(costOf("anthropic:claude-sonnet-4-5", result.usage)).toEqual(estimateCost("anthropic:claude-sonnet-4-5", counts));
    // 100 × $3 + 5,000 × $0.30 + 2,000 × $3.75 + 50 × $15 per 1M tokens.
    expect(costOf("anthropic:claude-sonnet-4-5", result.usage)?.total).toBe(0.01005);
  });

  it("prices a reasoning response like estimateCost: reasoning is part of the output, cached input at the cache rate", async () => {
    const registry = createCatalogRegistry(sdkProviders());
    const result = await generateText({ model: registry.languageModel("openai:o3"), prompt: "Say hello" });
    const counts = { input: 1200, output: 300, cacheRead: 1000, reasoning: 200 };
    const cost = costOf("openai:o3", result.usage);
    expect(cost).toEqual(estimateCost("openai:o3", counts));
    expect(cost?.breakdown).toMatchObject({ input: 0.0004, cacheRead: 0.0005, output: 0.0008, reasoning: 0.0016 });
  });

  it("reads the totals' parts when a provider leaves the totals out, and the deprecated flat fields", () => {
    expect(
      usageOf({
        inputTokens: undefined,
        inputTokenDetails: { noCacheTokens: 10, cacheReadTokens: 20, cacheWriteTokens: 30 },
        outputTokens: undefined,
        outputTokenDetails: { textTokens: 5, reasoningTokens: 7 },
      }),
    ).toEqual({ input: 60, output: 12, cacheRead: 20, cacheWrite: 30, reasoning: 7 });
    expect(usageOf({ inputTokens: 50, outputTokens: 9, cachedInputTokens: 40, reasoningTokens: 3 })).toEqual({
      input: 50,
      output: 9,
      cacheRead: 40,
      cacheWrite: 0,
      reasoning: 3,
    });
  });

  it("is undefined for a model without a price or a spec the catalog lacks", () => {
    const unpriced = models().find((m) => m.cost === undefined && m.mode === "chat");
    expect(unpriced).toBeDefined();
    expect(costOf(unpriced!.spec, { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
    expect(costOf("openai:gpt-4o-typo", { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
  });
});

describe("cost reports from the middleware", () => {
  it("reports a generateText call once, with its cost", async () => {
    const reports: CostReport[] = [];
    const registry = createCatalogRegistry(sdkProviders(), { onCost: (r) => reports.push(r) });
    await generateText({ model: registry.languageModel("deepseek:deepseek-chat"), prompt: "Say hello" });
    const usage = { input: 900, output: 40, cacheRead: 600, cacheWrite: 0, reasoning: 0 };
    expect(reports).toEqual([{ spec: "deepseek:deepseek-chat", kind: "generate", usage, cost: estimateCost("deepseek:deepseek-chat", usage) }]);
  });

  it("reports a streamed call exactly once, when its stream finishes", async () => {
    const reports: CostReport[] = [];
    const model = wrapLanguageModel({
      model: sdkProviders().deepseek.languageModel("deepseek-chat"),
      middleware: costMiddleware({ spec: "deepseek:deepseek-chat", onCost: (r) => reports.push(r) }),
    });
    recorder.clear();
    const result = streamText({ model, prompt: "Say hello" });
    const chunks: string[] = [];
    for await (const text of result.textStream) {
      chunks.push(text);
      // The usage comes with the last chunk: nothing is reported while text still arrives.
      expect(reports).toEqual([]);
    }
    expect(chunks.join("")).toBe("Hello");
    await result.usage;
    await result.text;
    expect(reports).toHaveLength(1);
    const usage = { input: 900, output: 40, cacheRead: 600, cacheWrite: 0, reasoning: 0 };
    expect(reports[0]).toEqual({ spec: "deepseek:deepseek-chat", kind: "stream", usage, cost: estimateCost("deepseek:deepseek-chat", usage) });
    // The catalog-built provider asks for usage in the stream; without it there would be nothing to price.
    expect(onlyCall().body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    // The middleware reports the same cost that costOf gives for the usage streamText resolves to.
    expect(reports[0]!.cost).toEqual(costOf("deepseek:deepseek-chat", await result.usage));
  });
});

describe("openAICompatibleProviders", () => {
  it("builds one SDK provider per OpenAI-compatible provider of the catalog", () => {
    const built = openAICompatibleProviders({ env: {} });
    const compatible = providers()
      .filter((p) => p.protocol === "openai-compatible")
      .map((p) => p.id);
    expect(compatible).toHaveLength(124);
    expect(Object.keys(built).sort()).toEqual(compatible);
  });

  it("calls the catalog's base URL with the key from env, and fills the URL's variables from env", async () => {
    const seen: { url: string; auth: string | null }[] = [];
    // A fetch that notes where the SDK sends each call and answers from the recorder, so no call leaves the machine.
    const fetchVia: typeof globalThis.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      seen.push({ url, auth: new Headers(init?.headers).get("authorization") });
      return globalThis.fetch(`${recorder.url}/chat/completions`, init);
    };
    const env = { GROQ_API_KEY: "gsk-test", CLOUDFLARE_ACCOUNT_ID: "acct-1", CLOUDFLARE_API_KEY: "cf-test" };
    const registry = createCatalogRegistry(openAICompatibleProviders({ env, fetch: fetchVia }));
    await generateText({ model: registry.languageModel("groq:llama-3.3-70b-versatile"), prompt: "Say hello" });
    await generateText({ model: registry.languageModel("cloudflare-workers-ai:@cf/meta/llama-3.3-70b-instruct-fp8-fast"), prompt: "Say hello" });
    expect(seen).toEqual([
      { url: "https://api.groq.com/openai/v1/chat/completions", auth: "Bearer gsk-test" },
      { url: "https://api.cloudflare.com/client/v4/accounts/acct-1/ai/v1/chat/completions", auth: "Bearer cf-test" },
    ]);
  });

  it("names the missing variables when a provider's model is created without them", () => {
    const built = openAICompatibleProviders({ env: { CLOUDFLARE_API_KEY: "cf-test" } });
    expect(() => built.deepseek.languageModel("deepseek-chat")).toThrow("deepseek: set DEEPSEEK_API_KEY in the env passed to openAICompatibleProviders");
    expect(() => built["cloudflare-workers-ai"].languageModel("@cf/meta/llama-3.3-70b-instruct-fp8-fast")).toThrow(
      "cloudflare-workers-ai: set CLOUDFLARE_ACCOUNT_ID in the env passed to openAICompatibleProviders",
    );
  });

  it("asks no key of a server on this machine (LM Studio), as buildRequest does, and uses one if given", () => {
    expect(() => openAICompatibleProviders({ env: {} }).lmstudio.languageModel("openai/gpt-oss-20b")).not.toThrow();
    expect(() => openAICompatibleProviders({ env: { LMSTUDIO_API_KEY: "lm" } }).lmstudio.languageModel("openai/gpt-oss-20b")).not.toThrow();
  });

  it("refuses a model the catalog serves over another protocol, and a provider that is not OpenAI-compatible", () => {
    const built = openAICompatibleProviders({ env: { CLOUDFLARE_API_TOKEN: "t", CLOUDFLARE_ACCOUNT_ID: "a", CLOUDFLARE_GATEWAY_ID: "g" } });
    expect(() => built["cloudflare-ai-gateway"].languageModel("anthropic/claude-opus-4-7")).toThrow("is served over anthropic-messages");
    expect(() => openAICompatibleProvider("openai" as "deepseek", { env: {} })).toThrow('"openai" is not an OpenAI-compatible provider of the catalog');
  });
});

describe("callSettings", () => {
  it("clamps maxOutputTokens to the model's output limit, defaults to it, and drops temperature where the model takes none", () => {
    expect(callSettings("openai:gpt-4o", { maxOutputTokens: 100_000, temperature: 0.2 })).toEqual({ maxOutputTokens: 16384, temperature: 0.2 });
    expect(callSettings("openai:gpt-4o", { maxOutputTokens: 500 })).toEqual({ maxOutputTokens: 500 });
    expect(callSettings("openai:o3")).toEqual({ maxOutputTokens: 100_000 });
    expect(callSettings("openai:o3", { temperature: 0.2 })).toEqual({ maxOutputTokens: 100_000 });
    expect(() => callSettings("openai:gpt-4o-typo" as "openai:gpt-4o")).toThrow(TypeError);
  });

  it("gives settings generateText sends as they are", async () => {
    const registry = createCatalogRegistry(sdkProviders());
    recorder.clear();
    await generateText({
      model: registry.languageModel("deepseek:deepseek-chat"),
      prompt: "Say hello",
      ...callSettings("deepseek:deepseek-chat", { maxOutputTokens: 1e9 }),
    });
    expect(onlyCall().body).toMatchObject({ max_tokens: 384_000 });
  });
});
