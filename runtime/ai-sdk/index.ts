/**
 * `llm-catalog/ai-sdk`: the packaged catalog for the AI SDK (`ai` 6.x). A registry whose model ids are
 * the catalog's specs, call cost from the SDK's `usage`, and call settings clamped to a model's limits.
 * `ai` is an optional peer dependency: only this entry and `llm-catalog/ai-sdk/openai-compatible`
 * import it, never the package root.
 */
import { createProviderRegistry, wrapLanguageModel, type LanguageModelMiddleware, type LanguageModelUsage, type ProviderRegistryProvider } from "ai";
import { estimateCost, getModel, isModelSpec, parseSpec } from "../../generated/index.js";
import type { ChatSpec, EmbeddingSpec, ModelSpec, NonChatModes, ProviderId, ProviderModelMap } from "../../generated/types.js";
import type { CostEstimate, Usage } from "../cost.js";
import { CONVERSATION_MODES } from "../request.js";

/** A provider as the SDK's registry takes it (`ProviderV3`), named through `ai` so that no other SDK package is needed. */
export type SdkProvider = Parameters<typeof createProviderRegistry>[0][string];
/** The language model the SDK's registry returns (`LanguageModelV3`). */
export type SdkLanguageModel = ReturnType<ProviderRegistryProvider["languageModel"]>;
/** The embedding model the SDK's registry returns (`EmbeddingModelV3`). */
export type SdkEmbeddingModel = ReturnType<ProviderRegistryProvider["embeddingModel"]>;

/** SDK providers keyed by catalog provider id (`{ openai, anthropic, deepseek }`). */
export type CatalogProviders = { readonly [P in ProviderId]?: SdkProvider };

/** Every spec of providers `P`, built from their id unions: a few hundred literals rather than a filter over all 5,258. */
type SpecsOf<P extends ProviderId> = { [K in P]: `${K}:${ProviderModelMap[K]}` }[P];

/** The chat specs of providers `P`: what `languageModel` takes. */
export type ChatSpecOf<P extends ProviderId> = Exclude<SpecsOf<P>, keyof NonChatModes>;

/** The embedding specs of providers `P`: what `embeddingModel` takes. */
export type EmbeddingSpecOf<P extends ProviderId> = Extract<SpecsOf<P>, EmbeddingSpec>;

/** Each mode with its article, for messages (types and run time alike); conversation modes all read as chat. */
const MODE_WORDS = {
  chat: "a chat",
  completion: "a chat",
  responses: "a chat",
  embedding: "an embedding",
  image: "an image",
  audio: "an audio",
  rerank: "a rerank",
  video: "a video",
  moderation: "a moderation",
  other: "an other",
} as const;
type ModeWords = typeof MODE_WORDS;
type ModeOf<S extends string> = S extends keyof NonChatModes ? NonChatModes[S] : "chat";

/**
 * Why `S` is not a `Kind` spec of a registry of providers `P`, as a readable message type in the style
 * of `model()`: an unknown provider or model, a provider not passed to the registry, or a model of
 * another mode.
 */
export type RegistrySpecMessage<S extends string, P extends ProviderId, Kind extends "chat" | "embedding"> = S extends `${infer Pr}:${infer M}`
  ? Pr extends ProviderId
    ? S extends ModelSpec
      ? Pr extends P
        ? `❌ '${S}' is ${ModeWords[ModeOf<S>]} model, not ${ModeWords[Kind]} model`
        : `❌ Provider '${Pr}' is not in this registry: pass it to createCatalogRegistry`
      : `❌ Unknown model '${M}' for provider '${Pr}'`
    : `❌ Unknown provider '${Pr}'`
  : `❌ Expected 'provider:model', got '${S}'`;

/** What the registry reports for each call when `onCost` is given, and what `costMiddleware` reports. */
export interface CostReport {
  /** The catalog spec the call went to. */
  readonly spec: string;
  /** `generate` for `generateText`-style calls, `stream` for streamed ones (reported once, at the stream's finish). */
  readonly kind: "generate" | "stream";
  /** The call's token counts in the catalog's terms (`input` includes cache reads and writes). */
  readonly usage: Usage;
  /** What the call cost, or `undefined` when the catalog has no price for the model. */
  readonly cost: CostEstimate | undefined;
}

/** Options of `createCatalogRegistry`. */
export interface CatalogRegistryOptions {
  /** Middleware for every language model of the registry, as the SDK's registry applies it. */
  readonly middleware?: LanguageModelMiddleware | LanguageModelMiddleware[];
  /** Called once per call of every language model the registry returns, with its cost. */
  readonly onCost?: (report: CostReport) => void;
}

/** A provider registry whose ids are the catalog's specs of the providers passed in. */
export interface CatalogRegistry<P extends ProviderId> {
  /**
   * The chat model of a spec. A spec the catalog lacks, of a provider not passed in, or of a model
   * that is not a chat model is a compile error naming the problem, and a `TypeError` at run time.
   * @example generateText({ model: registry.languageModel("openai:gpt-4o"), prompt: "Hi" })
   */
  languageModel<S extends string>(
    spec: S extends ChatSpecOf<P> ? S : string extends S ? ChatSpecOf<P> : S extends "" ? ChatSpecOf<P> : RegistrySpecMessage<S, P, "chat">,
  ): SdkLanguageModel;
  /**
   * The embedding model of a spec, checked like `languageModel`.
   * @example embed({ model: registry.embeddingModel("openai:text-embedding-3-small"), value: "Hi" })
   */
  embeddingModel<S extends string>(
    spec: S extends EmbeddingSpecOf<P> ? S : string extends S ? EmbeddingSpecOf<P> : S extends "" ? EmbeddingSpecOf<P> : RegistrySpecMessage<S, P, "embedding">,
  ): SdkEmbeddingModel;
  /** The SDK's own registry underneath, unchecked: image, speech, transcription and reranking models, and ids the catalog lacks. */
  readonly registry: ProviderRegistryProvider<CatalogProviders>;
  /** The registry as an SDK provider (`ProviderV3`): spec strings in, checked at run time. */
  readonly provider: SdkProvider;
  /**
   * Makes this registry the SDK's default provider (`globalThis.AI_SDK_DEFAULT_PROVIDER`), so that a plain
   * string model (`generateText({ model: "openai:gpt-4o" })`) resolves through it instead of the Vercel
   * gateway. Returns a function that restores the previous default.
   */
  setAsDefaultProvider(): () => void;
}

/** Why `spec` is not a `kind` spec of this registry, in the words of the compile-time message; `undefined` when it is one. */
function specProblem(spec: string, providers: ReadonlySet<string>, kind: "chat" | "embedding"): string | undefined {
  const parsed = parseSpec(spec);
  if (!parsed.ok) return parsed.error.message;
  if (!isModelSpec(spec)) return `Unknown model '${parsed.value.model}' for provider '${parsed.value.provider}'`;
  if (!providers.has(parsed.value.provider)) return `Provider '${parsed.value.provider}' is not in this registry: pass it to createCatalogRegistry`;
  const mode = getModel(spec)!.mode;
  if (kind === "chat" ? CONVERSATION_MODES.has(mode) : mode === "embedding") return undefined;
  return `'${spec}' is ${MODE_WORDS[mode]} model, not ${MODE_WORDS[kind]} model`;
}

/**
 * The SDK's provider registry over the catalog: `languageModel` and `embeddingModel` take only specs of
 * the providers passed in, of the right mode. Keys are catalog provider ids; an id the catalog lacks is
 * a compile error. With `onCost`, every language model reports each call's cost.
 * @example
 * const registry = createCatalogRegistry({ openai: createOpenAI(), anthropic: createAnthropic() });
 * await generateText({ model: registry.languageModel("anthropic:claude-sonnet-4-5"), prompt: "Hi" });
 */
export function createCatalogRegistry<P extends CatalogProviders>(
  providers: P & { readonly [K in Exclude<keyof P, ProviderId>]: `❌ Unknown provider '${K & string}'` },
  options: CatalogRegistryOptions = {},
): CatalogRegistry<keyof P & ProviderId> {
  const passed = new Set(Object.keys(providers));
  const sdk = createProviderRegistry(providers as CatalogProviders, options.middleware === undefined ? {} : { languageModelMiddleware: options.middleware });
  const check = (spec: string, kind: "chat" | "embedding"): void => {
    const problem = specProblem(spec, passed, kind);
    if (problem !== undefined) throw new TypeError(`${problem} (${JSON.stringify(spec)})`);
  };
  const languageModel = (spec: string): SdkLanguageModel => {
    check(spec, "chat");
    const found = sdk.languageModel(spec as never);
    const { onCost } = options;
    return onCost === undefined ? found : wrapLanguageModel({ model: found, middleware: costMiddleware({ spec, onCost }) });
  };
  const embeddingModel = (spec: string): SdkEmbeddingModel => {
    check(spec, "embedding");
    return sdk.embeddingModel(spec as never);
  };
  const provider: SdkProvider = {
    specificationVersion: "v3",
    languageModel,
    embeddingModel,
    imageModel: (id) => sdk.imageModel(id as never),
    transcriptionModel: (id) => sdk.transcriptionModel(id as never),
    speechModel: (id) => sdk.speechModel(id as never),
    rerankingModel: (id) => sdk.rerankingModel(id as never),
  };
  return {
    languageModel: languageModel as CatalogRegistry<keyof P & ProviderId>["languageModel"],
    embeddingModel: embeddingModel as CatalogRegistry<keyof P & ProviderId>["embeddingModel"],
    registry: sdk,
    provider,
    setAsDefaultProvider: () => {
      const previous = globalThis.AI_SDK_DEFAULT_PROVIDER;
      globalThis.AI_SDK_DEFAULT_PROVIDER = provider;
      return () => {
        globalThis.AI_SDK_DEFAULT_PROVIDER = previous;
      };
    },
  };
}

/**
 * The part of the SDK's `LanguageModelUsage` that prices a call. Written out rather than imported, so
 * a usage object of any SDK 6 release (and the deprecated flat fields) fits.
 */
export interface SdkUsage {
  readonly inputTokens?: number | undefined;
  readonly inputTokenDetails?: {
    readonly noCacheTokens?: number | undefined;
    readonly cacheReadTokens?: number | undefined;
    readonly cacheWriteTokens?: number | undefined;
  };
  readonly outputTokens?: number | undefined;
  readonly outputTokenDetails?: { readonly textTokens?: number | undefined; readonly reasoningTokens?: number | undefined };
  /** Deprecated in SDK 6 for `outputTokenDetails.reasoningTokens`; read when that is absent. */
  readonly reasoningTokens?: number | undefined;
  /** Deprecated in SDK 6 for `inputTokenDetails.cacheReadTokens`; read when that is absent. */
  readonly cachedInputTokens?: number | undefined;
}

const sum = (...counts: (number | undefined)[]): number => counts.reduce<number>((total, n) => total + (n ?? 0), 0);

/**
 * The SDK's usage in the catalog's terms. The SDK's `inputTokens` is the whole prompt, cache reads and
 * writes included (its Anthropic provider adds them up), and `outputTokens` includes reasoning, which
 * is what `estimateCost` expects; a total the provider left out is the sum of its details.
 * @example usageOf(result.usage) // { input: 1200, output: 80, cacheRead: 1000, cacheWrite: 0, reasoning: 0 }
 */
export function usageOf(usage: SdkUsage | LanguageModelUsage): Usage {
  const inDetails = usage.inputTokenDetails;
  const outDetails = usage.outputTokenDetails;
  const cacheRead = inDetails?.cacheReadTokens ?? usage.cachedInputTokens;
  const cacheWrite = inDetails?.cacheWriteTokens;
  const reasoning = outDetails?.reasoningTokens ?? usage.reasoningTokens;
  return {
    input: usage.inputTokens ?? sum(inDetails?.noCacheTokens, cacheRead, cacheWrite),
    output: usage.outputTokens ?? sum(outDetails?.textTokens, reasoning),
    cacheRead: cacheRead ?? 0,
    cacheWrite: cacheWrite ?? 0,
    reasoning: reasoning ?? 0,
  };
}

/**
 * What a call cost, from the `usage` the SDK returned (`generateText`'s `result.usage`, `streamText`'s
 * `await result.usage`, `onFinish`'s `usage`), priced by `estimateCost`'s rules: cache reads and writes
 * at their rates, reasoning at the reasoning rate, context tiers. `undefined` when the price is unknown.
 * @example costOf("openai:gpt-4o", result.usage)?.total
 */
export function costOf(spec: ModelSpec | (string & {}), usage: SdkUsage | LanguageModelUsage): CostEstimate | undefined {
  return estimateCost(spec, usageOf(usage));
}

/** The usage a model reports in its `doGenerate` result and stream `finish` part (the SDK's `LanguageModelV3Usage`). */
type ModelUsage = Awaited<ReturnType<SdkLanguageModel["doGenerate"]>>["usage"];

/** A model-level usage in the SDK's call-level shape, so both go through `usageOf`. */
function callUsage(u: ModelUsage): SdkUsage {
  return {
    inputTokens: u.inputTokens.total,
    inputTokenDetails: { noCacheTokens: u.inputTokens.noCache, cacheReadTokens: u.inputTokens.cacheRead, cacheWriteTokens: u.inputTokens.cacheWrite },
    outputTokens: u.outputTokens.total,
    outputTokenDetails: { textTokens: u.outputTokens.text, reasoningTokens: u.outputTokens.reasoning },
  };
}

/** Options of `costMiddleware`. */
export interface CostMiddlewareOptions {
  /** The catalog spec of the wrapped model: the SDK's model knows its provider's id, not the catalog's. */
  readonly spec: ChatSpec | (string & {});
  /** Called once per call with its usage and cost; for a streamed call, when its `finish` part passes. */
  readonly onCost: (report: CostReport) => void;
}

/**
 * Middleware for `wrapLanguageModel` that reports each call's cost through `onCost`: once per
 * `doGenerate`, and once per stream, when its `finish` part (which carries the usage) passes through.
 * A multi-step `generateText` makes one call per step, so it reports once per step.
 * @example wrapLanguageModel({ model: openai("gpt-4o"), middleware: costMiddleware({ spec: "openai:gpt-4o", onCost: (r) => log(r.cost?.total) }) })
 */
export function costMiddleware({ spec, onCost }: CostMiddlewareOptions): LanguageModelMiddleware {
  const report = (kind: CostReport["kind"], modelUsage: ModelUsage): void => {
    const usage = usageOf(callUsage(modelUsage));
    onCost({ spec, kind, usage, cost: estimateCost(spec, usage) });
  };
  return {
    specificationVersion: "v3",
    wrapGenerate: async ({ doGenerate }) => {
      const result = await doGenerate();
      report("generate", result.usage);
      return result;
    },
    wrapStream: async ({ doStream }) => {
      const result = await doStream();
      let reported = false;
      type Part = typeof result.stream extends ReadableStream<infer T> ? T : never;
      const watched = result.stream.pipeThrough(
        new TransformStream<Part, Part>({
          transform(part, controller) {
            // A provider sends one finish part; the flag keeps a misbehaving one from billing twice.
            if (part.type === "finish" && !reported) {
              reported = true;
              report("stream", part.usage);
            }
            controller.enqueue(part);
          },
        }),
      );
      return { ...result, stream: watched };
    },
  };
}

/** Call settings the catalog can bound: pass what you want, spread what comes back into `generateText`. */
export interface CatalogCallSettings {
  /** At most the model's output limit; the limit itself when not given (and known). */
  readonly maxOutputTokens?: number;
  /** Dropped for models that take no temperature (many reasoning models reject it). */
  readonly temperature?: number;
}

/**
 * `generateText`/`streamText` settings bounded by the model's catalog record: `maxOutputTokens`
 * clamped to its output limit (the limit when not asked for), and `temperature` only where the model
 * takes one. A spec the catalog lacks throws, as `model()` does.
 * @example generateText({ model, prompt, ...callSettings("openai:gpt-4o", { maxOutputTokens: 100_000 }) }) // maxOutputTokens: 16384
 */
export function callSettings(spec: ChatSpec, wanted: CatalogCallSettings = {}): CatalogCallSettings {
  // Exact specs only, like model(); getModel rather than model() keeps the 5,030-spec union out of this call's types.
  const record = isModelSpec(spec) ? getModel(spec) : undefined;
  if (record === undefined) throw new TypeError(`Unknown model spec ${JSON.stringify(spec)}`);
  const limit = record.limits.output;
  const asked = wanted.maxOutputTokens;
  const maxOutputTokens = limit === undefined ? asked : asked === undefined ? limit : Math.min(asked, limit);
  return {
    ...(maxOutputTokens === undefined ? {} : { maxOutputTokens }),
    ...(wanted.temperature === undefined || !record.capabilities.temperature ? {} : { temperature: wanted.temperature }),
  };
}
