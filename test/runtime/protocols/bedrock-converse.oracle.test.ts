// Oracle for Amazon Bedrock's Converse API: the official `@aws-sdk/client-bedrock-runtime` client and
// `buildRequest` send the same requests to a local recorder, and the request types are checked against
// the client's own types in both directions (this file is type-checked by `tsc -p tsconfig.json`).
// The client authenticates with a Bedrock API key (bearer token), as our dialect does, so the auth
// header is compared too; no SigV4 signing is involved.
// Wire exceptions: none in what is compared (method, path with the id percent-encoded, query, auth,
// content type, body). The client's own headers (user agent, `amz-sdk-invocation-id`,
// `amz-sdk-request`, `x-amz-user-agent`) are not compared.
// Bytes: the client takes a `Uint8Array` where the JSON wire has a base64 string, and our types
// describe the JSON wire. Requests without bytes (S3 locations, text documents) are passed to the
// client as they are; for bytes the one conversion a user needs is `Buffer.from(base64, "base64")`,
// shown in `withBytes` below, and the wire test proves both sides then send the same base64.
import { request as httpRequest } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BedrockRuntimeClient, ConverseCommand, type ConverseCommandInput } from "@aws-sdk/client-bedrock-runtime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BedrockConverseRequest, type BedrockConverseSpec, buildRequest, checkRequest, getModel } from "../../../runtime/index.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import { builtOnRecorder, comparable, type Recorder, sendBuilt, sendWithClient, startRecorder } from "./oracle/recorder.js";

/** A Converse request as the client takes it, without the model: ours puts the spec in instead. */
type ClientInput = Omit<ConverseCommandInput, "modelId">;

const KEY = "bedrock-api-key-oracle";
const ENV = { AWS_BEARER_TOKEN_BEDROCK: KEY, AWS_REGION: "us-east-1" };
const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"], additionalProperties: false };
const weatherTool = { toolSpec: { name: "weather", description: "Weather in a city", inputSchema: { json: schema }, strict: true } };
const PNG_BASE64 = "iVBORw0KGgo=";

// Written with our types: each must also be a valid client input (checked below, no cast).
const ours = {
  text: {
    system: [{ text: "Be brief." }, { cachePoint: { type: "default", ttl: "1h" } }],
    messages: [{ role: "user", content: [{ text: "Hi" }] }],
    inferenceConfig: { maxTokens: 200, temperature: 0.2, topP: 0.9, stopSequences: ["\n\n"] },
    requestMetadata: { team: "search" },
    serviceTier: { type: "flex" },
    performanceConfig: { latency: "standard" },
  } satisfies BedrockConverseRequest<"amazon-bedrock:amazon.nova-pro-v1:0">,
  toolTurn: {
    messages: [
      { role: "user", content: [{ text: "Weather in Paris? The map is attached." }] },
      { role: "assistant", content: [{ text: "Checking." }, { toolUse: { toolUseId: "t1", name: "weather", input: { city: "Paris" } } }] },
      {
        role: "user",
        content: [
          {
            toolResult: {
              toolUseId: "t1",
              status: "success",
              content: [
                { text: "18°C" },
                { json: { celsius: 18 } },
                { image: { format: "png", source: { s3Location: { uri: "s3://maps/paris.png" } } } },
                { document: { format: "txt", name: "forecast", source: { text: "Sunny all day." } } },
              ],
            },
          },
          { cachePoint: { type: "default" } },
        ],
      },
    ],
    toolConfig: { tools: [weatherTool, { cachePoint: { type: "default" } }], toolChoice: { tool: { name: "weather" } } },
  } satisfies BedrockConverseRequest<"amazon-bedrock:anthropic.claude-sonnet-4-6">,
  documents: {
    messages: [
      {
        role: "user",
        content: [
          { text: "Compare the three." },
          { document: { format: "pdf", name: "report", source: { s3Location: { uri: "s3://docs/report.pdf", bucketOwner: "111122223333" } } } },
          { document: { name: "notes", source: { text: "Revenue grew 4%." }, context: "Q3 notes", citations: { enabled: true } } },
          { document: { format: "txt", name: "memo", source: { content: [{ text: "Costs fell." }, { text: "Hiring paused." }] } } },
          { image: { format: "jpeg", source: { s3Location: { uri: "s3://docs/chart.jpg" } } } },
        ],
      },
    ],
  } satisfies BedrockConverseRequest<"amazon-bedrock:anthropic.claude-sonnet-4-6">,
  video: {
    messages: [{ role: "user", content: [{ video: { format: "mp4", source: { s3Location: { uri: "s3://clips/a.mp4" } } } }, { text: "What happens?" }] }],
  } satisfies BedrockConverseRequest<"amazon-bedrock:amazon.nova-pro-v1:0">,
  reasoning: {
    messages: [
      { role: "user", content: [{ text: "Why is the sky blue?" }] },
      {
        role: "assistant",
        content: [{ reasoningContent: { reasoningText: { text: "Rayleigh scattering.", signature: "sig" } } }, { text: "Scattering." }],
      },
      { role: "user", content: [{ text: "Shorter." }] },
    ],
    inferenceConfig: { maxTokens: 4000 },
    additionalModelRequestFields: { thinking: { type: "enabled", budget_tokens: 2000 } },
    outputConfig: { effort: "low" },
  } satisfies BedrockConverseRequest<"amazon-bedrock:anthropic.claude-sonnet-4-6">,
  structured: {
    messages: [{ role: "user", content: [{ text: "Where is the Louvre?" }] }],
    outputConfig: { textFormat: { type: "json_schema", structure: { jsonSchema: { schema: JSON.stringify(schema), name: "place" } } } },
    guardrailConfig: { guardrailIdentifier: "gr-1", guardrailVersion: "1", trace: "enabled" },
    additionalModelResponseFieldPaths: ["/stop_sequence"],
  } satisfies BedrockConverseRequest<"amazon-bedrock:anthropic.claude-sonnet-4-6">,
  bytes: {
    messages: [{ role: "user", content: [{ image: { format: "png", source: { bytes: PNG_BASE64 } } }, { text: "What is this?" }] }],
  } satisfies BedrockConverseRequest<"amazon-bedrock:amazon.nova-pro-v1:0">,
};

// Written for the client (its input type, within the fields we model): each must be accepted by buildRequest.
const theirs = {
  toolTurn: {
    system: [{ text: "Use the tools." }],
    messages: [
      { role: "user", content: [{ text: "Weather in Oslo?" }] },
      { role: "assistant", content: [{ toolUse: { toolUseId: "t9", name: "weather", input: { city: "Oslo" } } }] },
      { role: "user", content: [{ toolResult: { toolUseId: "t9", content: [{ json: { celsius: -3 } }], status: "success" } }] },
    ],
    toolConfig: { tools: [{ toolSpec: { name: "weather", inputSchema: { json: schema } } }], toolChoice: { auto: {} } },
    inferenceConfig: { maxTokens: 300 },
  } satisfies ClientInput,
  documents: {
    messages: [
      {
        role: "user",
        content: [
          { document: { format: "md", name: "readme", source: { text: "# Title" } } },
          { document: { name: "slides", format: "pdf", source: { s3Location: { uri: "s3://docs/slides.pdf" } } } },
          { text: "Summarize." },
        ],
      },
    ],
    guardrailConfig: { guardrailIdentifier: "gr-2", guardrailVersion: "DRAFT" },
    requestMetadata: { run: "42" },
    serviceTier: { type: "priority" },
  } satisfies ClientInput,
};

// (a) Our requests are valid client inputs, without a cast.
const asClientInput = (input: ClientInput) => input;

/** Our request with bytes, as the client takes it: the one conversion is base64 to bytes. */
const withBytes: ClientInput = {
  messages: [{ role: "user", content: [{ image: { format: "png", source: { bytes: Buffer.from(PNG_BASE64, "base64") } } }, { text: "What is this?" }] }],
};

// (b) The client's requests are accepted by buildRequest for a model that has what they ask.
const theirsBuilt = [
  buildRequest("amazon-bedrock:anthropic.claude-sonnet-4-6", theirs.toolTurn, { env: ENV }),
  buildRequest("amazon-bedrock:anthropic.claude-sonnet-4-6", theirs.documents, { env: ENV }),
];

/**
 * The client's default handler speaks only HTTP/2 (for its bidirectional streams) and the recorder
 * speaks HTTP/1.1: this one sends the request the client built, headers and body unchanged, over
 * HTTP/1.1, and fails the call once the recorder has answered.
 */
const http1Handler = {
  handle: (request: { method: string; hostname: string; port?: number; path: string; headers: Record<string, string>; body?: unknown }) =>
    new Promise<never>((_resolve, reject) => {
      const out = httpRequest({ host: request.hostname, port: request.port, method: request.method, path: request.path, headers: request.headers }, (res) => {
        res.resume();
        res.on("end", () => reject(new Error("recorded")));
      });
      out.on("error", reject);
      out.end(request.body as string | undefined);
    }),
};

let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());

/** What the client and `buildRequest` each sent, the client given `input` and `buildRequest` given `request`. */
async function sentByBoth(spec: BedrockConverseSpec, input: ClientInput, request: unknown = input) {
  recorder.clear();
  const client = new BedrockRuntimeClient({
    endpoint: recorder.url,
    region: "us-east-1",
    token: { token: KEY },
    authSchemePreference: ["httpBearerAuth"],
    maxAttempts: 1,
    requestHandler: http1Handler,
  });
  await sendWithClient(() => client.send(new ConverseCommand({ modelId: getModel(spec)!.id, ...input })));
  await sendBuilt(builtOnRecorder(spec, request, recorder, "", { env: ENV }));
  expect(recorder.calls).toHaveLength(2);
  const [byClient, byUs] = recorder.calls.map((c) => comparable(c, "authorization"));
  return { client: byClient!, built: byUs! };
}

describe("bedrock-converse against the official AWS SDK client", () => {
  const cases: [string, BedrockConverseSpec, ClientInput, unknown][] = [
    [
      "text with a cached system prompt, request metadata, service tier and latency",
      "amazon-bedrock:amazon.nova-pro-v1:0",
      asClientInput(ours.text),
      ours.text,
    ],
    [
      "a tool call and a result with text, JSON, an image and a document",
      "amazon-bedrock:anthropic.claude-sonnet-4-6",
      asClientInput(ours.toolTurn),
      ours.toolTurn,
    ],
    ["documents from S3, text and content blocks, an S3 image", "amazon-bedrock:anthropic.claude-sonnet-4-6", asClientInput(ours.documents), ours.documents],
    ["a video from S3", "amazon-bedrock:amazon.nova-pro-v1:0", asClientInput(ours.video), ours.video],
    ["thinking, replayed reasoning and an effort", "amazon-bedrock:anthropic.claude-sonnet-4-6", asClientInput(ours.reasoning), ours.reasoning],
    [
      "structured output with a guardrail and response field paths",
      "amazon-bedrock:anthropic.claude-sonnet-4-6",
      asClientInput(ours.structured),
      ours.structured,
    ],
    ["image bytes: base64 for us, a Uint8Array for the client", "amazon-bedrock:amazon.nova-pro-v1:0", withBytes, ours.bytes],
    ["the client's tool turn", "amazon-bedrock:anthropic.claude-sonnet-4-6", theirs.toolTurn, theirs.toolTurn],
    ["the client's text documents and guardrail", "amazon-bedrock:anthropic.claude-sonnet-4-6", theirs.documents, theirs.documents],
  ];

  it.each(cases)("sends what the client sends: %s", async (_name, spec, input, request) => {
    const { client, built } = await sentByBoth(spec, input, request);
    expect(built).toEqual(client);
    expect(client).toMatchObject({ method: "POST", query: "", auth: `Bearer ${KEY}`, contentType: "application/json" });
    expect(client.path).toBe(`/model/${encodeURIComponent(getModel(spec)!.id)}/converse`);
  });

  it.each(cases)("checkRequest finds nothing wrong in the client's body: %s", async (_name, spec, input, request) => {
    const { client } = await sentByBoth(spec, input, request);
    expect(checkRequest(spec, client.body)).toEqual([]);
  });

  it("builds the client's own requests", () => {
    expect(theirsBuilt.map((r) => r.ok)).toEqual([true, true]);
  });

  it("reads content blocks: exactly one kind per block, known kinds only, the effort in outputConfig", () => {
    const problems = checkRequest("amazon-bedrock:amazon.nova-pro-v1:0", {
      messages: [
        { role: "user", content: [{}, { text: "a", image: { format: "png", source: { bytes: "" } } }, { picture: {} }] },
        { role: "critic", content: [{ text: "b" }] },
      ],
      outputConfig: { effort: "high" },
    }).map((p) => `${p.severity} ${p.code} ${p.path}`);
    expect(problems).toEqual([
      "error invalid_value messages[0].content[0]",
      "error invalid_value messages[0].content[1]",
      "error invalid_value messages[0].content[2]",
      "error invalid_value messages[1].role",
      "error unsupported_feature outputConfig.effort",
    ]);
  });
});

describe("bedrock-converse request types", () => {
  it("reject what the wire refuses, one golden message per line", () => {
    const file = join(import.meta.dirname, "..", "..", "types", "cases", "requests-bedrock-converse-invalid.ts");
    const diagnostics = typeDiagnostics([file]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(file.replace(/\.ts$/, ".expected.txt"), "utf8"));
    const lines = readFileSync(file, "utf8").split("\n");
    const expectedLines = lines.flatMap((l, i) => (/^(buildRequest|export const)/.test(l) ? [i + 1] : []));
    expect(diagnostics.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(expectedLines);
  });
});
