// Valid uses of llm-catalog/ai-sdk with the AI SDK: every line must compile without a diagnostic.
// The registration import narrows the SDK's string model ids to the catalog's chat specs, project-wide.
import "../../../runtime/ai-sdk/register.js";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { embed, generateText, streamText, wrapLanguageModel, type LanguageModelUsage } from "ai";
import { callSettings, costMiddleware, costOf, createCatalogRegistry, type SdkUsage } from "../../../runtime/ai-sdk/index.js";
import { openAICompatibleProviders } from "../../../runtime/ai-sdk/openai-compatible.js";

const registry = createCatalogRegistry({ openai: createOpenAI(), anthropic: createAnthropic(), ...openAICompatibleProviders({ env: {} }) });

// Plain string specs through the registration (resolved by the default provider at run time).
export const a = generateText({ model: "openai:gpt-4o", prompt: "Hi" });
export const b = streamText({ model: "anthropic:claude-sonnet-4-5", prompt: "Hi" });
export const c = generateText({ model: "amazon-bedrock:anthropic.claude-sonnet-4-5-20250929-v1:0", prompt: "Hi" });
// The typed registry: chat models of the providers passed in, embedding models for embed.
export const d = generateText({ model: registry.languageModel("deepseek:deepseek-chat"), prompt: "Hi", ...callSettings("deepseek:deepseek-chat") });
export const e = generateText({ model: registry.languageModel("groq:llama-3.3-70b-versatile"), prompt: "Hi" });
export const f = embed({ model: registry.embeddingModel("openai:text-embedding-3-small"), value: "Hi" });
export const g = wrapLanguageModel({ model: registry.languageModel("openai:o3"), middleware: costMiddleware({ spec: "openai:o3", onCost: () => {} }) });
// The SDK's own usage type is what costOf takes.
export const h = async () => costOf("openai:gpt-4o", (await a).usage)?.total;
export const usage: SdkUsage = {} as LanguageModelUsage;
