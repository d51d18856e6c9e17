// The AI SDK with the catalog: specs as model ids (a typo is a compile error), the OpenAI-compatible
// providers built from the catalog's data, and every call's cost reported from its usage. The
// providers point at a local server (src/local-server.ts), so this runs offline with fake keys.
import "llm-catalog/ai-sdk/register";
import { createAnthropic } from "@ai-sdk/anthropic";
import { generateText, streamText } from "ai";
import { callSettings, costOf, createCatalogRegistry, type CostReport } from "llm-catalog/ai-sdk";
import { openAICompatibleProviders } from "llm-catalog/ai-sdk/openai-compatible";
import { startLocalServer } from "./local-server.js";

const server = await startLocalServer();
// In an app: `env: process.env`, and no baseURL or baseUrls (the catalog's URLs are the real ones).
const env = { DEEPSEEK_API_KEY: "sk-deepseek-example", ANTHROPIC_API_KEY: "sk-ant-example" };
const costs: CostReport[] = [];

const registry = createCatalogRegistry(
  {
    anthropic: createAnthropic({ baseURL: `${server.url}/v1`, apiKey: env.ANTHROPIC_API_KEY }),
    ...openAICompatibleProviders({ env, baseUrls: { deepseek: server.url } }),
  },
  { onCost: (report) => costs.push(report) },
);
// Plain string models now resolve through the registry instead of the Vercel gateway.
registry.setAsDefaultProvider();

// A string spec, checked by the registration import; its cost from the usage the SDK returns.
const claude = await generateText({ model: "anthropic:claude-sonnet-4-5", prompt: "Say hello" });
// A typed registry call with settings clamped to the model's limits (asks for more than its output limit).
const settings = callSettings("deepseek:deepseek-chat", { maxOutputTokens: 1_000_000 });
const deepseek = await generateText({ model: registry.languageModel("deepseek:deepseek-chat"), prompt: "Say hello", ...settings });
// A streamed call: its cost is reported once, when the stream finishes.
const streamed = streamText({ model: registry.languageModel("deepseek:deepseek-chat"), prompt: "Say hello" });
let streamedText = "";
for await (const part of streamed.textStream) streamedText += part;

await server.close();
console.log(
  JSON.stringify({
    texts: [claude.text, deepseek.text, streamedText],
    claudeCost: costOf("anthropic:claude-sonnet-4-5", claude.usage)?.total,
    maxOutputTokens: settings.maxOutputTokens,
    reports: costs.map((r) => ({ spec: r.spec, kind: r.kind, total: r.cost?.total })),
    calls: server.calls,
  }),
);
