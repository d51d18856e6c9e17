import { describe, expect, it } from "vitest";
import { CHAT_COMPLETIONS_FIELDS } from "../../../runtime/protocols/openai-chat.js";
import { openaiCompatible } from "../../../runtime/protocols/openai-compatible.js";
import { briefProblems, builtRequest, capableModel, testProvider } from "./protocol-fixtures.js";

const user = { role: "user", content: "Hi" };

describe("openaiCompatible", () => {
  it("knows only the fields every chat-completions server takes", () => {
    expect(openaiCompatible.fields).toEqual(CHAT_COMPLETIONS_FIELDS);
    expect(briefProblems(capableModel(), testProvider("openai-compatible"), { messages: [user], store: true })).toEqual(["warning unknown_field store"]);
  });

  it("posts to /chat/completions with a bearer key, filling URL placeholders from env", () => {
    const provider = testProvider("openai-compatible", { baseUrl: "https://gw.test/${ACCOUNT}/v1/", env: ["ACCOUNT", "GW_TOKEN"] });
    const request = builtRequest(capableModel(), provider, { messages: [user] }, { env: { ACCOUNT: "acc" } });
    expect(request.url).toBe("https://gw.test/acc/v1/chat/completions");
    expect(request.headers.authorization).toBe("Bearer ${GW_TOKEN}");
    expect(request.variables).toEqual(["GW_TOKEN"]);
  });

  it("checks reasoning_effort against the model's stated effort values", () => {
    const model = capableModel({ reasoningOptions: [{ type: "effort", values: ["low", "high"] }] });
    expect(briefProblems(model, testProvider("openai-compatible"), { messages: [user], reasoning_effort: "medium" })).toEqual([
      "error invalid_value reasoning_effort",
    ]);
  });

  it("maps the AI SDK packages of gateways and inference hosts here", () => {
    const packages = openaiCompatible.dialects["openai-compatible"].packages.map((p) => p.npm);
    expect(packages).toContain("@ai-sdk/openai-compatible");
    expect(packages).toContain("@openrouter/ai-sdk-provider");
  });
});
