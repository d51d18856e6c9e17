import { describe, expect, it } from "vitest";
import { openaiResponses } from "../../../runtime/protocols/openai-responses.js";
import { briefProblems, builtRequest, capableModel, testProvider } from "./protocol-fixtures.js";

const responses = { api: "openai-responses" } as const;

describe("openaiResponses", () => {
  it("knows the Responses fields and flags chat-completions ones", () => {
    expect(openaiResponses.fields).toContain("max_output_tokens");
    expect(briefProblems(capableModel(), testProvider("openai-responses"), { input: "Hi", messages: [] })).toEqual(["warning unknown_field messages"]);
  });

  it("posts to /responses with a bearer key; an Azure model asked for it keeps its api-key header", () => {
    const own = builtRequest(capableModel(), testProvider("openai-responses"), { input: "Hi" });
    expect(own.url).toBe("https://api.p.test/v1/responses");
    expect(own.headers.authorization).toBe("Bearer ${P_API_KEY}");
    const azure = builtRequest(capableModel(), testProvider("azure-openai"), { input: "Hi" }, responses);
    expect(azure.url).toBe("https://api.p.test/v1/responses");
    expect(azure.headers["api-key"]).toBe("${P_API_KEY}");
  });

  it("takes models of OpenAI's and Azure's chat protocols on request, and no other", () => {
    expect(openaiResponses.optIn).toEqual(["openai-chat", "azure-openai", "openai-responses"]);
    expect(briefProblems(capableModel(), testProvider("openai-chat"), { input: "Hi" }, responses)).toEqual([]);
    const other = briefProblems(capableModel(), testProvider("mistral"), { input: "Hi" }, responses);
    expect(other).toEqual(["error unsupported_protocol "]);
  });

  it("requires input and reads message roles and input parts", () => {
    const model = capableModel({ modalities: { input: ["text"], output: ["text"] } });
    expect(briefProblems(model, testProvider("openai-responses"), {})).toEqual(["error missing_field input"]);
    const request = { input: [{ content: [{ type: "input_image", image_url: "u" }] }] };
    expect(briefProblems(model, testProvider("openai-responses"), request)).toEqual([
      "error missing_field input[0].role",
      "error unsupported_input input[0].content[0]",
    ]);
  });
});
