import { describe, expect, it } from "vitest";
import { anthropicMessages } from "../../../runtime/protocols/anthropic-messages.js";
import { briefProblems, builtRequest, capableModel, testProvider } from "./protocol-fixtures.js";

const user = { role: "user", content: "Hi" };

describe("anthropicMessages", () => {
  it("knows Anthropic's fields and flags OpenAI's", () => {
    expect(anthropicMessages.fields).toContain("thinking");
    expect(briefProblems(capableModel(), testProvider("anthropic-messages"), { max_tokens: 5, messages: [user], reasoning_effort: "low" })).toEqual([
      "warning unknown_field reasoning_effort",
    ]);
  });

  it("posts to /messages with x-api-key and the version header", () => {
    const request = builtRequest(capableModel(), testProvider("anthropic-messages"), { max_tokens: 5, messages: [user] });
    expect(request.url).toBe("https://api.p.test/v1/messages");
    expect(request.headers).toEqual({ "content-type": "application/json", "anthropic-version": "2023-06-01", "x-api-key": "${P_API_KEY}" });
  });

  it("on Vertex AI: rawPredict at the model's URL, version in the body, the OAuth token variable", () => {
    const model = capableModel({ id: "claude-x@20251101" });
    const request = builtRequest(model, testProvider("google-vertex-anthropic"), { max_tokens: 5, messages: [user], stream: true });
    expect(request.url).toBe("https://api.p.test/v1/models/claude-x@20251101:streamRawPredict");
    expect(request.headers.authorization).toBe("Bearer ${GOOGLE_VERTEX_ACCESS_TOKEN}");
    expect(JSON.parse(request.body)).toEqual({ anthropic_version: "vertex-2023-10-16", max_tokens: 5, messages: [user], stream: true });
  });

  it("requires max_tokens, and lets thinking be turned off on any model", () => {
    expect(briefProblems(capableModel(), testProvider("anthropic-messages"), { messages: [user] })).toEqual(["error missing_field max_tokens"]);
    const plain = capableModel({ capabilities: { ...capableModel().capabilities, reasoning: false } });
    expect(briefProblems(plain, testProvider("anthropic-messages"), { max_tokens: 5, messages: [user], thinking: { type: "disabled" } })).toEqual([]);
    expect(
      briefProblems(plain, testProvider("anthropic-messages"), { max_tokens: 5, messages: [user], thinking: { type: "enabled", budget_tokens: 9 } }),
    ).toEqual(["error unsupported_feature thinking"]);
  });
});
