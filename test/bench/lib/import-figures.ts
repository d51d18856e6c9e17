// Section 5: the compiled package in fresh node processes: cold import of the root and of one
// provider entry, heap after import, first lookup, getModel / estimateCost rates and select time.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { alternate, median, ROOT, timedNode } from "./measure.js";

/** Options for `importFigures`. */
export interface ImportOptions {
  readonly runs: number;
  /** The compiled package root module (`<dist>/runtime/index.js`). */
  readonly rootEntry: string;
  /** A compiled provider entry (`<dist>/generated/providers/openai.js`); skipped when missing. */
  readonly providerEntry?: string;
  /** A spec for the first-lookup figure. */
  readonly spec: string;
  /** getModel calls per rate run (estimateCost makes a tenth); default 20 M. */
  readonly lookups?: number;
  /** Only the root import (the scale section). */
  readonly importOnly?: boolean;
  /** false: no warm-up round (the unit test). */
  readonly warmUp?: boolean;
}

/** Medians of `runs` fresh processes (at least 5 for the import times). */
export interface ImportFigures {
  readonly rootImportMs: number;
  readonly rootHeapMb: number;
  readonly providerImportMs?: number;
  readonly providerHeapMb?: number;
  readonly firstLookupMs?: number;
  readonly getModelPerSecond?: number;
  readonly estimateCostPerSecond?: number;
  readonly selectFullScanMs?: number;
  readonly selectNewestMs?: number;
  readonly selectCheapestMs?: number;
  readonly missesPerSecond?: number;
  readonly materializeAllMs?: number;
}

const CHILD = join(ROOT, "test/bench/import-child.mjs");

/** Import times alternate root and provider entry; the rates run after, one process each. */
export function importFigures(o: ImportOptions): ImportFigures {
  const heap: Record<string, number[]> = { root: [], provider: [] };
  const importOf = (entry: string, key: string) => () => {
    const r = timedNode(["--expose-gc", CHILD, entry]).out;
    heap[key]!.push(r.heapMb!);
    return r.importMs!;
  };
  const provider = o.providerEntry !== undefined && existsSync(o.providerEntry) ? o.providerEntry : undefined;
  const tasks: Record<string, () => number> = { root: importOf(o.rootEntry, "root") };
  if (provider !== undefined && o.importOnly !== true) tasks.provider = importOf(provider, "provider");
  const t = alternate(Math.max(5, o.runs), tasks, o.warmUp);
  const figures: ImportFigures = {
    rootImportMs: median(t.root!),
    rootHeapMb: median(heap.root!),
    ...(t.provider === undefined ? {} : { providerImportMs: median(t.provider), providerHeapMb: median(heap.provider!) }),
  };
  if (o.importOnly === true) return figures;
  const first: number[] = [];
  const rates: Record<string, number>[] = [];
  for (let i = 0; i < o.runs; i++) {
    first.push(timedNode([CHILD, o.rootEntry, "first-lookup", o.spec]).out.firstLookupMs!);
    rates.push(timedNode([CHILD, o.rootEntry, "lookups", String(o.lookups ?? 20_000_000)]).out);
  }
  const pick = (k: string) => median(rates.map((r) => r[k]!));
  return {
    ...figures,
    firstLookupMs: median(first),
    getModelPerSecond: pick("lookupsPerSecond"),
    estimateCostPerSecond: pick("estimateCostPerSecond"),
    selectFullScanMs: pick("selectFullScanMs"),
    selectNewestMs: pick("selectNewestMs"),
    selectCheapestMs: pick("selectCheapestMs"),
    missesPerSecond: pick("missLookupsPerSecond"),
    materializeAllMs: pick("materializeAllMs"),
  };
}
