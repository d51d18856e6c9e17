// How an overlay record maps to the catalog's field names: models.dev's names first, then the
// product's own additions. Shared by the generator (after zod) and `createCatalog` (after the
// runtime's checker).
import type { Modality, ModelStatus, Protocol, Provider } from "../types.js";
import type { Report } from "./catalog-problem.js";
import type { Draft, ModelDraft } from "./drafts.js";
import { MODEL_KEYS, modelFieldsOf, PROVIDER_KEYS, providerFieldsOf, type ModelsDevModelInput, type ModelsDevProviderInput } from "./models-dev-fields.js";
import { definedFields, isImpossibleDate } from "./record-primitives.js";
import { setOwn } from "./set-own.js";
import { capabilitiesOf, capabilityFlagOf, impliedModalityOf, modeOf } from "./vocabulary.js";

/** An overlay provider as checked: models.dev's fields plus `default_model`, `protocol` and `base_url`. */
export interface OverlayProviderInput extends ModelsDevProviderInput {
  readonly default_model?: string;
  readonly protocol?: Protocol;
  readonly base_url?: string;
}

/** An overlay model as checked: models.dev's fields plus the product's own additions. */
export interface OverlayModelInput extends ModelsDevModelInput {
  readonly aliases?: readonly string[];
  readonly tags?: readonly string[];
  readonly mode?: string;
  readonly status?: ModelStatus;
  readonly active?: boolean;
  readonly deprecation_date?: string;
  readonly capabilities?: readonly string[] | { readonly [name: string]: boolean };
  readonly extra?: { readonly [key: string]: unknown };
}

const OVERLAY_PROVIDER_KEYS = new Set([...PROVIDER_KEYS, "default_model", "protocol", "base_url"]);

const OVERLAY_MODEL_KEYS = new Set([...MODEL_KEYS, "aliases", "tags", "mode", "status", "active", "deprecation_date", "capabilities", "extra"]);

/** Maps an overlay provider to canonical fields. */
export function overlayProviderFieldsOf(id: string, value: OverlayProviderInput, report: Report): Draft<Provider> {
  const fields = providerFieldsOf(id, value, report, OVERLAY_PROVIDER_KEYS);
  return definedFields({
    ...fields,
    protocol: value.protocol ?? fields.protocol,
    baseUrl: value.base_url ?? fields.baseUrl,
    defaultModel: value.default_model,
  });
}

/** Maps an overlay model to canonical fields: models.dev names first, then the additions. */
export function overlayModelFieldsOf(id: string, value: OverlayModelInput, report: Report): ModelDraft {
  const fields = modelFieldsOf(id, value, report, OVERLAY_MODEL_KEYS);
  const extra: Record<string, unknown> = { ...fields.extra, ...value.extra };
  let capabilities = fields.capabilities;
  let implied = fields.implied;
  if (Array.isArray(value.capabilities)) {
    const listed = capabilitiesOf(value.capabilities, ["capabilities"], report);
    capabilities = { ...capabilities, ...listed.flags };
    implied = { ...implied, input: listed.implied.input, output: listed.implied.output };
    if (listed.unknown.length > 0) extra.unknownCapabilities = listed.unknown;
  } else if (value.capabilities !== undefined) {
    // A map states each flag either way: `{ tools: false }` turns tools off.
    const flags: Record<string, boolean> = {};
    const input: Modality[] = [];
    const output: Modality[] = [];
    const unknown: string[] = [];
    for (const [name, on] of Object.entries(value.capabilities)) {
      const flag = capabilityFlagOf(name);
      const modality = impliedModalityOf(name);
      if (flag !== undefined) flags[flag] = on;
      else if (modality !== undefined) {
        if (on) (modality.side === "input" ? input : output).push(modality.modality);
      } else {
        unknown.push(name);
        report("warning", "unknown_capability", ["capabilities", name], `Unknown capability "${name}"; kept in extra.unknownCapabilities`);
      }
    }
    capabilities = { ...capabilities, ...flags };
    implied = { ...implied, input, output };
    if (unknown.length > 0) extra.unknownCapabilities = unknown;
  }
  let mode = fields.mode;
  if (value.mode !== undefined) {
    const mapped = modeOf(value.mode);
    if (mapped === undefined) {
      mode = "other";
      extra.mode = value.mode;
      report("warning", "unknown_mode", ["mode"], `Unknown mode "${value.mode}"; read as "other", kept in extra.mode`);
    } else {
      mode = mapped.mode;
      if (mapped.defaultModalities) implied = { ...implied, defaultModalities: mapped.defaultModalities };
    }
  }
  if (value.deprecation_date !== undefined && isImpossibleDate(value.deprecation_date)) {
    report("warning", "invalid_date", ["deprecation_date"], `"${value.deprecation_date}" is no real date; kept as written`);
  }
  // `active: true` turns a deprecated model active again; `false` deprecates it.
  const status = value.status ?? (value.active === true ? "active" : value.active === false ? "deprecated" : undefined);
  return definedFields({
    ...fields,
    aliases: value.aliases && [...value.aliases],
    tags: value.tags && [...value.tags],
    mode,
    status,
    deprecationDate: value.deprecation_date,
    capabilities,
    implied,
    extra: Object.keys(extra).length === 0 ? undefined : extra,
  });
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A copy without null members: in an overlay, null means "no change". Array items stay. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (isTable(v) ? withoutNulls(v) : v));
  if (!isTable(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null) continue;
    setOwn(result, key, withoutNulls(v));
  }
  return result;
}

/**
 * The key a file uses to name its JSON Schema (`"$schema"` in JSON, `"$schema" = …` in TOML), which
 * editors read to complete and check it. It is no provider or field, so the reader drops it.
 */
const SCHEMA_KEY = "$schema";

export function withoutSchemaKey(value: unknown): unknown {
  if (!isTable(value) || !Object.hasOwn(value, SCHEMA_KEY)) return value;
  const { [SCHEMA_KEY]: _, ...rest } = value;
  return rest;
}
