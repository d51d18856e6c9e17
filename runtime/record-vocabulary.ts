// The closed vocabularies of model and provider records, as values: the record types in types.ts are
// derived from them, and the generator's schemas build their enums from them, so a new value is added
// in one place. A module of its own because types.ts is re-exported type-only and stays value-free.

/** Every input or output modality. */
export const MODALITIES = ["text", "image", "audio", "video", "pdf"] as const;

/** Every kind of endpoint a model can be served by. */
export const MODES = ["chat", "completion", "responses", "embedding", "image", "video", "audio", "rerank", "moderation", "other"] as const;

/** Every lifecycle status of a model. */
export const MODEL_STATUSES = ["active", "alpha", "beta", "deprecated"] as const;

/** Every catalog protocol, `"unknown"` last. */
export const PROTOCOLS = [
  "openai-chat",
  "openai-responses",
  "openai-compatible",
  "anthropic-messages",
  "google-generative-ai",
  "google-vertex",
  "google-vertex-anthropic",
  "amazon-bedrock",
  "azure-openai",
  "mistral",
  "cohere",
  "unknown",
] as const;
