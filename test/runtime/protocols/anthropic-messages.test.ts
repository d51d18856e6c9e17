import { describe, expect, it } from "vitest";
import { checkRequest } from "../../../runtime/index.js";
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

  const anthropic = testProvider("anthropic-messages");
  const check = (request: object, model = capableModel()) => briefProblems(model, anthropic, { max_tokens: 5, ...request });

  it("takes only user and assistant turns", () => {
    expect(check({ messages: [{ role: "system", content: "Be terse." }, { content: "Hi" }] })).toEqual([
      "error invalid_value messages[0].role",
      "error missing_field messages[1].role",
    ]);
  });

  it("keeps tool results in user turns, and tool calls and thinking in assistant turns", () => {
    const toolUse = { type: "tool_use", id: "t", name: "f", input: {} };
    const thinking = { type: "thinking", thinking: "…", signature: "s" };
    const redacted = { type: "redacted_thinking", data: "d" };
    const result = { type: "tool_result", tool_use_id: "t", content: "ok" };
    expect(
      check({
        messages: [
          { role: "user", content: [toolUse, thinking, redacted] },
          { role: "assistant", content: [result] },
        ],
      }),
    ).toEqual([
      "error invalid_value messages[0].content[0]",
      "error invalid_value messages[0].content[1]",
      "error invalid_value messages[0].content[2]",
      "error invalid_value messages[1].content[0]",
    ]);
    expect(check({ messages: [user, { role: "assistant", content: [thinking, redacted, toolUse] }, { role: "user", content: [result] }] })).toEqual([]);
  });

  it("refuses block kinds the API does not have and blocks without their required members", () => {
    const blocks = [
      { type: "image_url", image_url: { url: "https://x/y.png" } },
      { type: "text" },
      {
        type: "tool_result",
        content: [
          { type: "text", text: "ok" },
          { type: "tool_use", id: "t", name: "f", input: {} },
        ],
      },
      { type: "search_result", source: "s", content: [] },
    ];
    expect(
      check({
        messages: [
          { role: "user", content: blocks },
          { role: "assistant", content: [{ type: "tool_use", id: "t", input: {} }, { type: "redacted_thinking" }] },
        ],
      }),
    ).toEqual([
      "error invalid_value messages[0].content[0].type",
      "error missing_field messages[0].content[1].text",
      "error missing_field messages[0].content[2].tool_use_id",
      "error invalid_value messages[0].content[2].content[1].type",
      "error missing_field messages[0].content[3].title",
      "error missing_field messages[1].content[0].name",
      "error missing_field messages[1].content[1].data",
    ]);
  });

  it("lets through the server-tool blocks it does not model", () => {
    const serverUse = { type: "server_tool_use", id: "s", name: "web_search", input: { query: "q" } };
    const serverResult = { type: "web_search_tool_result", tool_use_id: "s", content: [] };
    expect(check({ messages: [user, { role: "assistant", content: [serverUse, serverResult] }] })).toEqual([]);
  });

  it("counts images and documents inside tool results as inputs of the model", () => {
    const content = [
      { type: "image", source: { type: "url", url: "https://x/y.png" } },
      { type: "document", source: { type: "url", url: "https://x/y.pdf" } },
    ];
    expect(check({ messages: [{ role: "user", content: [{ type: "tool_result", tool_use_id: "t", content }] }] })).toEqual([
      "error unsupported_input messages[0].content[0].content[0]",
      "error unsupported_input messages[0].content[0].content[1]",
    ]);
  });

  it("reads thinking as the API's union: adaptive asks for reasoning, enabled needs a budget, other types are refused", () => {
    const plain = capableModel({ capabilities: { ...capableModel().capabilities, reasoning: false } });
    expect(check({ messages: [user], thinking: { type: "adaptive", display: "omitted" } }, plain)).toEqual(["error unsupported_feature thinking"]);
    expect(check({ messages: [user], thinking: { type: "adaptive", display: "omitted" } })).toEqual([]);
    expect(check({ messages: [user], thinking: { type: "enabled" } })).toEqual(["error missing_field thinking.budget_tokens"]);
    expect(check({ messages: [user], thinking: { type: "auto" } })).toEqual(["error invalid_value thinking.type"]);
    expect(check({ messages: [user], thinking: "on" })).toEqual(["error invalid_type thinking"]);
  });

  it("requires a custom tool's input_schema to be of type object, and a tool choice of the API's kinds", () => {
    const webSearch = { type: "web_search_20250305", name: "web_search", max_uses: 3 };
    expect(check({ messages: [user], tools: [{ name: "f", input_schema: { properties: {} } }, { name: "g" }, webSearch] })).toEqual([
      "error invalid_value tools[0].input_schema.type",
      "error missing_field tools[1].input_schema",
    ]);
    expect(check({ messages: [user], tool_choice: { type: "tool" } })).toEqual(["error missing_field tool_choice.name"]);
    expect(check({ messages: [user], tool_choice: { type: "required" } })).toEqual(["error invalid_value tool_choice.type"]);
  });

  it("takes only the effort values of the wire and of the model", () => {
    // A gateway's Claude states no effort values: it is offered the wire's, which have no "minimal".
    const request = (effort: string) => ({ max_tokens: 5, messages: [user], output_config: { effort } });
    expect(checkRequest("opencode:claude-haiku-4-5", request("minimal")).map((p) => `${p.code} ${p.path}`)).toEqual(["invalid_value output_config.effort"]);
    expect(checkRequest("opencode:claude-haiku-4-5", request("xhigh"))).toEqual([]);
    expect(checkRequest("anthropic:claude-opus-4-7", request("xhigh"))).toEqual([]);
    expect(checkRequest("anthropic:claude-opus-4-6", request("xhigh")).map((p) => `${p.code} ${p.path}`)).toEqual(["invalid_value output_config.effort"]);
  });
});
