// Section 7: catalogs built at run time, in fresh node processes: createCatalog over a snapshot (time
// and retained heap), extend over the packaged catalog, and lookups on the derived catalog beside its base.
import { join } from "node:path";
import { median, ROOT, timedNode } from "./measure.js";

/** Medians of `runs` fresh processes. */
export interface CreateFigures {
  readonly createMs: number;
  readonly createHeapMb: number;
  readonly createdModels: number;
  readonly extendMs: number;
  readonly baseGetModelPerSecond: number;
  readonly derivedGetModelPerSecond: number;
  readonly baseEstimateCostPerSecond: number;
  readonly derivedEstimateCostPerSecond: number;
  readonly baseSelectMs: number;
  readonly derivedSelectMs: number;
}

const CHILD = join(ROOT, "test/bench/create-child.ts");

/** Runs the child `runs` times over `snapshot` and keeps each figure's median. */
export function createFigures(o: { readonly runs: number; readonly snapshot: string; readonly lookups: number }): CreateFigures {
  const results = Array.from({ length: Math.max(1, o.runs) }, () => timedNode(["--expose-gc", "--import", "tsx", CHILD, o.snapshot, String(o.lookups)]).out);
  const pick = (key: keyof CreateFigures) => median(results.map((r) => r[key]!));
  return {
    createMs: pick("createMs"),
    createHeapMb: pick("createHeapMb"),
    createdModels: pick("createdModels"),
    extendMs: pick("extendMs"),
    baseGetModelPerSecond: pick("baseGetModelPerSecond"),
    derivedGetModelPerSecond: pick("derivedGetModelPerSecond"),
    baseEstimateCostPerSecond: pick("baseEstimateCostPerSecond"),
    derivedEstimateCostPerSecond: pick("derivedEstimateCostPerSecond"),
    baseSelectMs: pick("baseSelectMs"),
    derivedSelectMs: pick("derivedSelectMs"),
  };
}
