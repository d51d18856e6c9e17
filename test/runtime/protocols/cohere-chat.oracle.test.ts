// Oracle tests for Cohere's chat API (v2) against its official client, cohere-ai: the same request
// sent by the client and built by `buildRequest` arrives alike at a local recorder; requests written
// with our types are assignable to the client's wire body type, and requests written for it pass
// ours; what the wire refuses does not compile (a golden case file).
//
// The client's method takes camelCase parameters (`toolCallId`, `maxTokens`) and serialises them into
// the snake_case wire body, whose type is the client's `serialization` `V2ChatRequest.Raw`; that is
// the type our requests are compared with. To send one of our requests through the client, its own
// serialiser parses the wire body into the parameters (failing on any field it does not know).
//
// Wire exceptions, removed below: the client adds `stream: false` to every non-streaming call; our
// requests leave `stream` out.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { CohereClientV2 } from "cohere-ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, checkRequest, type CohereChatRequest } from "../../../runtime/index.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import type * as CohereWire from "../../../node_modules/cohere-ai/serialization/index.js";
import { builtOnRecorder, comparable, type RecordedCall, type Recorder, sendBuilt, sendWithClient, startRecorder } from "./oracle/recorder.js";

// The client's package exports its serialisers under no public path; they are loaded from its folder.
const require = createRequire(import.meta.url);
const serialization: typeof CohereWire = require(join(dirname(require.resolve("cohere-ai")), "serialization", "index.js"));

/** The client's wire body without the model, which `buildRequest` takes from the spec. */
type ClientBody = Omit<CohereWire.V2ChatRequest.Raw, "model">;

const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
const weather = { type: "function", function: { name: "get_weather", description: "Current weather in a city", parameters: schema } } as const;

// Requests written with our types; each is assigned to the client's `ClientBody` below without a cast.
// They are typed for a model with every feature the type gates: a missing feature's field is typed
// `NotSupported`, which no value and no client type takes.
const text: CohereChatRequest<"cohere:command-a-plus-05-2026"> = {
  messages: [
    { role: "system", content: "Answer briefly." },
    { role: "user", content: [{ type: "text", text: "Name three rivers." }] },
  ],
  temperature: 0.3,
  max_tokens: 256,
  p: 0.9,
  k: 40,
  seed: 7,
  stop_sequences: ["END"],
  frequency_penalty: 0.1,
  presence_penalty: 0.1,
  safety_mode: "CONTEXTUAL",
};
const toolTurns: CohereChatRequest<"cohere:command-a-plus-05-2026"> = {
  messages: [
    { role: "user", content: "Weather in Paris?" },
    {
      role: "assistant",
      tool_plan: "I will look up the weather.",
      tool_calls: [{ id: "call-1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } }],
    },
    { role: "tool", tool_call_id: "call-1", content: [{ type: "document", document: { id: "w1", data: { temperature: 21 } } }] },
  ],
  tools: [weather],
  tool_choice: "REQUIRED",
  strict_tools: true,
};
const image: CohereChatRequest<"cohere:command-a-plus-05-2026"> = {
  messages: [
    {
      role: "user",
      content: [
        { type: "text", text: "What is shown?" },
        { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=", detail: "low" } },
      ],
    },
  ],
};
// A reasoning model's thinking is replayed as a thinking part of the assistant's content.
const reasoning: CohereChatRequest<"cohere:command-a-plus-05-2026"> = {
  messages: [
    { role: "user", content: "Is 91 prime?" },
    {
      role: "assistant",
      content: [
        { type: "thinking", thinking: "91 = 7 × 13." },
        { type: "text", text: "No." },
      ],
    },
    { role: "user", content: "And 97?" },
  ],
  thinking: { type: "enabled", token_budget: 2000 },
};
const structured: CohereChatRequest<"cohere:command-a-plus-05-2026"> = {
  messages: [{ role: "user", content: "Where is the Louvre?" }],
  response_format: { type: "json_object", json_schema: schema },
};
const grounded: CohereChatRequest<"cohere:command-a-plus-05-2026"> = {
  messages: [{ role: "user", content: "When was it built?" }],
  documents: ["The tower was built in 1889.", { id: "doc-2", data: { title: "Eiffel", snippet: "Completed in March 1889." } }],
  citation_options: { mode: "ACCURATE" },
  logprobs: true,
  priority: 1,
};
const streamed: CohereChatRequest<"cohere:command-a-plus-05-2026"> = { messages: [{ role: "user", content: "Go on." }], stream: true };

// Requests written for the client's wire body; each is passed to `buildRequest` below.
const clientTools = {
  messages: [
    { role: "user", content: "Weather in Rome?" },
    { role: "assistant", tool_calls: [{ id: "call-2", type: "function", function: { name: "get_weather", arguments: '{"city":"Rome"}' } }] },
    { role: "tool", tool_call_id: "call-2", content: '{"temperature":25}' },
  ],
  tools: [{ type: "function", function: { name: "get_weather", parameters: schema } }],
  tool_choice: "NONE",
} satisfies ClientBody;
const clientThinking = {
  messages: [
    { role: "system", content: [{ type: "text", text: "Think first." }] },
    { role: "user", content: "Plan a trip." },
  ],
  thinking: { type: "disabled" },
  response_format: { type: "text" },
  max_tokens: 500,
} satisfies ClientBody;

interface Case {
  readonly name: string;
  readonly spec: "cohere:command-a-03-2025" | "cohere:command-a-reasoning-08-2025" | "cohere:command-a-plus-05-2026";
  readonly body: ClientBody;
  readonly stream?: true;
}

const CASES: readonly Case[] = [
  { name: "text with a system message and sampling", spec: "cohere:command-a-plus-05-2026", body: text },
  { name: "a tool call with its plan, and a document result", spec: "cohere:command-a-plus-05-2026", body: toolTurns },
  { name: "an image by data URL", spec: "cohere:command-a-plus-05-2026", body: image },
  { name: "thinking with a budget, a thinking part replayed", spec: "cohere:command-a-plus-05-2026", body: reasoning },
  { name: "JSON schema output", spec: "cohere:command-a-plus-05-2026", body: structured },
  { name: "documents with citations, log probabilities and priority", spec: "cohere:command-a-plus-05-2026", body: grounded },
  { name: "streaming", spec: "cohere:command-a-plus-05-2026", body: streamed, stream: true },
  { name: "the client's tool turn with a string result", spec: "cohere:command-a-03-2025", body: clientTools },
  { name: "the client's disabled thinking and text format", spec: "cohere:command-a-reasoning-08-2025", body: clientThinking },
];

const KEY = "test-cohere-key";
let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());

/** What the client sends for `c`, with its added `stream: false` removed (see the top of the file). */
async function sentByClient(c: Case): Promise<RecordedCall> {
  recorder.clear();
  const client = new CohereClientV2({ token: KEY, environment: recorder.url, maxRetries: 0 });
  const { stream: _stream, ...body } = c.body as ClientBody & { stream?: boolean };
  const params = serialization.V2ChatRequest.parseOrThrow({ ...body, model: c.spec.slice("cohere:".length) });
  await sendWithClient(() => (c.stream ? client.chatStream(params) : client.chat(params)));
  expect(recorder.calls).toHaveLength(1);
  const call = recorder.calls[0]!;
  const sent = call.body as { stream?: boolean };
  if (!c.stream && sent.stream === false) delete sent.stream;
  return call;
}

/** What `buildRequest` sends for `c`. */
async function sentByUs(c: Case): Promise<RecordedCall> {
  recorder.clear();
  await sendBuilt(builtOnRecorder(c.spec, c.body, recorder, "/v2", { env: { COHERE_API_KEY: KEY } }));
  expect(recorder.calls).toHaveLength(1);
  return recorder.calls[0]!;
}

describe("cohere-chat against cohere-ai: the wire", () => {
  for (const c of CASES) {
    it(`sends what the client sends: ${c.name}`, async () => {
      const client = comparable(await sentByClient(c), "authorization");
      const ours = comparable(await sentByUs(c), "authorization");
      expect(ours).toEqual(client);
      expect(ours.auth).toBe(`Bearer ${KEY}`);
    });
  }

  it("checkRequest finds nothing to report in the client's own bodies", async () => {
    for (const c of CASES) {
      const sent = await sentByClient(c);
      expect(checkRequest(c.spec, sent.body), c.name).toEqual([]);
    }
  });
});

describe("cohere-chat against cohere-ai: the types", () => {
  it("take the client's requests for a model that supports what they ask", () => {
    // Type-level: these calls compile.
    expect(buildRequest("cohere:command-a-03-2025", clientTools).ok).toBe(true);
    expect(buildRequest("cohere:command-a-reasoning-08-2025", clientThinking).ok).toBe(true);
  });

  it("checkRequest wants each role's members and content kinds, as the types do", () => {
    const problems = (messages: unknown[]) => checkRequest("cohere:command-a-03-2025", { messages }).map((p) => `${p.code} ${p.path}`);
    expect(problems([{ role: "user" }])).toEqual(["missing_field messages[0].content"]);
    expect(problems([{ role: "system" }])).toEqual(["missing_field messages[0].content"]);
    expect(problems([{ role: "tool", content: "42" }])).toEqual(["missing_field messages[0].tool_call_id"]);
    expect(problems([{ role: "tool", tool_call_id: "c1" }])).toEqual(["missing_field messages[0].content"]);
    expect(problems([{ role: "developer", content: "Hi" }])).toEqual(["invalid_value messages[0].role"]);
    expect(problems([{ role: "system", content: [{ type: "thinking", thinking: "" }] }])).toEqual(["invalid_value messages[0].content[0].type"]);
    expect(problems([{ role: "assistant", tool_calls: [] }])).toEqual([]);
  });

  it("refuse what the wire refuses, one golden message per line", () => {
    const file = join(import.meta.dirname, "..", "..", "types", "cases", "requests-cohere-chat-invalid.ts");
    const diagnostics = typeDiagnostics([file]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(file.replace(/\.ts$/, ".expected.txt"), "utf8"));
    const lines = readFileSync(file, "utf8").split("\n");
    expect(diagnostics.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(lines.flatMap((l, i) => (l.startsWith("buildRequest") ? [i + 1] : [])));
  });
});
