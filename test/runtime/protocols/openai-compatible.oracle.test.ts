// Oracle for OpenAI-compatible chat completions (Groq, DeepSeek and the other compatible servers): users
// call these servers with the official `openai` client and the server's base URL, so the client and
// `buildRequest` send the same requests to a local recorder, and the request types are checked against
// the client's types in both directions (this file is type-checked by `tsc -p tsconfig.json`).
// Wire exceptions: none. The client sends the body as given and adds no defaults; its own headers
// (user agent, `x-stainless-*`, retry count) are not compared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, checkRequest, getModel, type OpenAICompatibleRequest, type OpenAICompatibleSpec, provider } from "../../../runtime/index.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import { builtOnRecorder, comparable, type Recorder, sendBuilt, sendWithClient, startRecorder } from "./oracle/recorder.js";

/** A chat request as the client takes it, without the model: ours put in the spec instead. */
type ClientBody = Omit<ChatCompletionCreateParamsNonStreaming, "model">;

const KEY = "gsk-oracle";
const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false };

// Written with our types: each must also be a valid body for the client (checked below, no cast).
const ours = {
  text: {
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: "Hi" },
    ],
    max_tokens: 200,
    temperature: 0.6,
    top_p: 0.9,
    stop: "###",
    seed: 1,
  } satisfies OpenAICompatibleRequest<"groq:meta-llama/llama-4-scout-17b-16e-instruct">,
  toolTurn: {
    messages: [
      { role: "user", content: "Weather in Paris?" },
      { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } }] },
      { role: "tool", tool_call_id: "call_1", content: "18°C, sunny" },
    ],
    tools: [{ type: "function", function: { name: "weather", description: "Weather in a city", parameters: schema } }],
    tool_choice: "auto",
  } satisfies OpenAICompatibleRequest<"groq:meta-llama/llama-4-scout-17b-16e-instruct">,
  image: {
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "What is this?" },
          { type: "image_url", image_url: { url: "data:image/png;base64,AA==" } },
        ],
      },
    ],
  } satisfies OpenAICompatibleRequest<"groq:meta-llama/llama-4-scout-17b-16e-instruct">,
  reasoning: {
    messages: [{ role: "user", content: "Where is the Louvre?" }],
    reasoning_effort: "high",
    response_format: { type: "json_schema", json_schema: { name: "place", schema, strict: true } },
    max_completion_tokens: 2000,
  } satisfies OpenAICompatibleRequest<"groq:openai/gpt-oss-120b">,
};

// Written for the client (its param type, within the common fields): each must be accepted by buildRequest.
const theirs = {
  jsonMode: {
    messages: [
      { role: "system", content: [{ type: "text", text: "Answer in JSON." }] },
      { role: "user", content: "List two colours." },
    ],
    response_format: { type: "json_object" },
    frequency_penalty: 0.5,
    presence_penalty: 0.1,
    logprobs: true,
    top_logprobs: 3,
  } satisfies ClientBody,
  toolTurn: {
    messages: [
      { role: "user", content: "Weather in Oslo?" },
      { role: "assistant", tool_calls: [{ id: "call_9", type: "function", function: { name: "weather", arguments: '{"city":"Oslo"}' } }] },
      { role: "tool", tool_call_id: "call_9", content: [{ type: "text", text: "-3°C" }] },
    ],
    tools: [{ type: "function", function: { name: "weather", parameters: schema } }],
    tool_choice: { type: "function", function: { name: "weather" } },
    parallel_tool_calls: true,
  } satisfies ClientBody,
};

// (a) Our requests are valid client bodies, without a cast.
const asClientBody = (body: ClientBody) => body;

// (b) The client's requests are accepted by buildRequest for a model that has what they ask.
const theirsBuilt = [buildRequest("deepseek:deepseek-chat", theirs.jsonMode), buildRequest("deepseek:deepseek-chat", theirs.toolTurn)];

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());

/** What the client and `buildRequest` each sent for `body` to `spec`, on the path of the provider's base URL. */
async function sentByBoth(spec: OpenAICompatibleSpec, body: ClientBody) {
  recorder.clear();
  const model = getModel(spec)!;
  const owner = provider(model.provider)!;
  const basePath = new URL(owner.baseUrl!).pathname.replace(/\/$/, "");
  const client = new OpenAI({ apiKey: KEY, baseURL: `${recorder.url}${basePath}`, maxRetries: 0 });
  await sendWithClient(() => client.chat.completions.create({ model: model.id, ...body }));
  await sendBuilt(builtOnRecorder(spec, body, recorder, basePath, { env: { [owner.env[0]!]: KEY } }));
  expect(recorder.calls).toHaveLength(2);
  const [byClient, byUs] = recorder.calls.map((c) => comparable(c, "authorization"));
  return { client: byClient!, built: byUs!, basePath };
}

describe("openai-compatible against the official openai client", () => {
  const cases: [string, OpenAICompatibleSpec, ClientBody][] = [
    ["text with system and user messages", "groq:meta-llama/llama-4-scout-17b-16e-instruct", asClientBody(ours.text)],
    ["a tool call and its result replayed", "groq:meta-llama/llama-4-scout-17b-16e-instruct", asClientBody(ours.toolTurn)],
    ["an image", "groq:meta-llama/llama-4-scout-17b-16e-instruct", asClientBody(ours.image)],
    ["reasoning effort and structured output", "groq:openai/gpt-oss-120b", asClientBody(ours.reasoning)],
    ["the client's JSON mode, on a base URL without a path", "deepseek:deepseek-chat", theirs.jsonMode],
    ["the client's tool turn", "deepseek:deepseek-chat", theirs.toolTurn],
  ];

  it.each(cases)("sends what the client sends: %s", async (_name, spec, body) => {
    const { client, built, basePath } = await sentByBoth(spec, body);
    expect(built).toEqual(client);
    expect(client).toMatchObject({ method: "POST", path: `${basePath}/chat/completions`, query: "", auth: `Bearer ${KEY}`, contentType: "application/json" });
  });

  it.each(cases)("checkRequest finds nothing wrong in the client's body: %s", async (_name, spec, body) => {
    const { client } = await sentByBoth(spec, body);
    expect(checkRequest(spec, client.body)).toEqual([]);
  });

  it("builds the client's own requests", () => {
    expect(theirsBuilt.map((r) => r.ok)).toEqual([true, true]);
  });

  it("reads message roles like OpenAI's chat completions", () => {
    const problems = checkRequest("groq:meta-llama/llama-4-scout-17b-16e-instruct", {
      messages: [
        { role: "tool", content: "42" },
        { role: "developer", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] },
        { role: "bot", content: "Hi" },
      ],
    }).map((p) => `${p.severity} ${p.code} ${p.path}`);
    expect(problems).toEqual([
      "error missing_field messages[0].tool_call_id",
      "error invalid_value messages[1].content[0]",
      "error invalid_value messages[2].role",
    ]);
  });
});

describe("openai-compatible request types", () => {
  it("reject what the wire refuses, one golden message per line", () => {
    const file = join(import.meta.dirname, "..", "..", "types", "cases", "requests-openai-compatible-invalid.ts");
    const diagnostics = typeDiagnostics([file]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(file.replace(/\.ts$/, ".expected.txt"), "utf8"));
    const lines = readFileSync(file, "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(buildRequest|export const)/.test(l) ? [i + 1] : []));
    expect(diagnostics.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
  });
});
