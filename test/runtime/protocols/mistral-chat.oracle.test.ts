// Oracle for Mistral's chat completions: the official `@mistralai/mistralai` client and `buildRequest`
// send the same requests to a local recorder, and the request types are checked against the client's
// wire body type (`ChatCompletionRequest$Outbound`, snake_case) in both directions (this file is
// type-checked by `tsc -p tsconfig.json`).
// The client's methods take camelCase objects and serialize them to the snake_case wire, so each of
// our requests is written once more for the client (`camel`); the wire test shows both send the same.
// Wire exceptions: the client's serializer fills defaults we do not send, removed from its body before
// comparing: `stream: false`, an assistant message's `prefix: false`, a tool call's `index: 0` and
// `type: "function"`. Its
// own headers (user agent, accept, cookie) are not compared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Mistral } from "@mistralai/mistralai";
import type {
  AssistantMessage$Outbound,
  ChatCompletionRequest,
  ChatCompletionRequest$Outbound,
  ToolCall$Outbound,
} from "@mistralai/mistralai/models/components";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, checkRequest, getModel, type MistralChatRequest, type MistralChatSpec } from "../../../runtime/index.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import { builtOnRecorder, comparable, type Recorder, sendBuilt, sendWithClient, startRecorder } from "./oracle/recorder.js";

type Outbound = ChatCompletionRequest$Outbound;
/** A tool call on the wire, with what the client's serializer fills in (`type`, `index`) optional. */
type ClientToolCall = Omit<ToolCall$Outbound, "type" | "index"> & { type?: string; index?: number };
/** An assistant message on the wire, with `prefix` (filled in by the client) optional. */
type ClientAssistantMessage = Omit<AssistantMessage$Outbound, "prefix" | "tool_calls"> & {
  role: "assistant";
  prefix?: boolean;
  tool_calls?: ClientToolCall[] | null;
};
/**
 * The client's wire body without the model (ours puts the spec in) and with the members its
 * serializer fills in optional: `stream`, an assistant message's `prefix`, a tool call's `type` and `index`.
 */
type ClientBody = Omit<Outbound, "model" | "stream" | "messages"> & {
  stream?: boolean;
  messages: (Exclude<Outbound["messages"][number], { role: "assistant" }> | ClientAssistantMessage)[];
};
/** A request as the client's method takes it (camelCase), without the model. */
type ClientInput = Omit<ChatCompletionRequest, "model">;

const KEY = "mistral-oracle";
const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false };
const PNG = "data:image/png;base64,iVBORw0KGgo=";

// Written with our types: each must also be a valid client wire body (checked below, no cast).
const ours = {
  text: {
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: [{ type: "text", text: "Hi" }] },
    ],
    temperature: 0.3,
    top_p: 0.9,
    max_tokens: 200,
    stop: ["\n\n"],
    random_seed: 7,
    presence_penalty: 0.1,
    frequency_penalty: 0.2,
    n: 1,
    safe_prompt: true,
    metadata: { team: "search" },
    prompt_cache_key: "chat-v1",
    service_tier: "standard_only",
  } satisfies MistralChatRequest<"mistral:mistral-small-latest">,
  toolTurn: {
    messages: [
      { role: "user", content: "Weather in Paris?" },
      { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } }] },
      { role: "tool", tool_call_id: "c1", name: "weather", content: "18°C" },
      { role: "assistant", content: "Sunny, 18°C.", tool_calls: [{ id: "c2", function: { name: "weather", arguments: { city: "Lyon" } } }] },
      { role: "tool", tool_call_id: "c2", name: "weather", content: [{ type: "text", text: "20°C" }] },
    ],
    tools: [{ type: "function", function: { name: "weather", description: "Weather in a city", parameters: schema, strict: true } }],
    tool_choice: { type: "function", function: { name: "weather" } },
    parallel_tool_calls: false,
  } satisfies MistralChatRequest<"mistral:mistral-small-latest">,
  imageAndEffort: {
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "What is in these?" },
          { type: "image_url", image_url: PNG },
          { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "low" } },
        ],
      },
    ],
    reasoning_effort: "high",
  } satisfies MistralChatRequest<"mistral:mistral-small-latest">,
  reasoning: {
    messages: [
      { role: "system", content: [{ type: "text", text: "Think first." }] },
      { role: "user", content: "Why is the sky blue?" },
      {
        role: "assistant",
        content: [
          { type: "thinking", thinking: [{ type: "text", text: "Rayleigh scattering." }] },
          { type: "text", text: "Scattering." },
        ],
      },
      { role: "user", content: "Shorter." },
      { role: "assistant", content: "In one word:", prefix: true },
    ],
    prompt_mode: "reasoning",
    reasoning_effort: "minimal",
  } satisfies MistralChatRequest<"mistral:magistral-medium-latest">,
  structured: {
    messages: [{ role: "user", content: "Where is the Louvre? Fix: {city: Pari}" }],
    response_format: { type: "json_schema", json_schema: { name: "place", schema, strict: true } },
    prediction: { type: "content", content: '{"city":"Paris"}' },
  } satisfies MistralChatRequest<"mistral:mistral-medium-2604">,
};

// The same requests as the client's methods take them.
const camel: { [K in keyof typeof ours]: ClientInput } = {
  text: {
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: [{ type: "text", text: "Hi" }] },
    ],
    temperature: 0.3,
    topP: 0.9,
    maxTokens: 200,
    stop: ["\n\n"],
    randomSeed: 7,
    presencePenalty: 0.1,
    frequencyPenalty: 0.2,
    n: 1,
    safePrompt: true,
    metadata: { team: "search" },
    promptCacheKey: "chat-v1",
    serviceTier: "standard_only",
  },
  toolTurn: {
    messages: [
      { role: "user", content: "Weather in Paris?" },
      { role: "assistant", content: null, toolCalls: [{ id: "c1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } }] },
      { role: "tool", toolCallId: "c1", name: "weather", content: "18°C" },
      { role: "assistant", content: "Sunny, 18°C.", toolCalls: [{ id: "c2", function: { name: "weather", arguments: { city: "Lyon" } } }] },
      { role: "tool", toolCallId: "c2", name: "weather", content: [{ type: "text", text: "20°C" }] },
    ],
    tools: [{ type: "function", function: { name: "weather", description: "Weather in a city", parameters: schema, strict: true } }],
    toolChoice: { type: "function", function: { name: "weather" } },
    parallelToolCalls: false,
  },
  imageAndEffort: {
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "What is in these?" },
          { type: "image_url", imageUrl: PNG },
          { type: "image_url", imageUrl: { url: "https://example.com/cat.png", detail: "low" } },
        ],
      },
    ],
    reasoningEffort: "high",
  },
  reasoning: {
    messages: [
      { role: "system", content: [{ type: "text", text: "Think first." }] },
      { role: "user", content: "Why is the sky blue?" },
      {
        role: "assistant",
        content: [
          { type: "thinking", thinking: [{ type: "text", text: "Rayleigh scattering." }] },
          { type: "text", text: "Scattering." },
        ],
      },
      { role: "user", content: "Shorter." },
      { role: "assistant", content: "In one word:", prefix: true },
    ],
    promptMode: "reasoning",
    reasoningEffort: "minimal",
  },
  structured: {
    messages: [{ role: "user", content: "Where is the Louvre? Fix: {city: Pari}" }],
    responseFormat: { type: "json_schema", jsonSchema: { name: "place", schemaDefinition: schema, strict: true } },
    prediction: { type: "content", content: '{"city":"Paris"}' },
  },
};

// Written for the client's wire body (within the fields we model): each must be accepted by buildRequest.
// That type has `string` where the wire has a closed set (a tool call's `type`, `tool_choice`,
// `reasoning_effort`), so a literal written there widens to `string`; `as const` keeps what was written.
const theirs = {
  toolTurn: {
    messages: [
      { role: "system", content: "Use the tools." },
      { role: "user", content: "Weather in Oslo?" },
      {
        role: "assistant",
        tool_calls: [{ id: "c9", type: "function" as const, function: { name: "weather", arguments: '{"city":"Oslo"}' }, index: 0 }],
        prefix: false,
      },
      { role: "tool", tool_call_id: "c9", content: "-3°C" },
    ],
    tools: [{ type: "function", function: { name: "weather", parameters: schema } }],
    tool_choice: "any" as const,
    max_tokens: 300,
    stream: false,
  } satisfies Omit<Outbound, "model">,
  effort: {
    messages: [{ role: "user", content: [{ type: "text", text: "Plan a trip." }] }],
    reasoning_effort: "none" as const,
    stream: false,
  } satisfies Omit<Outbound, "model">,
};

// (a) Our requests are valid client wire bodies, without a cast.
const asClientBody = (body: ClientBody) => body;

// (b) The client's bodies are accepted by buildRequest for a model that has what they ask.
const theirsBuilt = [buildRequest("mistral:mistral-small-latest", theirs.toolTurn), buildRequest("mistral:mistral-small-latest", theirs.effort)];

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());

/** The client's body without the defaults its serializer adds that the request did not set. */
function withoutClientDefaults(body: unknown, request: ClientBody): unknown {
  const { stream, messages, ...rest } = body as { stream?: boolean; messages: Record<string, unknown>[] };
  return {
    ...rest,
    ...(request.stream === undefined ? {} : { stream }),
    messages: messages.map((m, i) => {
      const asked = request.messages[i] as { prefix?: boolean; tool_calls?: { type?: string; index?: number }[] | null };
      const { prefix, tool_calls, ...message } = m as { prefix?: boolean; tool_calls?: Record<string, unknown>[] };
      return {
        ...message,
        ...(asked.prefix === undefined ? {} : { prefix }),
        ...(tool_calls === undefined
          ? {}
          : {
              tool_calls: tool_calls.map(({ type, index, ...call }, j) => {
                const askedCall = asked.tool_calls?.[j];
                return { ...call, ...(askedCall?.type === undefined ? {} : { type }), ...(askedCall?.index === undefined ? {} : { index }) };
              }),
            }),
      };
    }),
  };
}

/** What the client and `buildRequest` each sent: the client given `input`, `buildRequest` given `body`. */
async function sentByBoth(spec: MistralChatSpec, input: ClientInput, body: ClientBody) {
  recorder.clear();
  const client = new Mistral({ apiKey: KEY, serverURL: recorder.url, retryConfig: { strategy: "none" } });
  await sendWithClient(() => client.chat.complete({ model: getModel(spec)!.id, ...input }));
  await sendBuilt(builtOnRecorder(spec, body, recorder, "/v1", { env: { MISTRAL_API_KEY: KEY } }));
  expect(recorder.calls).toHaveLength(2);
  const [byClient, byUs] = recorder.calls.map((c) => comparable(c, "authorization"));
  return { client: byClient!, built: byUs!, clientBody: byClient!.body };
}

describe("mistral-chat against the official Mistral client", () => {
  const cases: [string, MistralChatSpec, ClientInput, ClientBody][] = [
    ["text with sampling, metadata, cache key and service tier", "mistral:mistral-small-latest", camel.text, asClientBody(ours.text)],
    ["tool calls (string and object arguments) and their results", "mistral:mistral-small-latest", camel.toolTurn, asClientBody(ours.toolTurn)],
    ["images by data URL and URL with a reasoning effort", "mistral:mistral-small-latest", camel.imageAndEffort, asClientBody(ours.imageAndEffort)],
    ["prompt mode, a replayed thinking chunk and an assistant prefix", "mistral:magistral-medium-latest", camel.reasoning, asClientBody(ours.reasoning)],
    ["a JSON schema with a predicted output", "mistral:mistral-medium-2604", camel.structured, asClientBody(ours.structured)],
  ];

  it.each(cases)("sends what the client sends: %s", async (_name, spec, input, body) => {
    const { client, built } = await sentByBoth(spec, input, body);
    expect(built).toEqual({ ...client, body: withoutClientDefaults(client.body, body) });
    expect(client).toMatchObject({ method: "POST", path: "/v1/chat/completions", query: "", auth: `Bearer ${KEY}`, contentType: "application/json" });
  });

  it.each(cases)("checkRequest finds nothing wrong in the client's body: %s", async (_name, spec, input, body) => {
    const { clientBody } = await sentByBoth(spec, input, body);
    expect(checkRequest(spec, clientBody)).toEqual([]);
  });

  it("builds the client's own bodies", () => {
    expect(theirsBuilt.map((r) => r.ok)).toEqual([true, true]);
  });

  it("reads reasoning_effort as the effort, and roles and chunk kinds", () => {
    const brief = (spec: MistralChatSpec, request: unknown) => checkRequest(spec, request).map((p) => `${p.severity} ${p.code} ${p.path}`);
    expect(brief("mistral:mistral-small-latest", { messages: [{ role: "user", content: "Hi" }], reasoning_effort: "low" })).toEqual([
      "error invalid_value reasoning_effort",
    ]);
    expect(brief("mistral:codestral-latest", { messages: [{ role: "user", content: "Hi" }], reasoning_effort: "high" })).toEqual([
      "error unsupported_feature reasoning_effort",
    ]);
    expect(
      brief("mistral:mistral-medium-2604", {
        messages: [
          { role: "developer", content: "Hi" },
          { role: "user", content: [{ type: "picture", picture: "x" }] },
          { role: "tool", content: "42", tool_calls: [] },
          { role: "system", content: [{ type: "image_url", image_url: "https://x/y.png" }] },
        ],
        response_format: { type: "json_schema", json_schema: { name: "x" } },
      }),
    ).toEqual([
      "error invalid_value messages[0].role",
      "error invalid_value messages[1].content[0].type",
      "error invalid_value messages[2].tool_calls",
      "error invalid_value messages[3].content[0].type",
      "error missing_field response_format.json_schema.schema",
    ]);
  });
});

describe("mistral-chat request types", () => {
  it("reject what the wire refuses, one golden message per line", () => {
    const file = join(import.meta.dirname, "..", "..", "types", "cases", "requests-mistral-chat-invalid.ts");
    const diagnostics = typeDiagnostics([file]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(file.replace(/\.ts$/, ".expected.txt"), "utf8"));
    const lines = readFileSync(file, "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(buildRequest|export const)/.test(l) ? [i + 1] : []));
    expect(diagnostics.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
  });
});
