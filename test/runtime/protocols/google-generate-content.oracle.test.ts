// Oracle tests for Google's generateContent against its official client, @google/genai: the same
// request sent by the client and built by `buildRequest` arrives alike at a local recorder; requests
// written with our types hand their values to the client's types, and requests written for the
// client pass ours; what the wire refuses does not compile (a golden case file).
//
// The client's request type is SDK-shaped (`GenerateContentParameters`); it serialises it into the
// REST body, whose shape our types follow, like this:
//   contents                          → contents
//   config.systemInstruction          → systemInstruction
//   config.tools, config.toolConfig   → tools, toolConfig
//   config.safetySettings             → safetySettings
//   config.cachedContent              → cachedContent
//   config.labels                     → labels (Vertex AI)
//   every other field of config       → generationConfig.<field> (temperature, thinkingConfig, …)
//   model                             → the URL, models/{model}:generateContent
// So the type-level checks compare our request's parts with the REST-shaped client types it serialises.
//
// The client types the wire's closed sets as TypeScript string enums (ThinkingLevel, HarmCategory,
// HarmBlockThreshold, FunctionCallingConfigMode, MediaResolution, Modality, the OpenAPI schema's
// Type), and no string type is assignable to an enum. Requests written with our types are therefore
// compared without those fields (`ClientRestBody`); requests written for the client carry them, as
// the client's enum members, which our types accept.
//
// Wire exceptions, removed below: the client sends `generationConfig: {}` when its config holds only
// fields that move to the top level (systemInstruction, tools, …), which `buildRequest` leaves out.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Content,
  type FunctionCallingConfig,
  FunctionCallingConfigMode,
  type GenerateContentParameters,
  type GenerationConfig,
  GoogleGenAI,
  type GoogleGenAIOptions,
  HarmBlockThreshold,
  HarmCategory,
  MediaResolution,
  Modality,
  type SafetySetting,
  type ThinkingConfig,
  ThinkingLevel,
  type Tool,
  type ToolConfig,
} from "@google/genai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRequest, checkRequest, type GoogleGenerateContentRequest, type RequestProblem } from "../../../runtime/index.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import { builtOnRecorder, comparable, type RecordedCall, type Recorder, sendBuilt, sendWithClient, startRecorder } from "./oracle/recorder.js";

/** The REST body in the client's own types, less the fields it types as enums: what a request written with our types must be assignable to. */
interface ClientRestBody {
  contents: Content[];
  systemInstruction?: Content;
  tools?: Tool[];
  toolConfig?: Omit<ToolConfig, "functionCallingConfig"> & { functionCallingConfig?: Omit<FunctionCallingConfig, "mode"> };
  cachedContent?: string;
  generationConfig?: Omit<GenerationConfig, "thinkingConfig" | "responseSchema" | "responseModalities" | "mediaResolution"> & {
    thinkingConfig?: Omit<ThinkingConfig, "thinkingLevel">;
  };
}

/** The REST body in the client's own types, enums included: what a request written for the client satisfies. */
interface ClientBody extends ClientRestBody {
  toolConfig?: ToolConfig;
  safetySettings?: SafetySetting[];
  generationConfig?: GenerationConfig;
}

/** A body written for the client, checked against its types with literal values kept (`satisfies` would widen `role` to the client's `string`). */
function forClient<const B extends ClientBody>(body: B): B {
  return body;
}

/** The client's parameters for a REST-shaped body, by the mapping at the top of this file; `stream` and the like are not config and the client ignores them. */
function clientParams(model: string, body: ClientRestBody): GenerateContentParameters {
  const { contents, generationConfig, ...topLevel } = body;
  return { model, contents, config: { ...topLevel, ...generationConfig } };
}

const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
const weather = { name: "get_weather", description: "Current weather in a city", parametersJsonSchema: schema };

// Requests written with our types; each is handed to `clientParams` below without a cast.
const text: GoogleGenerateContentRequest<"google:gemini-2.5-flash"> = {
  contents: [{ role: "user", parts: [{ text: "Name three rivers." }] }],
  systemInstruction: { parts: [{ text: "Answer briefly." }] },
  generationConfig: { temperature: 0.2, topP: 0.9, topK: 40, maxOutputTokens: 256, stopSequences: ["END"], seed: 7, candidateCount: 1 },
};
// A thinking model's function call is replayed with its thought signature, or the API refuses the turn.
const toolTurns: GoogleGenerateContentRequest<"google:gemini-3-flash-preview"> = {
  contents: [
    { role: "user", parts: [{ text: "Weather in Paris?" }] },
    { role: "model", parts: [{ functionCall: { id: "call-1", name: "get_weather", args: { city: "Paris" } }, thoughtSignature: "c2lnbmF0dXJl" }] },
    { role: "user", parts: [{ functionResponse: { id: "call-1", name: "get_weather", response: { temperature: 21 } } }] },
  ],
  tools: [{ functionDeclarations: [weather] }],
};
const media: GoogleGenerateContentRequest<"google:gemini-2.5-flash"> = {
  contents: [
    {
      role: "user",
      parts: [
        { text: "Compare these." },
        { inlineData: { mimeType: "image/png", data: "iVBORw0KGgo=" } },
        { inlineData: { mimeType: "audio/mp3", data: "SUQz" } },
        { fileData: { mimeType: "video/mp4", fileUri: "gs://bucket/clip.mp4" } },
        { fileData: { mimeType: "application/pdf", fileUri: "https://example.com/paper.pdf" } },
      ],
    },
  ],
};
const budget: GoogleGenerateContentRequest<"google:gemini-2.5-flash"> = {
  contents: [{ role: "user", parts: [{ text: "Prove it." }] }],
  generationConfig: { thinkingConfig: { thinkingBudget: 1024, includeThoughts: true } },
};
const structured: GoogleGenerateContentRequest<"google:gemini-2.5-flash"> = {
  contents: [{ role: "user", parts: [{ text: "Where is the Louvre?" }] }],
  generationConfig: { responseMimeType: "application/json", responseJsonSchema: schema, responseLogprobs: true, logprobs: 2 },
};
const streamed: GoogleGenerateContentRequest<"google:gemini-2.5-flash"> = {
  contents: [{ role: "user", parts: [{ text: "Go on." }] }],
  cachedContent: "cachedContents/abc123",
  stream: true,
};

// Requests written for the client, with its enums; each is passed to `buildRequest` below.
const level = forClient({
  contents: [{ role: "user", parts: [{ text: "Plan a trip." }] }],
  generationConfig: { thinkingConfig: { thinkingLevel: ThinkingLevel.LOW, includeThoughts: true } },
});
const forcedTool = forClient({
  contents: [{ role: "user", parts: [{ text: "Weather in Rome?" }] }],
  tools: [{ functionDeclarations: [weather] }],
  toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY, allowedFunctionNames: ["get_weather"] } },
  safetySettings: [
    { category: HarmCategory.HARM_CATEGORY_HATE_SPEECH, threshold: HarmBlockThreshold.BLOCK_ONLY_HIGH },
    { category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT, threshold: HarmBlockThreshold.OFF },
  ],
});
const lowResolution = forClient({
  contents: [{ role: "user", parts: [{ text: "What is shown?" }, { inlineData: { mimeType: "image/jpeg", data: "/9j/4AAQ" } }] }],
  generationConfig: {
    mediaResolution: MediaResolution.MEDIA_RESOLUTION_LOW,
    responseModalities: [Modality.TEXT],
    thinkingConfig: { thinkingLevel: ThinkingLevel.HIGH, includeThoughts: false },
  },
});

interface Case {
  readonly name: string;
  readonly spec: "google:gemini-2.5-flash" | "google:gemini-3-flash-preview" | "google-vertex:gemini-3-flash-preview";
  readonly body: ClientRestBody;
  readonly stream?: true;
}

const CASES: readonly Case[] = [
  { name: "text with a system instruction and sampling", spec: "google:gemini-2.5-flash", body: text },
  { name: "a function call replayed with its thought signature, and its response", spec: "google:gemini-3-flash-preview", body: toolTurns },
  { name: "image, audio, video and PDF parts", spec: "google:gemini-2.5-flash", body: media },
  { name: "a thinking budget with thoughts included", spec: "google:gemini-2.5-flash", body: budget },
  { name: "JSON schema output with log probabilities", spec: "google:gemini-2.5-flash", body: structured },
  { name: "streaming from a cached content", spec: "google:gemini-2.5-flash", body: streamed, stream: true },
  { name: "the client's upper-case thinking level", spec: "google:gemini-3-flash-preview", body: level },
  { name: "a forced function call with safety settings", spec: "google:gemini-3-flash-preview", body: forcedTool },
  { name: "media resolution, response modalities and a high thinking level", spec: "google:gemini-3-flash-preview", body: lowResolution },
  { name: "Vertex AI: a function call replayed with its thought signature", spec: "google-vertex:gemini-3-flash-preview", body: toolTurns },
  { name: "Vertex AI: the client's upper-case thinking level", spec: "google-vertex:gemini-3-flash-preview", body: level },
  { name: "Vertex AI: a forced function call with safety settings", spec: "google-vertex:gemini-3-flash-preview", body: forcedTool },
];

const KEY = "test-gemini-key";
const TOKEN = "test-vertex-token";
const VERTEX_ROOT = "/v1/projects/p/locations/us-central1/publishers/google";
// A stand-in for Google's auth client (google-auth-library, which the test does not depend on): it only hands out a fixed token.
const vertexAuth = { getRequestHeaders: async () => new Headers({ authorization: `Bearer ${TOKEN}` }) };
type AuthClient = NonNullable<NonNullable<GoogleGenAIOptions["googleAuthOptions"]>["authClient"]>;

const isVertex = (c: Case) => c.spec.startsWith("google-vertex:");
const authHeader = (c: Case) => (isVertex(c) ? "authorization" : "x-goog-api-key");

/** The client for `c`'s provider, on the recorder, with retries off. */
function clientFor(c: Case): GoogleGenAI {
  const httpOptions = { baseUrl: recorder.url, retryOptions: { attempts: 1 } };
  if (!isVertex(c)) return new GoogleGenAI({ apiKey: KEY, httpOptions });
  return new GoogleGenAI({
    vertexai: true,
    project: "p",
    location: "us-central1",
    httpOptions: { ...httpOptions, apiVersion: "v1" },
    googleAuthOptions: { authClient: vertexAuth as unknown as AuthClient },
  });
}
let recorder: Recorder;
beforeAll(async () => {
  recorder = await startRecorder();
});
afterAll(() => recorder.close());

/** What the client sends for `c`, with the client-added empty `generationConfig` removed (see the top of the file). */
async function sentByClient(c: Case): Promise<RecordedCall> {
  recorder.clear();
  const client = clientFor(c);
  const params = clientParams(c.spec.slice(c.spec.indexOf(":") + 1), c.body);
  await sendWithClient(() => (c.stream ? client.models.generateContentStream(params) : client.models.generateContent(params)));
  expect(recorder.calls).toHaveLength(1);
  const call = recorder.calls[0]!;
  const body = call.body as { generationConfig?: object };
  if (body.generationConfig !== undefined && Object.keys(body.generationConfig).length === 0) delete body.generationConfig;
  return call;
}

/** What `buildRequest` sends for `c`. */
async function sentByUs(c: Case): Promise<RecordedCall> {
  recorder.clear();
  const built = isVertex(c)
    ? builtOnRecorder(c.spec, c.body, recorder, VERTEX_ROOT, { env: { GOOGLE_VERTEX_ACCESS_TOKEN: TOKEN } })
    : builtOnRecorder(c.spec, c.body, recorder, "/v1beta", { env: { GOOGLE_API_KEY: KEY } });
  await sendBuilt(built);
  expect(recorder.calls).toHaveLength(1);
  return recorder.calls[0]!;
}

describe("google-generate-content against @google/genai: the wire", () => {
  for (const c of CASES) {
    it(`sends what the client sends: ${c.name}`, async () => {
      const client = comparable(await sentByClient(c), authHeader(c));
      const ours = comparable(await sentByUs(c), authHeader(c));
      expect(ours).toEqual(client);
      expect(ours.auth).toBe(isVertex(c) ? `Bearer ${TOKEN}` : KEY);
    });
  }

  it("checkRequest finds nothing to report in the client's own bodies", async () => {
    for (const c of CASES) {
      const sent = await sentByClient(c);
      expect(checkRequest(c.spec, sent.body), c.name).toEqual([]);
    }
  });
});

describe("google-generate-content against @google/genai: the types", () => {
  it("take the client's requests (with its enums) for a model that supports what they ask", () => {
    // Type-level: these calls compile; the client's enum members are our string literals.
    expect(buildRequest("google:gemini-3-flash-preview", level).ok).toBe(true);
    expect(buildRequest("google:gemini-3-flash-preview", forcedTool).ok).toBe(true);
    expect(buildRequest("google:gemini-3-flash-preview", lowResolution).ok).toBe(true);
    expect(buildRequest("google-vertex:gemini-3-flash-preview", level, { env: {} }).ok).toBe(true);
  });

  it("take the thinking level in either case, as the API does, and only the model's own levels", () => {
    const contents = [{ role: "user" as const, parts: [{ text: "Hi" }] }];
    const levelOf = (spec: "google:gemini-3-flash-preview" | "google:gemini-3-pro-preview", thinkingLevel: string) =>
      checkRequest(spec, { contents, generationConfig: { thinkingConfig: { thinkingLevel } } }).map((p: RequestProblem) => `${p.code} ${p.path}`);
    expect(buildRequest("google:gemini-3-flash-preview", { contents, generationConfig: { thinkingConfig: { thinkingLevel: "MINIMAL" } } }).ok).toBe(true);
    expect(buildRequest("google:gemini-3-flash-preview", { contents, generationConfig: { thinkingConfig: { thinkingLevel: "minimal" } } }).ok).toBe(true);
    expect(levelOf("google:gemini-3-pro-preview", "HIGH")).toEqual([]);
    expect(levelOf("google:gemini-3-pro-preview", "MEDIUM")).toEqual(["invalid_value generationConfig.thinkingConfig.thinkingLevel"]);
    expect(levelOf("google:gemini-3-flash-preview", "xhigh")).toEqual(["invalid_value generationConfig.thinkingConfig.thinkingLevel"]);
    expect(levelOf("google:gemini-3-flash-preview", "XHIGH")).toEqual(["invalid_value generationConfig.thinkingConfig.thinkingLevel"]);
  });

  it("checkRequest refuses a content role other than user and model, as the types do", () => {
    const problems = checkRequest("google:gemini-2.5-flash", { contents: [{ role: "assistant", parts: [{ text: "Hi" }] }] });
    expect(problems.map((p: RequestProblem) => `${p.code} ${p.path}`)).toEqual(["invalid_value contents[0].role"]);
    expect(checkRequest("google:gemini-2.5-flash", { contents: [{ parts: [{ text: "Hi" }] }, { role: "model", parts: [{ text: "Hello" }] }] })).toEqual([]);
  });

  it("checkRequest wants a function call's and a function response's name, and the response, as the types do", () => {
    const parts = [{ functionCall: { args: {} } }, { functionResponse: { name: "f" } }];
    const problems = checkRequest("google:gemini-2.5-flash", { contents: [{ role: "user", parts }] });
    expect(problems.map((p: RequestProblem) => `${p.code} ${p.path}`)).toEqual([
      "missing_field contents[0].parts[0].functionCall.name",
      "missing_field contents[0].parts[1].functionResponse.response",
    ]);
  });

  it("refuse what the wire refuses, one golden message per line", () => {
    const file = join(import.meta.dirname, "..", "..", "types", "cases", "requests-google-generate-content-invalid.ts");
    const diagnostics = typeDiagnostics([file]);
    expect(`${diagnostics.join("\n")}\n`).toBe(readFileSync(file.replace(/\.ts$/, ".expected.txt"), "utf8"));
    const lines = readFileSync(file, "utf8").split("\n");
    expect(diagnostics.map((d) => Number(/:(\d+) TS/.exec(d)![1]))).toEqual(lines.flatMap((l, i) => (l.startsWith("buildRequest") ? [i + 1] : [])));
  });
});
