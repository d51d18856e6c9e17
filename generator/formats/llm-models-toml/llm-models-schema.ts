import type { z as Z } from "zod";
import { setOwn } from "../../../runtime/create/set-own.js";
import type { CapabilityName, Provider } from "../../../runtime/types.js";
import type { Draft, ModelDraft } from "../../stage-types.js";
import { date, definedFields, expectedOneOf, isImpossibleDate, price, tokens, type Report } from "../../validate/schema-primitives.js";
import { capabilityFlagOf, modalitiesOf } from "../../../runtime/create/vocabulary.js";
import { z } from "../../validate/zod.js";

// llm_models' own lifecycle words, not the runtime's `MODEL_STATUSES`: "retired" is read as deprecated.
const LLM_MODELS_STATUSES = ["active", "deprecated", "retired"] as const;

/** An llm_models `provider.toml`. */
export const llmModelsProviderSchema = z
  .object({
    id: z.string().optional(),
    name: z.string().optional(),
    base_url: z.string().optional(),
    doc: z.string().optional(),
    env: z.array(z.string()).optional(),
    exclude_models: z.array(z.string()).optional(),
  })
  .loose();

/** An llm_models model file: sparse; `id` is required, the file name is only a label. */
export const llmModelsModelSchema = z
  .object({
    id: z.string().min(1, { error: "A model needs an id" }),
    name: z.string().optional(),
    family: z.string().optional(),
    release_date: date.optional(),
    last_updated: date.optional(),
    knowledge: date.optional(),
    aliases: z.array(z.string()).optional(),
    tags: z.array(z.string()).optional(),
    deprecated: z.boolean().optional(),
    limits: z.object({ context: tokens.optional(), input: tokens.optional(), output: tokens.optional() }).loose().optional(),
    cost: z
      .object({ input: price.optional(), output: price.optional(), cache_read: price.optional(), cache_write: price.optional(), reasoning: price.optional() })
      .loose()
      .optional(),
    modalities: z.object({ input: z.array(z.string()).optional(), output: z.array(z.string()).optional() }).optional(),
    capabilities: z.record(z.string(), z.unknown()).optional(),
    lifecycle: z
      .object({
        status: z.enum(LLM_MODELS_STATUSES, { error: expectedOneOf(LLM_MODELS_STATUSES) }).optional(),
        deprecated_at: date.optional(),
        retires_at: date.optional(),
        replacement: z.string().optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

/** Keys kept in `extra` without a warning. */
const PROVIDER_EXTRA = new Set(["config_schema", "runtime", "pricing_defaults", "extra"]);
const MODEL_EXTRA = new Set(["provider_model_id", "catalog_only", "pricing", "execution", "extra"]);
const MODEL_KEYS = new Set([...Object.keys(llmModelsModelSchema.shape), ...MODEL_EXTRA, "provider"]);

/** Nested capability paths of llm_models and the flags they set. */
const CAPABILITY_PATHS: Readonly<Record<string, CapabilityName>> = {
  "tools.enabled": "tools",
  "tools.forced_choice": "toolChoice",
  "tools.parallel": "parallelToolCalls",
  "tools.streaming": "toolStreaming",
  "tools.strict": "strictTools",
  "json.schema": "structuredOutput",
  "json.native": "jsonMode",
  "json.strict": "strictJson",
  "reasoning.enabled": "reasoning",
  "streaming.text": "streaming",
  "streaming.tool_calls": "toolStreaming",
};

/** Maps an llm_models provider; `exclude_models` become deny patterns for it. */
export function llmModelsProviderFieldsOf(
  id: string,
  value: Z.infer<typeof llmModelsProviderSchema>,
  report: Report,
): Draft<Provider> & { excludeModels?: string[] } {
  const extra: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (["id", "name", "base_url", "doc", "env", "exclude_models"].includes(key)) continue;
    setOwn(extra, key, v);
    if (!PROVIDER_EXTRA.has(key)) report("warning", "unknown_field", [key], `Unknown provider field "${key}"; kept in extra`);
  }
  if (value.id !== undefined && value.id !== id) extra.sourceId = value.id;
  return definedFields({
    name: value.name,
    baseUrl: value.base_url,
    doc: value.doc,
    env: value.env,
    excludeModels: value.exclude_models,
    extra: Object.keys(extra).length === 0 ? undefined : extra,
  });
}

/** Maps one llm_models model file to canonical fields. */
export function llmModelsModelFieldsOf(value: Z.infer<typeof llmModelsModelSchema>, report: Report): ModelDraft {
  const extra: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (MODEL_EXTRA.has(key)) setOwn(extra, key, v);
    else if (key === "provider")
      report("warning", "provider_key_ignored", [key], "A model file's provider key never changes its provider (the folder decides)");
    else if (!MODEL_KEYS.has(key)) {
      setOwn(extra, key, v);
      report("warning", "unknown_field", [key], `Unknown model field "${key}"; kept in extra`);
    }
  }
  for (const key of ["release_date", "last_updated", "knowledge"] as const) {
    const v = value[key];
    if (v !== undefined && isImpossibleDate(v)) report("warning", "invalid_date", [key], `"${v}" is no real date; kept as written`);
  }
  const { input, output, cache_read, cache_write, reasoning, ...otherCost } = value.cost ?? {};
  if (Object.keys(otherCost).length > 0) extra.cost = otherCost;
  const cost = value.cost && definedFields({ input, output, cacheRead: cache_read, cacheWrite: cache_write, reasoning });

  const flags: Partial<Record<CapabilityName, boolean>> = {};
  let modeHint: ModelDraft["mode"];
  const unknownCapabilities: Record<string, unknown> = {};
  for (const [group, v] of Object.entries(value.capabilities ?? {})) {
    if (group === "chat" && v === true) modeHint ??= "chat";
    else if (group === "embeddings" && (v === true || (typeof v === "object" && v !== null))) {
      modeHint = "embedding";
      if (typeof v === "object") extra.embeddings = v;
    } else if (typeof v === "boolean" && capabilityFlagOf(group) !== undefined) flags[capabilityFlagOf(group)!] = v;
    else if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      for (const [key, inner] of Object.entries(v)) {
        const flag = CAPABILITY_PATHS[`${group}.${key}`];
        if (flag !== undefined && typeof inner === "boolean") flags[flag] = inner;
        else if (group === "reasoning" && key === "token_budget") extra.reasoningTokenBudget = inner;
        else {
          unknownCapabilities[`${group}.${key}`] = inner;
          report("warning", "unknown_capability", ["capabilities", group, key], `Unknown capability "${group}.${key}"; kept in extra.unknownCapabilities`);
        }
      }
    } else if (!(group === "chat" || group === "embeddings")) {
      unknownCapabilities[group] = v;
      report("warning", "unknown_capability", ["capabilities", group], `Unknown capability "${group}"; kept in extra.unknownCapabilities`);
    }
  }
  if (Object.keys(unknownCapabilities).length > 0) extra.unknownCapabilities = unknownCapabilities;

  const inputs = value.modalities?.input && modalitiesOf(value.modalities.input, ["modalities", "input"], report);
  const outputs = value.modalities?.output && modalitiesOf(value.modalities.output, ["modalities", "output"], report);
  if (outputs?.embedding) modeHint = "embedding";

  const lifecycle = value.lifecycle;
  let status: ModelDraft["status"];
  if (lifecycle?.status !== undefined) status = lifecycle.status === "active" ? "active" : "deprecated";
  if (value.deprecated === true) status = "deprecated";
  if (lifecycle?.retires_at !== undefined || lifecycle?.replacement !== undefined) {
    extra.lifecycle = definedFields({ retires_at: lifecycle.retires_at, replacement: lifecycle.replacement });
  }
  return definedFields<ModelDraft>({
    name: value.name,
    family: value.family,
    releaseDate: value.release_date,
    lastUpdated: value.last_updated,
    knowledge: value.knowledge,
    aliases: value.aliases,
    tags: value.tags,
    status,
    revive: value.deprecated === false && status === undefined ? true : undefined,
    deprecationDate: lifecycle?.deprecated_at ?? lifecycle?.retires_at,
    limits:
      value.limits &&
      definedFields({ context: value.limits.context || undefined, input: value.limits.input || undefined, output: value.limits.output || undefined }),
    cost,
    modalities: inputs || outputs ? definedFields({ input: inputs?.known, output: outputs?.known }) : undefined,
    capabilities: Object.keys(flags).length === 0 ? undefined : flags,
    implied: modeHint === undefined ? undefined : { modeHint },
    extra: Object.keys(extra).length === 0 ? undefined : extra,
  });
}
