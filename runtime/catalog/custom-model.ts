import { formatSpec } from "../spec.js";
import type { Capabilities, Model } from "../types.js";

// A model the catalog does not list may be able to do anything; checks against it must not block.
const PERMISSIVE_CAPABILITIES: Capabilities = Object.freeze({
  tools: true,
  toolChoice: true,
  parallelToolCalls: true,
  toolStreaming: true,
  strictTools: true,
  structuredOutput: true,
  jsonMode: true,
  strictJson: true,
  reasoning: true,
  streaming: true,
  attachment: true,
  temperature: true,
  systemMessages: true,
  promptCaching: true,
  webSearch: true,
  localInference: false,
});

/**
 * A record for a `"provider:model"` spec the catalog lacks: every capability on, no limits or price.
 * Throws a `TypeError` when `spec` has no provider or no model part, which only untyped code can pass.
 * @example customModelOf("my-gateway:llama-4").capabilities.tools // true
 */
export function customModelOf(spec: string): Model {
  const colon = typeof spec === "string" ? spec.indexOf(":") : -1;
  const provider = colon > 0 ? spec.slice(0, colon) : "";
  const id = colon > 0 ? spec.slice(colon + 1) : "";
  if (provider === "" || id === "") throw new TypeError(`customModel expects "provider:model", got ${JSON.stringify(spec)}`);
  return Object.freeze({
    spec: formatSpec(provider, id),
    provider,
    id,
    name: id,
    aliases: Object.freeze([]),
    tags: Object.freeze([]),
    status: "active",
    mode: "chat",
    limits: Object.freeze({}),
    modalities: Object.freeze({
      input: Object.freeze(["text", "image", "audio", "video", "pdf"] as const),
      output: Object.freeze(["text"] as const),
    }),
    capabilities: PERMISSIVE_CAPABILITIES,
  });
}
