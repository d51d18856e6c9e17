import type { RequestProblem, RequestProblemCode } from "../request-problem.js";
import type { Modality, Model } from "../types.js";
import { describeValue, type RequestView } from "./request-reader.js";
import type { WireProtocol } from "./wire-protocol.js";

/**
 * The effort values a model accepts in a wire format: its stated ones that the wire has, every value
 * of the wire when the model states no reasoning options, or `undefined` when it takes no effort (not
 * a reasoning model, only a token budget, or a wire without an effort field). A value the wire cannot
 * carry is never offered, whatever the source says, unless the wire's servers differ (`effortsOpen`).
 * @example effortValuesOf(model("openai:gpt-5"), openaiChat) // ["minimal", "low", "medium", "high"]
 */
export function effortValuesOf(model: Model, wire: Pick<WireProtocol, "efforts" | "effortsOpen">): readonly string[] | undefined {
  if (!model.capabilities.reasoning) return undefined;
  const stated =
    model.reasoningOptions === undefined
      ? wire.efforts
      : model.reasoningOptions.flatMap((o) => (o.type === "effort" ? o.values.filter((x): x is string => x !== null) : []));
  const values = wire.effortsOpen ? stated : stated.filter((v) => wire.efforts.includes(v));
  return values.length === 0 ? undefined : values;
}

const FEATURE_LABEL: Readonly<Record<Modality, string>> = {
  text: "text input",
  image: "image input",
  audio: "audio input",
  video: "video input",
  pdf: "pdf input",
};

/**
 * The problems of a request view for one model: the view's own shape problems, then what it asks
 * that the model lacks or exceeds (output limit, temperature, tools, reasoning, effort values, thinking
 * budget, structured output, input modalities). The same rules for every wire format.
 */
export function viewProblemsOf(model: Model, view: RequestView, wire: Pick<WireProtocol, "efforts" | "effortsOpen">): RequestProblem[] {
  const problems = [...view.problems];
  const spec = model.spec;
  const add = (path: string, code: RequestProblemCode, message: string) => problems.push({ path, code, severity: "error", message });
  const shown = (value: unknown) => JSON.stringify(value) ?? describeValue(value);
  const caps = model.capabilities;
  for (const { path, value } of view.maxTokens) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1) add(path, "invalid_value", `Expected a positive integer, got ${shown(value)}`);
    else if (model.limits.output !== undefined && value > model.limits.output) {
      add(path, "over_limit", `${value} exceeds the output limit of ${spec} (${model.limits.output} tokens)`);
    }
  }
  for (const { path, value, max } of view.temperature) {
    if (!caps.temperature) add(path, "unsupported_feature", `${spec} does not accept temperature`);
    else if (typeof value !== "number" || !(value >= 0 && value <= max))
      add(path, "invalid_value", `temperature must be a number from 0 to ${max}, got ${shown(value)}`);
  }
  if (!caps.tools) for (const path of view.tools) add(path, "unsupported_feature", `${spec} does not support tool calling`);
  if (!caps.reasoning) for (const path of view.reasoning) add(path, "unsupported_feature", `${spec} does not support reasoning`);
  const efforts = effortValuesOf(model, wire);
  for (const { path, value } of view.effort) {
    if (!caps.reasoning) add(path, "unsupported_feature", `${spec} does not support reasoning`);
    else if (efforts === undefined) add(path, "unsupported_feature", `${spec} takes no reasoning effort`);
    else if (typeof value !== "string" || !efforts.includes(value)) {
      add(path, "invalid_value", `${shown(value)} is not an effort of ${spec} (${efforts.join(", ")})`);
    }
  }
  const budget = model.reasoningOptions?.find((o) => o.type === "budget_tokens");
  for (const { path, value } of view.budget) {
    if (!caps.reasoning) continue; // reported once, on the reasoning field
    if (typeof value !== "number" || !Number.isInteger(value)) add(path, "invalid_value", `Expected an integer, got ${shown(value)}`);
    else if (budget?.type === "budget_tokens" && ((budget.min !== undefined && value < budget.min) || (budget.max !== undefined && value > budget.max))) {
      add(path, "invalid_value", `${value} is outside the thinking budget of ${spec} (${budget.min ?? 0}–${budget.max ?? "∞"} tokens)`);
    }
  }
  if (!caps.structuredOutput) for (const path of view.structured) add(path, "unsupported_feature", `${spec} does not support structured output`);
  for (const { path, modality } of view.inputs) {
    if (!model.modalities.input.includes(modality)) add(path, "unsupported_input", `${spec} does not take ${FEATURE_LABEL[modality]}`);
  }
  return problems;
}
