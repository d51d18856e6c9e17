// Valid uses: every line must compile without a diagnostic.
import { allowed, compare, defineRoutes, findModels, formatSpec, select, anthropic, catalog, customModel, defaultModel, estimateCost, getModel, isModelSpec, model, openai, providerModel, type ModelOf, type ModelSpec, type CheckSpec, type ModelIdOf, type ModelFeatures, type EffortIn } from "../../../runtime/index.js";
import { model as openaiModel } from "../../../generated/providers/openai.js";

// 30 specs from 30 providers; ids with "/", ":", "@", "." and "~".
export const specs = [
  model("abacus:Qwen/QwQ-32B"),
  model("alibaba-cn:MiniMax/MiniMax-M2.7"),
  model("ambient:moonshotai/kimi-k2.6"),
  model("anyapi:anthropic/claude-haiku-4-5"),
  model("baseten:MiniMaxAI/MiniMax-M2.5"),
  model("berget:google/gemma-4-31B-it"),
  model("amazon-bedrock:amazon.nova-2-lite-v1:0"),
  model("kilo:baidu/cobuddy:free"),
  model("nano-gpt:NousResearch/Hermes-4-70B:thinking"),
  model("ollama-cloud:cogito-2.1:671b"),
  model("openrouter:cognitivecomputations/dolphin-mistral-24b-venice-edition:free"),
  model("synthetic:hf:MiniMaxAI/MiniMax-M2"),
  model("cloudflare-ai-gateway:workers-ai/@cf/ai4bharat/indictrans2-en-indic-1B"),
  model("cloudflare-workers-ai:@cf/aisingapore/gemma-sea-lion-v4-27b-it"),
  model("google-vertex:claude-3-5-haiku@20241022"),
  model("google-vertex-anthropic:claude-3-5-haiku@20241022"),
  model("302ai:MiniMax-M2.1"),
  model("aihubmix:alicloud-glm-5.1"),
  model("alibaba:qwen3.5-122b-a10b"),
  model("alibaba-coding-plan:MiniMax-M2.5"),
  model("alibaba-coding-plan-cn:MiniMax-M2.5"),
  model("alibaba-token-plan:MiniMax-M2.5"),
  model("abliteration-ai:abliterated-model"),
  model("alibaba-token-plan-cn:MiniMax-M2.5"),
  model("anthropic:claude-3-5-haiku-20241022"),
  model("atomic-chat:Meta-Llama-3_1-8B-Instruct-GGUF"),
  model("auriko:claude-opus-4-6"),
  model("azure:claude-fable-5"),
  model("azure-cognitive-services:claude-haiku-4-5"),
  model("bailing:Ling-1T"),
];

// The root's records: literal spec, provider, id and capability flags; limits and prices as numbers.
const context: number | undefined = model("openai:gpt-4o").limits.context;
const input: number | undefined = model("openai:gpt-4o").cost?.input;
const tools: true = model("openai:gpt-4o").capabilities.tools;
const local: false = model("openai:gpt-4o").capabilities.localInference;
const name: string = openai("gpt-4o").name;
const viaProvider: "openai:gpt-4o" = providerModel("openai", "gpt-4o").spec;
const helper: "anthropic:claude-sonnet-4-5" = anthropic("claude-sonnet-4-5").spec;
const bedrock: ["amazon-bedrock", "amazon.nova-2-lite-v1:0"] = [model("amazon-bedrock:amazon.nova-2-lite-v1:0").provider, model("amazon-bedrock:amazon.nova-2-lite-v1:0").id];
const listed: ModelOf<"openai:gpt-4o"> = catalog["openai:gpt-4o"];
const flag: "tools" = "tools" as Extract<ModelFeatures["openai:gpt-4o"], "tools">;
const efforts: "low" | "medium" | "high" = "low" as EffortIn<ModelFeatures["openai:o3"]>;
const spec: ModelSpec = "openai:gpt-4o";
const checked: CheckSpec<"openai:gpt-4o"> = "openai:gpt-4o";
const id: ModelIdOf<"anthropic"> = "claude-sonnet-4-5";
const record: ModelOf<"openai:o3"> = model("openai:o3");
// A provider entry keeps exact literal records.
const entryContext: 128000 = openaiModel("gpt-4o").limits.context;
export const used = [context, input, tools, local, name, viaProvider, helper, bedrock, listed, flag, efforts, spec, checked, id, record, entryContext];

// Untrusted strings go through getModel / isModelSpec, which narrows.
export function fromUser(text: string) {
  const found = getModel(text)?.limits.context;
  if (isModelSpec(text)) return model(text).id;
  return found;
}

// The escape hatch for ids the catalog lacks.
export const custom: "openai:gpt-6-preview" = customModel("openai:gpt-6-preview").spec;

// Cost, policy and defaults: typed results.
export const total: number | undefined = estimateCost("openai:gpt-4o", { input: 1_000_000, output: 1_000_000 })?.total;
export const allowedSpec: boolean = allowed("openai:gpt-4o");
export const openaiDefault: ModelSpec | undefined = defaultModel("openai");
export const chosen: ModelSpec | undefined = select({ require: ["tools", "vision"], forbid: { deprecated: true }, prefer: ["anthropic"] });
export const cheapest: ModelSpec | undefined = select({
  require: ["tools"],
  orderBy: "cheapest",
  usage: { input: 10_000, output: 500 },
  minOutput: 8000,
  maxInputCost: 3,
  outputModalities: ["text"],
  openWeights: false,
  provider: ["openai", "anthropic"],
  include: ["deprecated"],
});
export const byContext: number = findModels({ require: ["tools"], orderBy: "context", minContext: 100_000 }).length;
export const routes = defineRoutes({ simple: "google:gemini-2.0-flash", complex: "anthropic:claude-sonnet-4-5" });
export const simple: "google:gemini-2.0-flash" = routes.simple;
export const routedContext: number | undefined = model(routes.complex).limits.context;
export const joined: "openai:gpt-4o" = formatSpec("openai", "gpt-4o");
export const rows = compare(["openai:gpt-4o", "not:a-model"]);
