// Oracle for OpenAI's Responses API: the official `openai` client and `buildResponsesRequest` send the
// same requests to a local recorder, and the request types are checked against the client's own types
// in both directions (this file is type-checked by `tsc -p tsconfig.json`).
// Wire exceptions: none. The client sends the body as given and adds no defaults; its own headers
// (user agent, `x-stainless-*`, retry count) are not compared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import OpenAI from "openai";
import type { ResponseCreateParamsNonStreaming } from "openai/resources/responses/responses";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildResponsesRequest, checkRequest, getModel, type OpenAIResponsesRequest, type OpenAIResponsesSpec } from "../../../runtime/index.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import { builtOnRecorder, comparable, type Recorder, sendBuilt, sendWithClient, startRecorder } from "./oracle/recorder.js";

/** A Responses request as the client takes it, without the model: ours put in the spec instead. */
type ClientBody = Omit<ResponseCreateParamsNonStreaming, "model">;

const KEY = "sk-oracle";
const RESPONSES = { api: "openai-responses" } as const;
const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false };

// Written with our types: each must also be a valid body for the client (checked below, no cast).
const ours = {
  text: {
    input: "Hi",
    instructions: "Be brief.",
    max_output_tokens: 200,
    temperature: 0.2,
    store: false,
  } satisfies OpenAIResponsesRequest<"openai:gpt-4o">,
  // A stateless tool turn: the reasoning item goes back with its encrypted content.
  toolTurn: {
    input: [
      { role: "user", content: [{ type: "input_text", text: "Weather in Paris, with the map?" }] },
      { type: "reasoning", id: "rs_1", summary: [{ type: "summary_text", text: "Call the weather tool." }], encrypted_content: "gAAAAB" },
      { type: "function_call", id: "fc_1", call_id: "call_1", name: "weather", arguments: '{"city":"Paris"}' },
      {
        type: "function_call_output",
        call_id: "call_1",
        output: [
          { type: "input_text", text: "18°C, sunny" },
          { type: "input_image", image_url: "https://example.com/map.png", detail: "low" },
        ],
      },
    ],
    tools: [{ type: "function", name: "weather", description: "Weather in a city", parameters: schema, strict: true }],
    tool_choice: { type: "function", name: "weather" },
    reasoning: { effort: "medium", summary: "auto" },
    include: ["reasoning.encrypted_content"],
    store: false,
  } satisfies OpenAIResponsesRequest<"openai:o3">,
  inputs: {
    input: [
      { role: "developer", content: "Compare the picture with the report." },
      {
        type: "message",
        role: "user",
        content: [
          { type: "input_image", image_url: "https://example.com/cat.png", detail: "high" },
          { type: "input_file", filename: "report.pdf", file_data: "data:application/pdf;base64,JVBERi0=" },
          { type: "input_file", file_url: "https://example.com/annex.pdf" },
        ],
      },
    ],
  } satisfies OpenAIResponsesRequest<"openai:gpt-4o">,
  structured: {
    input: [
      { role: "system", content: "Answer in JSON." },
      { role: "user", content: "Where is the Louvre?" },
    ],
    text: { format: { type: "json_schema", name: "place", schema, strict: true }, verbosity: "low" },
    reasoning: { effort: "minimal" },
    prompt_cache_key: "places-v1",
    prompt_cache_retention: "in_memory",
    safety_identifier: "user-4f1e",
    metadata: { feature: "places" },
    service_tier: "priority",
  } satisfies OpenAIResponsesRequest<"openai:gpt-5">,
};

// Written for the client (its param type, within the fields we model): each must be accepted by buildResponsesRequest.
const theirs = {
  itemReference: {
    previous_response_id: "resp_1",
    input: [
      { type: "item_reference", id: "msg_1" },
      { role: "assistant", content: "Earlier answer." },
      { role: "user", content: "And tomorrow?" },
    ],
    top_logprobs: 2,
    truncation: "auto",
  } satisfies ClientBody,
  functionOutput: {
    input: [
      { type: "function_call", call_id: "call_7", name: "report", arguments: "{}" },
      {
        type: "function_call_output",
        call_id: "call_7",
        output: [{ type: "input_file", filename: "r.pdf", file_data: "data:application/pdf;base64,JVBERi0=" }],
      },
    ],
    tools: [{ type: "function", name: "report", parameters: { type: "object", properties: {} }, strict: false }],
    parallel_tool_calls: false,
    include: ["reasoning.encrypted_content", "message.output_text.logprobs"],
    background: false,
  } satisfies ClientBody,
};

// (a) Our requests are valid client bodies, without a cast.
const asClientBody = (body: ClientBody) => body;

// (b) The client's requests are accepted by buildResponsesRequest for a model that has what they ask.
const theirsBuilt = [buildResponsesRequest("openai:gpt-4o", theirs.itemReference), buildResponsesRequest("openai:o3", theirs.functionOutput)];

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());

/** What the client and `buildResponsesRequest` each sent for `body` to `spec`. */
async function sentByBoth(spec: OpenAIResponsesSpec, body: ClientBody) {
  recorder.clear();
  const client = new OpenAI({ apiKey: KEY, baseURL: `${recorder.url}/v1`, maxRetries: 0 });
  await sendWithClient(() => client.responses.create({ model: getModel(spec)!.id, ...body }));
  await sendBuilt(builtOnRecorder(spec, body, recorder, "/v1", { env: { OPENAI_API_KEY: KEY }, ...RESPONSES }));
  expect(recorder.calls).toHaveLength(2);
  const [byClient, byUs] = recorder.calls.map((c) => comparable(c, "authorization"));
  return { client: byClient!, built: byUs! };
}

describe("openai-responses against the official openai client", () => {
  const cases: [string, OpenAIResponsesSpec, ClientBody][] = [
    ["text with instructions", "openai:gpt-4o", asClientBody(ours.text)],
    ["a stateless tool turn replaying reasoning, with an image in the tool output", "openai:o3", asClientBody(ours.toolTurn)],
    ["an image and PDFs by data and URL", "openai:gpt-4o", asClientBody(ours.inputs)],
    ["structured output, effort, prompt caching and safety identifier", "openai:gpt-5", asClientBody(ours.structured)],
    ["the client's item reference", "openai:gpt-4o", theirs.itemReference],
    ["the client's function output with a file", "openai:o3", theirs.functionOutput],
  ];

  it.each(cases)("sends what the client sends: %s", async (_name, spec, body) => {
    const { client, built } = await sentByBoth(spec, body);
    expect(built).toEqual(client);
    expect(client).toMatchObject({ method: "POST", path: "/v1/responses", query: "", auth: `Bearer ${KEY}`, contentType: "application/json" });
  });

  it.each(cases)("checkRequest finds nothing wrong in the client's body: %s", async (_name, spec, body) => {
    const { client } = await sentByBoth(spec, body);
    expect(checkRequest(spec, client.body, RESPONSES)).toEqual([]);
  });

  it("builds the client's own requests", () => {
    expect(theirsBuilt.map((r) => r.ok)).toEqual([true, true]);
  });

  it("reads input items: roles, required members, function tools, image and file parts of tool output", () => {
    const problems = checkRequest(
      "openai:gpt-3.5-turbo",
      {
        input: [
          { role: "tool", content: "Hi" },
          { type: "reasoning", summary: [] },
          { type: "item_reference" },
          { type: "function_call_output", output: [{ type: "input_image", image_url: "https://x/y.png" }] },
          { type: "function_call", name: "f", arguments: "{}" },
        ],
        tools: [{ type: "function", name: "f" }],
      },
      RESPONSES,
    ).map((p) => `${p.severity} ${p.code} ${p.path}`);
    expect(problems).toEqual([
      "error invalid_value input[0].role",
      "error missing_field input[1].id",
      "error missing_field input[2].id",
      "error missing_field input[3].call_id",
      "error missing_field input[4].call_id",
      "error missing_field tools[0].parameters",
      "error missing_field tools[0].strict",
      "error unsupported_feature tools",
      "error unsupported_input input[3].output[0]",
    ]);
  });
});

describe("openai-responses request types", () => {
  it("reject what the wire refuses, one golden message per line", () => {
    const file = join(import.meta.dirname, "..", "..", "types", "cases", "requests-openai-responses-invalid.ts");
    const diagnostics = typeDiagnostics([file]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(file.replace(/\.ts$/, ".expected.txt"), "utf8"));
    const lines = readFileSync(file, "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(buildResponsesRequest|export const)/.test(l) ? [i + 1] : []));
    expect(diagnostics.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
  });
});
