/**
 * `llm-catalog/ai-sdk/register`: imported once anywhere in a project, it narrows the AI SDK's string
 * model ids (`generateText({ model: "openai:gpt-4o" })`) to the catalog's chat specs, so a typo is a
 * compile error instead of a failure at run time. Types only; nothing runs.
 *
 * The SDK reads `keyof RegisteredProviderModels | RegisteredProviderModels[keyof …]`. Values are `never`,
 * not the `any` of the SDK's own example, which would widen the union to `any` and let every string through.
 */
import type { ChatSpec } from "../../generated/types.js";

/** One key per chat spec of the catalog; a mapped type, so 5,030 specs cost no declaration bytes. */
type CatalogChatModels = { readonly [S in ChatSpec]: never };

declare global {
  /** The AI SDK's registration hook (declared by `ai`), filled with the catalog's chat specs. */
  interface RegisteredProviderModels extends CatalogChatModels {}
}
