import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildModelRequest, checkModelRequest, type RequestProblem } from "../../runtime/core.js";
import { buildRequest, buildResponsesRequest, checkRequest, getModel } from "../../runtime/index.js";
import { ALL_CAPABILITIES, testModel } from "./fixtures.js";
import { testProvider as provider } from "./protocols/protocol-fixtures.js";

const user = { role: "user", content: "Hi" } as const;
const brief = (problems: readonly RequestProblem[]) => problems.map((p) => `${p.severity} ${p.code} ${p.path}`);

describe("checkRequest on the real catalog", () => {
  it("accepts a valid request with no problem", () => {
    expect(checkRequest("openai:gpt-4.1", { messages: [user], max_completion_tokens: 32_768, tools: [] })).toEqual([]);
  });

  it("reports output tokens over the model's limit with the path and the limit", () => {
    const problems = checkRequest("openai:gpt-4.1", { messages: [user], max_tokens: 100_000 });
    expect(problems).toEqual([
      { path: "max_tokens", code: "over_limit", severity: "error", message: "100000 exceeds the output limit of openai:gpt-4.1 (32768 tokens)" },
    ]);
  });

  it("reports every unsupported feature and input of a text-only model, each at its path", () => {
    const problems = checkRequest("openai:gpt-3.5-turbo", {
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "x" },
            { type: "image_url", image_url: { url: "u" } },
            { type: "file", file: {} },
          ],
        },
      ],
      tools: [],
      tool_choice: "auto",
      reasoning_effort: "low",
      response_format: { type: "json_schema", json_schema: { name: "x" } },
    });
    expect(brief(problems)).toEqual([
      "error unsupported_feature tools",
      "error unsupported_feature tool_choice",
      "error unsupported_feature reasoning_effort",
      "error unsupported_feature response_format",
      "error unsupported_input messages[0].content[1]",
      "error unsupported_input messages[0].content[2]",
    ]);
    expect(problems[4]!.message).toBe("openai:gpt-3.5-turbo does not take image input");
  });

  it("checks effort values against the model's own, and temperature where the model rejects it", () => {
    expect(checkRequest("openai:gpt-5", { messages: [user], reasoning_effort: "max", temperature: 1 })).toEqual([
      { path: "temperature", code: "unsupported_feature", severity: "error", message: "openai:gpt-5 does not accept temperature" },
      { path: "reasoning_effort", code: "invalid_value", severity: "error", message: '"max" is not an effort of openai:gpt-5 (minimal, low, medium, high)' },
    ]);
  });

  it("checks Anthropic's required max_tokens and the thinking budget range from the data", () => {
    expect(brief(checkRequest("anthropic:claude-haiku-4-5", { messages: [user] }))).toEqual(["error missing_field max_tokens"]);
    const problems = checkRequest("anthropic:claude-haiku-4-5", { max_tokens: 2000, messages: [user], thinking: { type: "enabled", budget_tokens: 100 } });
    expect(problems.map((p) => p.message)).toEqual(["100 is outside the thinking budget of anthropic:claude-haiku-4-5 (1024–∞ tokens)"]);
    expect(checkRequest("anthropic:claude-haiku-4-5", { max_tokens: 5, messages: [user], thinking: { type: "disabled" } })).toEqual([]);
  });

  it("reads Google MIME types, Bedrock blocks, Mistral chunks and Cohere parts as input modalities", () => {
    const google = checkRequest("google:gemini-2.5-flash-image", {
      contents: [{ parts: [{ inlineData: { mimeType: "audio/wav", data: "" } }, { fileData: { mimeType: "image/png", fileUri: "x" } }] }],
    });
    expect(brief(google)).toEqual(["error unsupported_input contents[0].parts[0].inlineData"]);
    const bedrock = checkRequest("amazon-bedrock:amazon.nova-micro-v1:0", {
      messages: [{ role: "user", content: [{ text: "x" }, { document: {} }] }],
      inferenceConfig: { maxTokens: 9000 },
    });
    expect(brief(bedrock)).toEqual(["error over_limit inferenceConfig.maxTokens", "error unsupported_input messages[0].content[1].document"]);
    const mistral = checkRequest("mistral:codestral-latest", {
      messages: [{ role: "user", content: [{ type: "document_url", document_url: "u" }] }],
      prompt_mode: "reasoning",
    });
    expect(brief(mistral)).toEqual(["error unsupported_feature prompt_mode", "error unsupported_input messages[0].content[0]"]);
    const cohere = checkRequest("cohere:c4ai-aya-expanse-32b", {
      messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "u" } }] }],
      thinking: { type: "enabled" },
    });
    expect(brief(cohere)).toEqual(["error unsupported_feature thinking", "error unsupported_input messages[0].content[0]"]);
  });

  it("warns about fields the format does not define, and flags a request naming another model", () => {
    expect(brief(checkRequest("openai:gpt-4.1", { model: "openai:gpt-4o", messages: [user], reasoning: {} }))).toEqual([
      "error model_mismatch model",
      "warning unknown_field reasoning",
    ]);
    expect(checkRequest("openai:gpt-4.1", { model: "gpt-4.1", messages: [user] })).toEqual([]);
  });

  it("rejects models with no request format: unknown specs, unknown protocols, embedding models", () => {
    expect(brief(checkRequest("openai:gpt-4o-typo", {}))).toEqual(["error unknown_model "]);
    expect(checkRequest("gitlab:duo-chat-gpt-5-1", { messages: [user] })[0]!.message).toBe(
      'No request format is known for gitlab:duo-chat-gpt-5-1 (protocol "unknown")',
    );
    expect(checkRequest("openai:text-embedding-3-small", { messages: [user] })[0]!.message).toBe(
      "openai:text-embedding-3-small is an embedding model: it takes no chat request; call the provider's embeddings endpoint (OpenAI-style POST /embeddings, Gemini :embedContent, Cohere /v2/embed)",
    );
  });

  it("builds no chat request for embedding, rerank, speech and image models whose source left the mode out", () => {
    // models.dev lists text output and no mode for these; the mode comes from the id.
    for (const [spec, mode] of [
      ["google:gemini-embedding-001", "embedding"],
      ["google-vertex:gemini-embedding-001", "embedding"],
      ["groq:whisper-large-v3", "audio"],
      ["openai:gpt-image-1.5", "image"],
    ] as const) {
      expect(getModel(spec)?.mode).toBe(mode);
      const result = buildRequest(spec as never, { contents: [{ role: "user", parts: [{ text: "Hi" }] }], messages: [user] } as never);
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.code)).toEqual(["unsupported_protocol"]);
      expect(result.problems[0]!.message).toContain("it takes no chat request; call the provider's");
    }
  });

  it("uses the Responses API format on request, only for models that serve it", () => {
    expect(checkRequest("openai:gpt-5", { input: "Hi", reasoning: { effort: "high" } }, { api: "openai-responses" })).toEqual([]);
    expect(brief(checkRequest("groq:openai/gpt-oss-120b", { input: "Hi" }, { api: "openai-responses" }))).toEqual(["error unsupported_protocol "]);
  });
});

describe("checkModelRequest on hand-built models", () => {
  const reasoner = testModel("p", "r", { capabilities: ALL_CAPABILITIES, limits: { output: 1000 } });
  it("gives a reasoning model whose source states no options the general effort vocabulary", () => {
    expect(checkModelRequest(reasoner, provider("openai-compatible"), { messages: [], reasoning_effort: "xhigh" })).toEqual([]);
    expect(brief(checkModelRequest(reasoner, provider("openai-compatible"), { messages: [], reasoning_effort: "extreme" }))).toEqual([
      "error invalid_value reasoning_effort",
    ]);
    const stated = { ...reasoner, reasoningOptions: [{ type: "budget_tokens" as const, min: 1, max: 10 }] };
    expect(checkModelRequest(stated, provider("openai-compatible"), { messages: [], reasoning_effort: "low" })[0]!.message).toBe(
      "p:r takes no reasoning effort",
    );
  });

  it("checks value types and ranges: temperature, token counts", () => {
    const problems = checkModelRequest(reasoner, provider("anthropic-messages"), { messages: [], max_tokens: 0.5, temperature: 1.5 });
    expect(problems.map((p) => p.message)).toEqual(["Expected a positive integer, got 0.5", "temperature must be a number from 0 to 1, got 1.5"]);
  });

  it("reports structural problems of messages and parts with their paths", () => {
    const problems = checkModelRequest(reasoner, provider("openai-chat"), {
      messages: [null, { content: "x" }, { role: "user" }, { role: "user", content: [{ text: "no type" }, 7] }],
    });
    expect(brief(problems)).toEqual([
      "error invalid_type messages[0]",
      "error missing_field messages[1].role",
      "error missing_field messages[2].content",
      "error missing_field messages[3].content[0].type",
      "error invalid_type messages[3].content[1]",
    ]);
  });
});

describe("buildRequest", () => {
  it("matches the golden request for one model of each protocol", () => {
    const cases = {
      "openai-chat": buildRequest("openai:gpt-4.1", { messages: [user], max_completion_tokens: 100, tools: [{ type: "function", function: { name: "f" } }] }),
      "azure-openai": buildRequest("azure:codestral-2501", { messages: [user] }, { env: { AZURE_RESOURCE_NAME: "acme" } }),
      "openai-responses (chat model)": buildResponsesRequest("openai:gpt-5", { input: "Hi", reasoning: { effort: "low" } }),
      "openai-responses (model default)": buildRequest("amazon-bedrock:openai.gpt-oss-120b", { input: "Hi" }, { env: { AWS_REGION: "us-east-1" } }),
      "openai-compatible": buildRequest("groq:openai/gpt-oss-120b", { messages: [user], reasoning_effort: "low" }),
      "openai-compatible (URL placeholders)": buildRequest(
        "cloudflare-ai-gateway:openai/gpt-4o",
        { messages: [user] },
        { env: { CLOUDFLARE_ACCOUNT_ID: "acc" } },
      ),
      "anthropic-messages": buildRequest(
        "anthropic:claude-fable-5",
        { max_tokens: 1024, messages: [user], output_config: { effort: "high" } },
        { env: { ANTHROPIC_API_KEY: "sk-test" } },
      ),
      "google-vertex-anthropic": buildRequest("google-vertex-anthropic:claude-opus-4-5@20251101", { max_tokens: 1024, messages: [user], stream: true }),
      "google-generative-ai": buildRequest("google:gemini-2.0-flash", {
        contents: [{ role: "user", parts: [{ text: "Hi" }] }],
        generationConfig: { maxOutputTokens: 100 },
      }),
      "google-vertex": buildRequest(
        "google-vertex:gemini-2.5-pro",
        { contents: [{ parts: [{ text: "Hi" }] }], stream: true },
        { env: { GOOGLE_VERTEX_LOCATION: "us-central1", GOOGLE_VERTEX_PROJECT: "proj" } },
      ),
      "amazon-bedrock": buildRequest("amazon-bedrock:amazon.nova-pro-v1:0", {
        messages: [{ role: "user", content: [{ text: "Hi" }] }],
        inferenceConfig: { maxTokens: 100 },
      }),
      mistral: buildRequest("mistral:mistral-medium-2604", { messages: [user], prompt_mode: "reasoning" }),
      cohere: buildRequest("cohere:command-a-plus-05-2026", { messages: [user], thinking: { type: "enabled", token_budget: 1000 } }),
    };
    const golden = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "build-request.golden.json"), "utf8"));
    expect(JSON.parse(JSON.stringify(cases))).toEqual(golden);
  });

  it("returns every blocking problem instead of a request, with the first in the error", () => {
    const result = buildRequest("openai:gpt-3.5-turbo", { messages: [user], tools: [], max_tokens: 10_000 } as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({
      code: "over_limit",
      message: "max_tokens: 10000 exceeds the output limit of openai:gpt-3.5-turbo (4096 tokens) (and 1 more)",
    });
    expect(brief(result.problems)).toEqual(["error over_limit max_tokens", "error unsupported_feature tools"]);
  });

  it("keeps warnings beside a built request", () => {
    const result = buildRequest("openai:gpt-4.1", { messages: [user], tempreature: 1 } as never);
    expect(result.ok && brief(result.problems)).toEqual(["warning unknown_field tempreature"]);
  });

  it("reports a request that cannot be JSON, and a provider without a base URL", () => {
    const cyclic: Record<string, unknown> = { messages: [user] };
    cyclic.self = cyclic;
    const result = buildRequest("openai:gpt-4.1", cyclic as never);
    expect(!result.ok && result.error.code).toBe("invalid_request");
    const noUrl = buildModelRequest(testModel("p", "m", { capabilities: ALL_CAPABILITIES }), provider("openai-compatible", { baseUrl: undefined }), {
      messages: [],
    });
    expect(!noUrl.ok && noUrl.error).toEqual({ code: "no_endpoint", message: "The catalog has no base URL for p:m" });
  });

  it("fills placeholders only from the explicit env argument, never from the process", () => {
    process.env.OPENAI_API_KEY = "from-the-process";
    const result = buildRequest("openai:gpt-4.1", { messages: [user] });
    delete process.env.OPENAI_API_KEY;
    expect(result.ok && result.value.headers.authorization).toBe("Bearer ${OPENAI_API_KEY}");
    expect(result.ok && result.value.variables).toEqual(["OPENAI_API_KEY"]);
  });
});

describe("malformed requests", () => {
  /** A small seeded generator of JSON-like and hostile values. */
  function values(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
    const keys = [
      "messages",
      "contents",
      "input",
      "content",
      "parts",
      "role",
      "type",
      "max_tokens",
      "tools",
      "thinking",
      "generationConfig",
      "inferenceConfig",
      "inlineData",
      "mimeType",
      "__proto__",
      "constructor",
      "reasoning",
      "text",
      "output_config",
      "additionalModelRequestFields",
    ];
    const leaf = (): unknown => [null, undefined, 0, -1, 1e308, NaN, "", "image_url", "image/png", true, 10n, Symbol("s")][Math.floor(next() * 12)];
    const value = (depth: number): unknown => {
      const r = next();
      if (depth > 4 || r < 0.3) return leaf();
      if (r < 0.55) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 5); i > 0; i--)
        Object.defineProperty(o, keys[Math.floor(next() * keys.length)]!, { value: value(depth + 1), enumerable: true, configurable: true });
      return o;
    };
    return () => value(0);
  }
  const hostile: unknown[] = [
    null,
    42,
    "text",
    [],
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("trap");
        },
      },
    ),
    Object.defineProperty({}, "messages", {
      get: () => {
        throw new Error("getter");
      },
      enumerable: true,
    }),
    (() => {
      const p = Proxy.revocable({}, {});
      p.revoke();
      return p.proxy;
    })(),
  ];
  const specs = [
    "openai:gpt-4.1",
    "openai:gpt-5",
    "groq:openai/gpt-oss-120b",
    "anthropic:claude-fable-5",
    "google:gemini-2.0-flash",
    "amazon-bedrock:amazon.nova-pro-v1:0",
    "mistral:codestral-latest",
    "cohere:command-a-plus-05-2026",
    "amazon-bedrock:openai.gpt-oss-120b",
  ];

  it("never throw: hostile objects and 3,000 random values across every format", () => {
    const next = values(20261122);
    const inputs = [...hostile, ...Array.from({ length: 3000 }, next)];
    for (const [i, input] of inputs.entries()) {
      const spec = specs[i % specs.length]!;
      const problems = checkRequest(spec, input);
      const built = buildRequest(spec as "openai:gpt-4.1", input as never);
      expect(Array.isArray(problems)).toBe(true);
      expect(built.ok || built.problems.length > 0).toBe(true);
      // Built or not, the request is all-or-nothing: a success always has a JSON body.
      if (built.ok) expect(() => JSON.parse(built.value.body)).not.toThrow();
    }
  });
});
