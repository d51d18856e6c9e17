import { describe, expect, it } from "vitest";
import { cohereChat } from "../../../runtime/protocols/cohere-chat.js";
import { briefProblems, builtRequest, capableModel, testProvider } from "./protocol-fixtures.js";

const user = { role: "user", content: "Hi" };

describe("cohereChat", () => {
  it("knows Cohere's short sampling names and flags OpenAI's", () => {
    expect(cohereChat.fields).toContain("p");
    expect(briefProblems(capableModel(), testProvider("cohere"), { messages: [user], top_p: 0.5 })).toEqual(["warning unknown_field top_p"]);
  });

  it("posts to /chat with a bearer key", () => {
    const request = builtRequest(capableModel(), testProvider("cohere", { env: ["CO_API_KEY"] }), { messages: [user] });
    expect(request.url).toBe("https://api.p.test/v1/chat");
    expect(request.headers.authorization).toBe("Bearer ${CO_API_KEY}");
  });

  it("lets a message leave out content, and checks the thinking token budget", () => {
    const model = capableModel({ reasoningOptions: [{ type: "budget_tokens", min: 100 }] });
    expect(briefProblems(model, testProvider("cohere"), { messages: [{ role: "assistant" }] })).toEqual([]);
    expect(briefProblems(model, testProvider("cohere"), { messages: [user], thinking: { type: "enabled", token_budget: 10 } })).toEqual([
      "error invalid_value thinking.token_budget",
    ]);
  });
});
