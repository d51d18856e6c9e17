/**
 * `llm-catalog/ai-sdk/register`: imported once anywhere in a project, it narrows the AI SDK's string
 * model ids (`generateText({ model: "openai:gpt-4o" })`) to the catalog's chat specs, so a typo is a
 * compile error instead of a failure at run time. Types only; nothing runs.
 *
 * The SDK reads `keyof RegisteredProviderModels | RegisteredProviderModels[keyof …]`. One member whose
 * value is the spec union gives exactly the specs: its key is a symbol no code can name, so it adds no
 * id of its own (a string key would be accepted as a model id). A key per spec would cost an
 * instantiation per spec in every program, and the SDK's documented `"spec": any` form widens the
 * union to `any`, which lets every string through.
 */
import type { ChatSpec } from "../../generated/types.js";

declare const catalogSpecs: unique symbol;

declare global {
  /** The AI SDK's registration hook (declared by `ai`), given the catalog's chat specs. */
  interface RegisteredProviderModels {
    readonly [catalogSpecs]: ChatSpec;
  }
}
