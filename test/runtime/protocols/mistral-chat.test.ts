import { describe, expect, it } from "vitest";
import { mistralChat } from "../../../runtime/protocols/mistral-chat.js";
import { briefProblems, builtRequest, capableModel, testProvider } from "./protocol-fixtures.js";

const user = { role: "user", content: "Hi" };

describe("mistralChat", () => {
  it("knows Mistral's own fields and flags OpenAI-only ones", () => {
    expect(mistralChat.fields).toContain("safe_prompt");
    expect(briefProblems(capableModel(), testProvider("mistral"), { messages: [user], max_completion_tokens: 5 })).toEqual([
      "warning unknown_field max_completion_tokens",
    ]);
  });

  it("posts to /chat/completions with a bearer key", () => {
    const request = builtRequest(capableModel(), testProvider("mistral", { env: ["MISTRAL_API_KEY"] }), { messages: [user] });
    expect(request.url).toBe("https://api.p.test/v1/chat/completions");
    expect(request.headers.authorization).toBe("Bearer ${MISTRAL_API_KEY}");
  });

  it("takes temperatures up to 1.5 and reads document chunks as pdf input", () => {
    expect(briefProblems(capableModel(), testProvider("mistral"), { messages: [user], temperature: 1.5 })).toEqual([]);
    expect(briefProblems(capableModel(), testProvider("mistral"), { messages: [user], temperature: 1.6 })).toEqual(["error invalid_value temperature"]);
    const document = { messages: [{ role: "user", content: [{ type: "document_url", document_url: "u" }] }] };
    expect(briefProblems(capableModel(), testProvider("mistral"), document)).toEqual(["error unsupported_input messages[0].content[0]"]);
  });
});
