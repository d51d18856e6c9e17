// Uses that must not compile. Each line marked `// expect TSnnnn: text` must fail with that code and
// a message containing the text; no other line may fail. Checked by the llm-catalog test suite.
import { defineRoutes, model, openai, select, type OpenAIChatRequest } from "./catalog/index.js";

model("openai:gpt-4o-typo"); // expect TS2345: Unknown model 'gpt-4o-typo' for provider 'openai'
model("openai:gpt-4.1-nano"); // expect TS2345: Unknown model 'gpt-4.1-nano' for provider 'openai'
model("mistral:mistral-large-latest"); // expect TS2345: Unknown provider 'mistral'
openai("o1"); // expect TS2345: not assignable to parameter of type 'OpenaiModelId'
select({ require: ["telepathy"] }); // expect TS2322: "telepathy"
defineRoutes({ chat: "acme:acme-chat-small" }); // expect TS2820: Did you mean '"acme:acme-chat-large"'?
export const request: OpenAIChatRequest<"openai:o3"> = { messages: [], temperature: 0.2 }; // expect TS2322: NotSupported<"temperature", "openai:o3">
