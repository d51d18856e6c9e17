import { describe, expect, it } from "vitest";
import { openaiChat } from "../../../runtime/protocols/openai-chat.js";
import { briefProblems, builtRequest, capableModel, testProvider, viewOf } from "./protocol-fixtures.js";

const user = { role: "user", content: "Hi" };

describe("openaiChat", () => {
  it("knows OpenAI's own chat fields and flags the Responses API's", () => {
    expect(openaiChat.fields).toContain("max_completion_tokens");
    expect(openaiChat.fields).toContain("verbosity");
    expect(viewOf(openaiChat, { messages: [], max_output_tokens: 5 }).problems.map((p) => `${p.severity} ${p.code} ${p.path}`)).toEqual([
      "warning unknown_field max_output_tokens",
    ]);
  });

  it("posts to /chat/completions with a bearer key, and Azure with an api-key header", () => {
    const openai = builtRequest(capableModel(), testProvider("openai-chat"), { messages: [user] });
    expect(openai.url).toBe("https://api.p.test/v1/chat/completions");
    expect(openai.headers.authorization).toBe("Bearer ${P_API_KEY}");
    const azure = builtRequest(capableModel(), testProvider("azure-openai", { env: ["AZURE_API_KEY"] }), { messages: [user] }, { env: { AZURE_API_KEY: "k" } });
    expect(azure.headers).toEqual({ "content-type": "application/json", "api-key": "k" });
  });

  it("puts the provider's own model id in the body, whatever the request named", () => {
    const request = builtRequest(capableModel(), testProvider("openai-chat"), { model: "p:m", messages: [user] });
    expect(JSON.parse(request.body)).toEqual({ model: "m", messages: [user] });
  });

  it("reads both token fields and every non-text part type as inputs", () => {
    const model = capableModel({ limits: { output: 10 } });
    const request = {
      messages: [
        {
          role: "user",
          content: [
            { type: "input_audio", input_audio: {} },
            { type: "video_url", video_url: {} },
          ],
        },
      ],
      max_tokens: 11,
      max_completion_tokens: 12,
    };
    expect(briefProblems(model, testProvider("openai-chat"), request)).toEqual([
      "error over_limit max_tokens",
      "error over_limit max_completion_tokens",
      "error unsupported_input messages[0].content[0]",
      "error unsupported_input messages[0].content[1]",
    ]);
  });
});
