// The fixed types of every generated types.ts, type-checked here against this repository's own
// generated catalog. The emitter writes the import region with its module specifiers pointed at the
// output folder, leaving out what the generated file declares itself.
//
// `CheckSpec`'s body is also written out in `model()`'s parameter (catalog-api.ts), where it completes
// faster than the alias; a test keeps the two equal. The empty string gets `ModelSpec` rather than a
// message, so completion in `model("")` lists specs only.
//#region imports
import type { CapabilityFlags, CapabilityName, LooseModelIds, Model } from "../../../runtime/core.js";
import type {
  AnthropicMessagesFeatures,
  BedrockConverseFeatures,
  CohereChatFeatures,
  GoogleGenerateContentFeatures,
  MistralChatFeatures,
  ModelFeatures,
  ModelSpec,
  NonChatModes,
  OpenAIChatFeatures,
  OpenAICompatibleFeatures,
  OpenAIResponsesOnlyFeatures,
  OtherFeatures,
  ProviderId,
} from "../../../generated/types.js";
//#endregion
/**
 * The message a spec that is not in the catalog gets, naming what is wrong.
 */
export type SpecMessage<S extends string> = S extends `${infer P}:${infer M}`
  ? P extends ProviderId
    ? `❌ Unknown model '${M}' for provider '${P}'`
    : `❌ Unknown provider '${P}'`
  : `❌ Expected 'provider:model', got '${S}'`;

/**
 * `S` when it is a valid spec, else a readable message type. A plain `string` (or text still being
 * typed) gets the whole `ModelSpec` union, so completion lists every spec.
 */
export type CheckSpec<S extends string> = S extends ModelSpec
  ? S
  : string extends S
    ? ModelSpec
    : S extends ""
      ? ModelSpec
      : LooseModelIds extends true
        ? S extends `${string}:${string}`
          ? S
          : SpecMessage<S>
        : SpecMessage<S>;

/**
 * Exact record types keyed by spec (literal limits and prices). Empty unless a project imports the
 * catalog's `records` module, which fills it by declaration merging; `ModelOf` then returns them.
 */
export interface ExactRecords {}

/**
 * The record of a catalog spec as the root types it: the general `Model` with the literal spec,
 * provider and id, and the model's capability flags as literal `true`/`false`.
 */
export interface CatalogModel<S extends ModelSpec> extends Model {
  readonly spec: S;
  readonly provider: S extends `${infer P}:${string}` ? P : never;
  readonly id: S extends `${string}:${infer M}` ? M : never;
  readonly capabilities: CapabilityFlags<Extract<ModelFeatures[S], CapabilityName>>;
}

/**
 * The record type of spec `S`: its exact record where `ExactRecords` has it, else `CatalogModel<S>`;
 * the general `Model` for a spec the catalog lacks.
 */
export type ModelOf<S extends string> = S extends keyof ExactRecords ? ExactRecords[S] : S extends ModelSpec ? CatalogModel<S> : Model;

/**
 * Specs of the models that take a conversation (chat, completion, responses): every spec but the
 * few `NonChatModes` lists. What the AI SDK's `generateText` and `streamText` can call. The chat
 * slices' keys as they are, and a filter over the small last slice only: `Exclude` over all of
 * `ModelSpec` would cost an instantiation per spec wherever it is used.
 */
export type ChatSpec =
  | keyof OpenAIChatFeatures
  | keyof OpenAIResponsesOnlyFeatures
  | keyof OpenAICompatibleFeatures
  | keyof AnthropicMessagesFeatures
  | keyof GoogleGenerateContentFeatures
  | keyof BedrockConverseFeatures
  | keyof MistralChatFeatures
  | keyof CohereChatFeatures
  | Exclude<keyof OtherFeatures, keyof NonChatModes>;

/** Specs of the embedding models: what the AI SDK's `embed` and `embedMany` can call. */
export type EmbeddingSpec = { [S in keyof NonChatModes]: NonChatModes[S] extends "embedding" ? S : never }[keyof NonChatModes];
