import { describe, expect, it } from "vitest";
import { bedrockConverse } from "../../../runtime/protocols/bedrock-converse.js";
import { briefProblems, builtRequest, capableModel, testProvider } from "./protocol-fixtures.js";

const messages = [{ role: "user", content: [{ text: "Hi" }] }];

describe("bedrockConverse", () => {
  it("knows Converse's fields and flags OpenAI's", () => {
    expect(bedrockConverse.fields).toContain("inferenceConfig");
    expect(briefProblems(capableModel(), testProvider("amazon-bedrock"), { messages, max_tokens: 5 })).toEqual(["warning unknown_field max_tokens"]);
  });

  it("posts to /model/{id}/converse with a bearer key, the id escaped as one path segment", () => {
    const model = capableModel({ id: "amazon.nova-pro-v1:0" });
    const request = builtRequest(model, testProvider("amazon-bedrock", { env: ["AWS_BEARER_TOKEN_BEDROCK"] }), { messages, stream: true });
    expect(request.url).toBe("https://api.p.test/v1/model/amazon.nova-pro-v1%3A0/converse-stream");
    expect(request.headers.authorization).toBe("Bearer ${AWS_BEARER_TOKEN_BEDROCK}");
    expect(JSON.parse(request.body)).toEqual({ messages });
  });

  it("reads content blocks by key and the token limit inside inferenceConfig", () => {
    const model = capableModel({ limits: { output: 100 } });
    const request = {
      messages: [
        { role: "user", content: [{ document: {} }] },
        { role: "user", content: "Hi" },
      ],
      inferenceConfig: { maxTokens: 101 },
    };
    expect(briefProblems(model, testProvider("amazon-bedrock"), request)).toEqual([
      "error invalid_type messages[1].content",
      "error over_limit inferenceConfig.maxTokens",
      "error unsupported_input messages[0].content[0].document",
    ]);
  });
});
