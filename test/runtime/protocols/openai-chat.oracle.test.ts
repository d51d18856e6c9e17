// Oracle for OpenAI's chat completions: the official `openai` client and `buildRequest` send the same
// requests to a local recorder, and the request types are checked against the client's own types in
// both directions (this file is type-checked by `tsc -p tsconfig.json`).
// Wire exceptions: none. The client sends the body as given and adds no defaults; its own headers
// (user agent, `x-stainless-*`, retry count) are not compared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, checkRequest, getModel, type OpenAIChatRequest, type OpenAIChatSpec } from "../../../runtime/index.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import { builtOnRecorder, comparable, type Recorder, sendBuilt, sendWithClient, startRecorder } from "./oracle/recorder.js";

/** A chat request as the client takes it, without the model: ours put in the spec instead. */
type ClientBody = Omit<ChatCompletionCreateParamsNonStreaming, "model">;

const KEY = "sk-oracle";
const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false };
const weatherTool = { type: "function", function: { name: "weather", description: "Weather in a city", parameters: schema, strict: true } } as const;

// Written with our types: each must also be a valid body for the client (checked below, no cast).
const ours = {
  text: {
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: "Hi", name: "ada" },
    ],
    max_completion_tokens: 200,
    temperature: 0.2,
    seed: 7,
    stop: ["\n\n"],
  } satisfies OpenAIChatRequest<"openai:gpt-4o">,
  toolTurn: {
    messages: [
      { role: "user", content: "Weather in Paris?" },
      { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } }] },
      { role: "tool", tool_call_id: "call_1", content: [{ type: "text", text: "18°C, sunny" }] },
      { role: "assistant", content: [{ type: "refusal", refusal: "I cannot forecast tomorrow." }] },
      { role: "user", content: "Fine." },
    ],
    tools: [weatherTool],
    tool_choice: { type: "function", function: { name: "weather" } },
    parallel_tool_calls: false,
  } satisfies OpenAIChatRequest<"openai:gpt-4o">,
  inputs: {
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "Compare the picture with the report." },
          { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "low" } },
          { type: "file", file: { filename: "report.pdf", file_data: "data:application/pdf;base64,JVBERi0=" } },
        ],
      },
    ],
  } satisfies OpenAIChatRequest<"openai:gpt-4o">,
  reasoning: {
    messages: [
      { role: "developer", content: [{ type: "text", text: "Think, then answer in one line." }] },
      { role: "user", content: "Why is the sky blue?" },
    ],
    reasoning_effort: "low",
    verbosity: "low",
    max_completion_tokens: 4000,
  } satisfies OpenAIChatRequest<"openai:gpt-5">,
  structured: {
    messages: [{ role: "user", content: "Where is the Louvre?" }],
    response_format: { type: "json_schema", json_schema: { name: "place", schema, strict: true } },
    prompt_cache_key: "places-v1",
    prompt_cache_retention: "24h",
    safety_identifier: "user-4f1e",
    store: true,
    metadata: { feature: "places" },
    service_tier: "flex",
  } satisfies OpenAIChatRequest<"openai:gpt-5">,
};

// Written for the client (its param type, within the fields we model): each must be accepted by buildRequest.
const theirs = {
  prediction: {
    messages: [
      { role: "system", content: "Rewrite the code with the change asked." },
      { role: "user", content: "Rename x to total:\nconst x = 1;" },
    ],
    prediction: { type: "content", content: "const total = 1;" },
    prompt_cache_key: "rewrite",
    safety_identifier: "user-4f1e",
    logprobs: true,
    top_logprobs: 2,
  } satisfies ClientBody,
  toolTurn: {
    messages: [
      { role: "developer", content: "Use the tools." },
      { role: "user", content: [{ type: "text", text: "Weather in Oslo?" }] },
      {
        role: "assistant",
        content: "Checking.",
        tool_calls: [{ id: "call_9", type: "function", function: { name: "weather", arguments: '{"city":"Oslo"}' } }],
      },
      { role: "tool", tool_call_id: "call_9", content: "-3°C" },
    ],
    tools: [{ type: "function", function: { name: "weather", parameters: schema, strict: true } }],
    tool_choice: "required",
    max_completion_tokens: 300,
  } satisfies ClientBody,
};

// (a) Our requests are valid client bodies, without a cast.
const asClientBody = (body: ClientBody) => body;

// (b) The client's requests are accepted by buildRequest for a model that has what they ask.
const theirsBuilt = [buildRequest("openai:gpt-4o", theirs.prediction, { env: { OPENAI_API_KEY: KEY } }), buildRequest("openai:gpt-4o", theirs.toolTurn)];

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());

/** What the client and `buildRequest` each sent for `body` to `spec`. */
async function sentByBoth(spec: OpenAIChatSpec, body: ClientBody) {
  recorder.clear();
  const client = new OpenAI({ apiKey: KEY, baseURL: `${recorder.url}/v1`, maxRetries: 0 });
  await sendWithClient(() => client.chat.completions.create({ model: getModel(spec)!.id, ...body }));
  await sendBuilt(builtOnRecorder(spec, body, recorder, "/v1", { env: { OPENAI_API_KEY: KEY } }));
  expect(recorder.calls).toHaveLength(2);
  const [byClient, byUs] = recorder.calls.map((c) => comparable(c, "authorization"));
  return { client: byClient!, built: byUs! };
}

describe("openai-chat against the official openai client", () => {
  const cases: [string, OpenAIChatSpec, ClientBody][] = [
    ["text with system and user messages", "openai:gpt-4o", asClientBody(ours.text)],
    ["a tool call, its result and a refusal replayed", "openai:gpt-4o", asClientBody(ours.toolTurn)],
    ["an image and a PDF", "openai:gpt-4o", asClientBody(ours.inputs)],
    ["reasoning effort with a developer message", "openai:gpt-5", asClientBody(ours.reasoning)],
    ["structured output, prompt caching and safety identifier", "openai:gpt-5", asClientBody(ours.structured)],
    ["the client's predicted output", "openai:gpt-4o", theirs.prediction],
    ["the client's tool turn", "openai:gpt-4o", theirs.toolTurn],
  ];

  it.each(cases)("sends what the client sends: %s", async (_name, spec, body) => {
    const { client, built } = await sentByBoth(spec, body);
    expect(built).toEqual(client);
    expect(client).toMatchObject({ method: "POST", path: "/v1/chat/completions", query: "", auth: `Bearer ${KEY}`, contentType: "application/json" });
  });

  it.each(cases)("checkRequest finds nothing wrong in the client's body: %s", async (_name, spec, body) => {
    const { client } = await sentByBoth(spec, body);
    expect(checkRequest(spec, client.body)).toEqual([]);
  });

  it("builds the client's own requests", () => {
    expect(theirsBuilt.map((r) => r.ok)).toEqual([true, true]);
  });

  it("reads message roles: an unknown role, a tool message without tool_call_id, tool calls or non-text parts where the role has none, an empty assistant turn", () => {
    const problems = checkRequest("openai:gpt-4o", {
      messages: [
        { role: "critic", content: "Hi" },
        { role: "tool", content: "42" },
        { role: "user", content: "Hi", tool_calls: [] },
        { role: "system", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] },
        { role: "assistant", content: [{ type: "text", text: "ok" }], tool_calls: [] },
        { role: "assistant", name: "bot" },
      ],
    }).map((p) => `${p.severity} ${p.code} ${p.path}`);
    expect(problems).toEqual([
      "error missing_field messages[5].content",
      "error invalid_value messages[0].role",
      "error missing_field messages[1].tool_call_id",
      "error invalid_value messages[2].tool_calls",
      "error invalid_value messages[3].content[0]",
    ]);
  });
});

describe("openai-chat request types", () => {
  it("reject what the wire refuses, one golden message per line", () => {
    const file = join(import.meta.dirname, "..", "..", "types", "cases", "requests-openai-chat-invalid.ts");
    const diagnostics = typeDiagnostics([file]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(file.replace(/\.ts$/, ".expected.txt"), "utf8"));
    const lines = readFileSync(file, "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(buildRequest|export const)/.test(l) ? [i + 1] : []));
    expect(diagnostics.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
  });
});
