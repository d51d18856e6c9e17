import type { KeyPath } from "../../diagnostics.js";

/** Canonical model fields that models.dev spells differently, beyond camelCase to snake_case. */
const MODELS_DEV_MODEL_KEYS: Readonly<Record<string, KeyPath>> = {
  limits: ["limit"],
  // models.dev keeps capabilities as top-level flags.
  capabilities: [],
};
const MODELS_DEV_CAPABILITY_KEYS: Readonly<Record<string, string>> = { tools: "tool_call" };
const MODELS_DEV_PROVIDER_KEYS: Readonly<Record<string, KeyPath>> = { baseUrl: ["api"] };

function snakeCase(segment: string | number): string | number {
  return typeof segment === "string" ? segment.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : segment;
}

/**
 * A canonical model or provider field path spelled the way models.dev (and overlays, which share its
 * names) write it, relative to the record, so a diagnostic raised after merging can point at the key.
 */
export function modelsDevKeyPath(kind: "provider" | "model", path: KeyPath): KeyPath {
  const [head, ...rest] = path;
  if (head === undefined) return path;
  const renamed = (kind === "model" ? MODELS_DEV_MODEL_KEYS : MODELS_DEV_PROVIDER_KEYS)[String(head)];
  if (head === "capabilities" && kind === "model" && rest.length > 0) {
    const name = String(rest[0]);
    return [MODELS_DEV_CAPABILITY_KEYS[name] ?? snakeCase(name)];
  }
  if (head === "extra") return rest; // unknown fields are kept in extra under the name the source gave them
  return [...(renamed ?? [snakeCase(head)]), ...rest.map(snakeCase)];
}
