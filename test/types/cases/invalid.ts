// Invalid uses: each line below must fail with the message in invalid.expected.txt.
import { anthropic, defineRoutes, model, openai, providerModel, select, type ModelSpec } from "../../../runtime/index.js";

declare const userInput: string;

model("openai:gpt-4o-typo");
model("opnai:gpt-4o");
model("gpt-4o");
model("amazon-bedrock:amazon.nova-2-lite-v1:1");
model(userInput);
openai("gpt-4o-typo");
anthropic("gpt-4o");
providerModel("openai", "claude-sonnet-4-5");
export const spec: ModelSpec = "openai:gpt4o";
export const tools: true = model("openai:text-embedding-3-small").capabilities.tools;
select({ require: ["telepathy"] });
export const routes = defineRoutes({ simple: "openai:gpt-4o", complex: "anthropic:claude-sonet-4-5" });
model("");
select({ require: ["tools"], orderBy: "best" });
select({ minContxt: 100_000 });
select({ include: ["retired"] });
