import { CAPABILITY_NAMES } from "../runtime/model-row.js";
import type { CapabilityName, Cost, Limits, Modality, Model, ModelStatus } from "../runtime/types.js";
import type { Catalog } from "./stage-types.js";
import { byCodeUnit } from "../runtime/order.js";

/** A model named in a diff, with what a reviewer wants to see first. */
export interface ModelBrief {
  readonly spec: string;
  readonly name: string;
  readonly context?: number;
  readonly input?: number;
  readonly output?: number;
}

/** The price fields compared; context tiers are left out (a changed tier list shows in the records). */
export type PriceField = Exclude<keyof Cost, "tiers">;

const PRICE_FIELDS: readonly PriceField[] = ["input", "output", "cacheRead", "cacheWrite", "reasoning", "inputAudio", "outputAudio"];
const LIMIT_FIELDS: readonly (keyof Limits)[] = ["context", "input", "output"];

/** One price of one model, USD per 1M tokens; `undefined` is an unknown price. */
export interface PriceChange {
  readonly spec: string;
  readonly field: PriceField;
  readonly before?: number;
  readonly after?: number;
  /** Relative change, when both prices are known and the old one is above zero. */
  readonly percent?: number;
}

/** One token limit of one model; `undefined` is an unknown limit. */
export interface LimitChange {
  readonly spec: string;
  readonly field: keyof Limits;
  readonly before?: number;
  readonly after?: number;
}

/** Capability flags a model gained and lost. */
export interface CapabilityChange {
  readonly spec: string;
  readonly gained: readonly CapabilityName[];
  readonly lost: readonly CapabilityName[];
}

/** Modalities one side of a model gained and lost. */
export interface ModalityChange {
  readonly spec: string;
  readonly side: "input" | "output";
  readonly gained: readonly Modality[];
  readonly lost: readonly Modality[];
}

/** A lifecycle change, with the deprecation date when the new status has one. */
export interface StatusChange {
  readonly spec: string;
  readonly before: ModelStatus;
  readonly after: ModelStatus;
  readonly deprecationDate?: string;
}

/** A model whose old id is an alias of its new one (or the reverse), within one provider. */
export interface Rename {
  readonly before: string;
  readonly after: string;
}

/** Everything that changed between two catalogs, each list sorted by spec. */
export interface CatalogDiff {
  readonly providers: { readonly before: number; readonly after: number; readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly models: {
    readonly before: number;
    readonly after: number;
    readonly added: readonly ModelBrief[];
    readonly removed: readonly ModelBrief[];
    readonly renamed: readonly Rename[];
  };
  readonly prices: readonly PriceChange[];
  readonly limits: readonly LimitChange[];
  readonly capabilities: readonly CapabilityChange[];
  readonly modalities: readonly ModalityChange[];
  readonly statuses: readonly StatusChange[];
}

function briefOf(m: Model): ModelBrief {
  const brief: { -readonly [K in keyof ModelBrief]: ModelBrief[K] } = { spec: m.spec, name: m.name };
  if (m.limits.context !== undefined) brief.context = m.limits.context;
  if (m.cost !== undefined) [brief.input, brief.output] = [m.cost.input, m.cost.output];
  return brief;
}

function modelsBySpec(catalog: Catalog): Map<string, Model> {
  const map = new Map<string, Model>();
  for (const entry of catalog.providers) for (const m of entry.models) map.set(m.spec, m);
  return map;
}

/** Pairs removed and added models of one provider where one's id is among the other's aliases. */
function renamesOf(removed: readonly Model[], added: readonly Model[]): Rename[] {
  const renames: Rename[] = [];
  const taken = new Set<string>();
  for (const old of removed) {
    const match = added.find((m) => !taken.has(m.spec) && m.provider === old.provider && (m.aliases.includes(old.id) || old.aliases.includes(m.id)));
    if (match === undefined) continue;
    taken.add(match.spec);
    renames.push({ before: old.spec, after: match.spec });
  }
  return renames;
}

function percentOf(before: number | undefined, after: number | undefined): number | undefined {
  if (before === undefined || after === undefined || before <= 0) return undefined;
  return ((after - before) / before) * 100;
}

function listChange<T>(before: readonly T[], after: readonly T[]): { gained: T[]; lost: T[] } {
  return { gained: after.filter((x) => !before.includes(x)), lost: before.filter((x) => !after.includes(x)) };
}

/**
 * What changed from `before` to `after`: providers and models added and removed, models renamed
 * (an old id kept as an alias of the new one), and for every model on both sides its prices,
 * limits, capability flags, modalities and status. Pure; the order of the input does not matter.
 */
export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiff {
  const oldModels = modelsBySpec(before);
  const newModels = modelsBySpec(after);
  const oldProviders = new Set(before.providers.map((p) => p.provider.id));
  const newProviders = new Set(after.providers.map((p) => p.provider.id));
  const removedModels = [...oldModels.values()].filter((m) => !newModels.has(m.spec));
  const addedModels = [...newModels.values()].filter((m) => !oldModels.has(m.spec));
  const renamed = renamesOf(removedModels, addedModels);
  const renamedFrom = new Set(renamed.map((r) => r.before));
  const renamedTo = new Set(renamed.map((r) => r.after));

  const pairs: [Model, Model][] = [];
  for (const [spec, old] of oldModels) if (newModels.has(spec)) pairs.push([old, newModels.get(spec)!]);
  for (const r of renamed) pairs.push([oldModels.get(r.before)!, newModels.get(r.after)!]);

  const prices: PriceChange[] = [];
  const limits: LimitChange[] = [];
  const capabilities: CapabilityChange[] = [];
  const modalities: ModalityChange[] = [];
  const statuses: StatusChange[] = [];
  for (const [old, now] of pairs) {
    const spec = now.spec;
    for (const field of PRICE_FIELDS) {
      const [a, b] = [old.cost?.[field], now.cost?.[field]];
      if (a === b) continue;
      const percent = percentOf(a, b);
      prices.push({
        spec,
        field,
        ...(a === undefined ? {} : { before: a }),
        ...(b === undefined ? {} : { after: b }),
        ...(percent === undefined ? {} : { percent }),
      });
    }
    for (const field of LIMIT_FIELDS) {
      const [a, b] = [old.limits[field], now.limits[field]];
      if (a !== b) limits.push({ spec, field, ...(a === undefined ? {} : { before: a }), ...(b === undefined ? {} : { after: b }) });
    }
    const gained = CAPABILITY_NAMES.filter((c) => now.capabilities[c] && !old.capabilities[c]);
    const lost = CAPABILITY_NAMES.filter((c) => old.capabilities[c] && !now.capabilities[c]);
    if (gained.length + lost.length > 0) capabilities.push({ spec, gained, lost });
    for (const side of ["input", "output"] as const) {
      const change = listChange(old.modalities[side], now.modalities[side]);
      if (change.gained.length + change.lost.length > 0) modalities.push({ spec, side, ...change });
    }
    if (old.status !== now.status) {
      statuses.push({ spec, before: old.status, after: now.status, ...(now.deprecationDate === undefined ? {} : { deprecationDate: now.deprecationDate }) });
    }
  }
  const bySpec = <T extends { spec: string }>(list: T[]) => list.sort((a, b) => byCodeUnit(a.spec, b.spec));
  return {
    providers: {
      before: oldProviders.size,
      after: newProviders.size,
      added: [...newProviders].filter((p) => !oldProviders.has(p)).sort(byCodeUnit),
      removed: [...oldProviders].filter((p) => !newProviders.has(p)).sort(byCodeUnit),
    },
    models: {
      before: oldModels.size,
      after: newModels.size,
      added: bySpec(addedModels.filter((m) => !renamedTo.has(m.spec)).map(briefOf)),
      removed: bySpec(removedModels.filter((m) => !renamedFrom.has(m.spec)).map(briefOf)),
      renamed: renamed.sort((a, b) => byCodeUnit(a.before, b.before)),
    },
    // Stable sorts: within one model, fields keep their declared order.
    prices: bySpec(prices),
    limits: bySpec(limits),
    capabilities: bySpec(capabilities),
    modalities: bySpec(modalities),
    statuses: bySpec(statuses),
  };
}

/** The diff of a catalog with itself, without comparing anything: for when the data is byte-identical. */
export function unchangedDiff(catalog: Catalog): CatalogDiff {
  const providers = catalog.providers.length;
  const models = catalog.providers.reduce((n, p) => n + p.models.length, 0);
  return {
    providers: { before: providers, after: providers, added: [], removed: [] },
    models: { before: models, after: models, added: [], removed: [], renamed: [] },
    prices: [],
    limits: [],
    capabilities: [],
    modalities: [],
    statuses: [],
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Whether nothing the diff tracks changed. */
export function isEmptyDiff(diff: CatalogDiff): boolean {
  const { models, providers } = diff;
  return (
    providers.added.length + providers.removed.length + models.added.length + models.removed.length + models.renamed.length === 0 &&
    diff.prices.length + diff.limits.length + diff.capabilities.length + diff.modalities.length + diff.statuses.length === 0
  );
}

/** How many changes of each kind, for `gen --json`. */
export function changeCounts(diff: CatalogDiff): Record<string, number> {
  return {
    providersAdded: diff.providers.added.length,
    providersRemoved: diff.providers.removed.length,
    modelsAdded: diff.models.added.length,
    modelsRemoved: diff.models.removed.length,
    modelsRenamed: diff.models.renamed.length,
    prices: diff.prices.length,
    limits: diff.limits.length,
    capabilities: diff.capabilities.length,
    modalities: diff.modalities.length,
    statuses: diff.statuses.length,
  };
}

/** `+3 models, -1 model, 12 price changes`: the counts that are not zero, or `no model changes`. */
export function changeSummary(diff: CatalogDiff): string {
  const parts: string[] = [];
  const { models } = diff;
  if (models.added.length > 0) parts.push(`+${plural(models.added.length, "model")}`);
  if (models.removed.length > 0) parts.push(`-${plural(models.removed.length, "model")}`);
  if (models.renamed.length > 0) parts.push(`${models.renamed.length} renamed`);
  const counted: [number, string][] = [
    [diff.prices.length, "price change"],
    [diff.limits.length, "limit change"],
    [diff.capabilities.length, "capability change"],
    [diff.modalities.length, "modality change"],
    [diff.statuses.length, "status change"],
  ];
  for (const [n, word] of counted) if (n > 0) parts.push(plural(n, word));
  if (diff.providers.added.length > 0) parts.push(`+${plural(diff.providers.added.length, "provider")}`);
  if (diff.providers.removed.length > 0) parts.push(`-${plural(diff.providers.removed.length, "provider")}`);
  return parts.length === 0 ? "no model changes" : parts.join(", ");
}
