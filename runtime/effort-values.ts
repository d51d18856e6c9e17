import type { Model } from "./types.js";

/** The effort values for a reasoning model whose source states no reasoning options at all. */
export const UNSTATED_EFFORT_VALUES: readonly string[] = ["none", "minimal", "low", "medium", "high", "xhigh", "max"];

/**
 * The effort values a model accepts: its stated ones, the general set when it states no reasoning
 * options, or `undefined` when it takes no effort (not a reasoning model, or only a token budget).
 * @example effortValuesOf(model("openai:gpt-5")) // ["minimal", "low", "medium", "high"]
 */
export function effortValuesOf(model: Model): readonly string[] | undefined {
  if (!model.capabilities.reasoning) return undefined;
  if (model.reasoningOptions === undefined) return UNSTATED_EFFORT_VALUES;
  const values = model.reasoningOptions.flatMap((o) => (o.type === "effort" ? o.values.filter((x): x is string => x !== null) : []));
  return values.length === 0 ? undefined : values;
}
