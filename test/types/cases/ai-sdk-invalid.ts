// Invalid uses of llm-catalog/ai-sdk: each line below must fail with the message in ai-sdk-invalid.expected.txt.
import "../../../runtime/ai-sdk/register.js";
import { createOpenAI } from "@ai-sdk/openai";
import { generateText } from "ai";
import { callSettings, createCatalogRegistry } from "../../../runtime/ai-sdk/index.js";

const registry = createCatalogRegistry({ openai: createOpenAI() });

generateText({ model: "openai:gpt-4o-typo", prompt: "Hi" });
generateText({ model: "openai:text-embedding-3-small", prompt: "Hi" });
registry.languageModel("openai:gpt-4o-typo");
registry.languageModel("openai:text-embedding-3-small");
registry.languageModel("anthropic:claude-sonnet-4-5");
registry.languageModel("opnai:gpt-4o");
registry.embeddingModel("openai:gpt-4o");
createCatalogRegistry({ opnai: createOpenAI() });
callSettings("openai:text-embedding-3-small");
