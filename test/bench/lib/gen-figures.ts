// Section 1–2: gen wall time and peak memory, against a floor that only reads the snapshot and
// writes as many bytes; and all sources together against the snapshot alone. Each pair alternates.
import { join, relative } from "node:path";
import { rmSync } from "node:fs";
import { unpackModelsDevTree } from "../../setup/models-dev-tree.js";
import { alternate, folderBytes, median, ROOT, timedNode } from "./measure.js";

/** Options for `genFigures`. */
export interface GenOptions {
  readonly runs: number;
  /** Absolute folder inside the package root (so the output imports the runtime relatively). */
  readonly out: string;
  /** A models.dev snapshot to generate from; the default data (catalog.config.ts) when absent. */
  readonly snapshot?: string;
  /** Also time `test/bench/all-sources.config.ts` (every source format on the full data). */
  readonly allSources?: boolean;
  /** Skip the floor (the scale section only needs gen time). */
  readonly floor?: boolean;
  /** false: no warm-up round (the unit test). */
  readonly warmUp?: boolean;
}

/** Medians; ratios are medians of the per-run ratios of runs made side by side. */
export interface GenFigures {
  readonly genMs: number;
  readonly genRssMb: number;
  readonly bytes: number;
  readonly floorMs?: number;
  readonly genOverFloor?: number;
  readonly allSourcesMs?: number;
  readonly allSourcesRssMb?: number;
  readonly allOverSnapshot?: number;
}

const NODE_FLAGS = ["--max-semi-space-size=64", "--import", "tsx"];

/** The `gen` arguments for a snapshot, or for the default data. */
function genArgs(out: string, snapshot?: string): string[] {
  const sources = snapshot === undefined ? [] : ["--no-default-sources", "--source", `models-dev-json:${relative(ROOT, snapshot)}`];
  return [...NODE_FLAGS, "test/bench/gen-child.ts", "gen", "--quiet", "--out", relative(ROOT, out), ...sources];
}

/** Times gen (and its floor, and all sources) `runs` times after a warm-up; leaves gen's output in `out`. */
export function genFigures(o: GenOptions): GenFigures {
  const floorOut = `${o.out}.floor`;
  const allOut = `${o.out}.all`;
  const rss: number[] = [];
  const allRss: number[] = [];
  let bytes = 0;
  const tasks: Record<string, () => number> = {
    gen: () => {
      rmSync(o.out, { recursive: true, force: true });
      const r = timedNode(genArgs(o.out, o.snapshot));
      rss.push(r.out.maxRssKb! / 1024);
      bytes = folderBytes(o.out);
      return r.ms;
    },
  };
  if (o.floor !== false) {
    const snapshot = o.snapshot ?? join(ROOT, "data/models-dev/api.json");
    tasks.floor = () => {
      rmSync(floorOut, { recursive: true, force: true });
      return timedNode(["--import", "tsx", "test/bench/floor-child.ts", snapshot, floorOut, String(bytes)]).ms;
    };
  }
  if (o.allSources === true) {
    // all-sources.config.ts reads the models.dev TOML tree from here; unpacked once, before any timing.
    const tree = join(ROOT, ".bench", "corpus", "models-dev");
    rmSync(tree, { recursive: true, force: true });
    unpackModelsDevTree(ROOT, tree);
    tasks.all = () => {
      rmSync(allOut, { recursive: true, force: true });
      const r = timedNode([
        ...NODE_FLAGS,
        "test/bench/gen-child.ts",
        "gen",
        "--quiet",
        "--config",
        "test/bench/all-sources.config.ts",
        "--out",
        relative(ROOT, allOut),
      ]);
      allRss.push(r.out.maxRssKb! / 1024);
      return r.ms;
    };
  }
  const t = alternate(o.runs, tasks, o.warmUp);
  rmSync(floorOut, { recursive: true, force: true });
  rmSync(allOut, { recursive: true, force: true });
  const ratio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]!));
  return {
    genMs: median(t.gen!),
    genRssMb: median(rss.slice(-o.runs)),
    bytes,
    ...(t.floor === undefined ? {} : { floorMs: median(t.floor), genOverFloor: ratio(t.gen!, t.floor) }),
    ...(t.all === undefined ? {} : { allSourcesMs: median(t.all), allSourcesRssMb: median(allRss.slice(-o.runs)), allOverSnapshot: ratio(t.all, t.gen!) }),
  };
}
