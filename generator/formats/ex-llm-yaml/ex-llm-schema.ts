import type { z as Z } from "zod";
import { setOwn } from "../../../runtime/create/set-own.js";
import type { Model, Provider } from "../../../runtime/types.js";
import type { ModelDraft, Draft } from "../../stage-types.js";
import { date, isImpossibleDate, price, tokens, type Report } from "../../validate/schema-primitives.js";
import { capabilitiesOf, modalitiesOf, modeOf } from "../../../runtime/create/vocabulary.js";
import { z } from "../../validate/zod.js";

/** An ExLLM provider file's own keys, besides `models`. */
export const exLlmProviderSchema = z
  .object({
    provider: z.string().min(1).optional(),
    default_model: z.string().optional(),
    /** The model keys of the file, added by the reader so `default_model` can be checked. */
    modelIds: z.array(z.string()),
  })
  .loose();

/** One ExLLM model entry. Every field is optional: absence is ExLLM's only "unknown". */
export const exLlmModelSchema = z
  .object({
    context_window: tokens.optional(),
    max_output_tokens: tokens.optional(),
    pricing: z.object({ input: price.optional(), output: price.optional(), reasoning: price.optional() }).loose().optional(),
    capabilities: z.array(z.string()).optional(),
    mode: z.string().optional(),
    supported_modalities: z.array(z.string()).optional(),
    supported_output_modalities: z.array(z.string()).optional(),
    supported_endpoints: z.array(z.string()).optional(),
    deprecation_date: date.optional(),
    /** Set by the reader for capability-discovery entries: they never create a model. */
    onlyIfExists: z.literal(true).optional(),
  })
  .loose();

const MODEL_KEYS = new Set(Object.keys(exLlmModelSchema.shape));

/** The provider fields an ExLLM file states: only its default model, when it names a model of the file. */
export function exLlmProviderFieldsOf(value: Z.infer<typeof exLlmProviderSchema>, report: Report): Draft<Provider> {
  const fields: Draft<Provider> = {};
  for (const key of Object.keys(value)) {
    if (!["provider", "default_model", "modelIds", "models"].includes(key)) {
      fields.extra = { ...fields.extra, [key]: (value as Record<string, unknown>)[key] };
      report("warning", "unknown_field", [key], `Unknown provider field "${key}"; kept in extra`);
    }
  }
  if (value.default_model !== undefined) {
    if (value.modelIds.includes(value.default_model)) fields.defaultModel = value.default_model;
    else report("warning", "default_model_missing", ["default_model"], `default_model "${value.default_model}" is not a model of this file; left unset`);
  }
  return fields;
}

/** Maps one ExLLM model entry to canonical fields. */
export function exLlmModelFieldsOf(value: Z.infer<typeof exLlmModelSchema>, report: Report): ModelDraft {
  const fields: ModelDraft = {};
  const extra: Record<string, unknown> = {};
  const limits: Draft<Model["limits"]> = {};
  for (const [from, to] of [
    ["context_window", "context"],
    ["max_output_tokens", "output"],
  ] as const) {
    const v = value[from];
    if (v === 0) report("info", "limit_zero", [from], `${from} is 0, read as unknown`);
    else if (v !== undefined) limits[to] = v;
  }
  if (Object.keys(limits).length > 0) fields.limits = limits;
  if (limits.output !== undefined && limits.context !== undefined && limits.output > limits.context) {
    report("info", "output_exceeds_context", ["max_output_tokens"], `max_output_tokens ${limits.output} exceeds context_window ${limits.context}`);
  }
  if (value.pricing !== undefined) {
    const { input, output, reasoning } = value.pricing;
    fields.cost = { ...(input === undefined ? {} : { input }), ...(output === undefined ? {} : { output }), ...(reasoning === undefined ? {} : { reasoning }) };
  }
  if (value.capabilities !== undefined) {
    const caps = capabilitiesOf(value.capabilities, ["capabilities"], report);
    fields.capabilities = caps.flags;
    fields.implied = { input: caps.implied.input, output: caps.implied.output };
    if (caps.unknown.length > 0) extra.unknownCapabilities = caps.unknown;
  }
  if (value.mode !== undefined) {
    const mode = modeOf(value.mode);
    if (mode === undefined) {
      fields.mode = "other";
      extra.mode = value.mode;
      report("warning", "unknown_mode", ["mode"], `Unknown mode "${value.mode}"; read as "other", kept in extra.mode`);
    } else {
      fields.mode = mode.mode;
      if (mode.defaultModalities) fields.implied = { ...fields.implied, defaultModalities: mode.defaultModalities };
    }
  }
  const input = value.supported_modalities && modalitiesOf(value.supported_modalities, ["supported_modalities"], report);
  const output = value.supported_output_modalities && modalitiesOf(value.supported_output_modalities, ["supported_output_modalities"], report);
  if (input || output) fields.modalities = { ...(input ? { input: input.known } : {}), ...(output ? { output: output.known } : {}) };
  if (output?.embedding && fields.mode === undefined) fields.mode = "embedding";
  if ((input?.unknown.length ?? 0) + (output?.unknown.length ?? 0) > 0) {
    extra.unknownModalities = { input: input?.unknown ?? [], output: output?.unknown ?? [] };
  }
  if (value.supported_endpoints !== undefined) extra.supported_endpoints = value.supported_endpoints;
  if (value.deprecation_date !== undefined) {
    fields.deprecationDate = value.deprecation_date;
    if (isImpossibleDate(value.deprecation_date))
      report("warning", "invalid_date", ["deprecation_date"], `"${value.deprecation_date}" is no real date; kept as written`);
  }
  for (const key of Object.keys(value).filter((k) => !MODEL_KEYS.has(k))) {
    setOwn(extra, key, (value as Record<string, unknown>)[key]);
    report("warning", "unknown_field", [key], `Unknown model field "${key}"; kept in extra`);
  }
  if (Object.keys(extra).length > 0) fields.extra = extra;
  if (value.onlyIfExists) fields.onlyIfExists = true;
  return fields;
}
