// `npm run bench`: gen wall time and memory against a floor, import time, heap and lookup rate.
// Figures are medians after a warm-up, compared side by side in one run; not part of `npm test`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(args: string[]): { ms: number; out: Record<string, number> } {
  const start = performance.now();
  const stdout = execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  return { ms: performance.now() - start, out: JSON.parse(stdout) as Record<string, number> };
}

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

const work = mkdtempSync(join(tmpdir(), "llm-catalog-bench-"));
try {
  // 1–2. gen against its floor, alternating so both see the same machine state.
  const genOut = join(work, "gen");
  const floorOut = join(work, "floor");
  const genArgs = ["--max-semi-space-size=64", "--import", "tsx", "test/bench/gen-child.ts", "gen", "--out", genOut];
  timed(genArgs); // warm-up (also fills tsx's transform cache)
  const bytes = folderBytes(genOut);
  const gen: number[] = [];
  const genRss: number[] = [];
  const floor: number[] = [];
  const allSources: number[] = [];
  const allOut = join(work, "all");
  const allArgs = ["--max-semi-space-size=64", "--import", "tsx", "test/bench/gen-child.ts", "gen", "--config", "test/bench/all-sources.config.ts", "--out", allOut];
  timed(allArgs); // warm-up
  for (let i = 0; i < RUNS; i++) {
    rmSync(genOut, { recursive: true, force: true });
    const g = timed(genArgs);
    gen.push(g.ms);
    genRss.push(g.out.maxRssKb!);
    rmSync(floorOut, { recursive: true, force: true });
    floor.push(timed(["--import", "tsx", "test/bench/floor-child.ts", floorOut, String(bytes)]).ms);
    rmSync(allOut, { recursive: true, force: true });
    allSources.push(timed(allArgs).ms);
  }

  // 3. Compile the package as it would be published, then import it in fresh processes.
  const dist = join(work, "dist");
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json", "--noEmit", "false", "--outDir", dist, "--declaration", "false", "--sourceMap", "false"], { cwd: ROOT });
  writeFileSync(join(dist, "package.json"), '{ "type": "module" }\n');
  const rootEntry = join(dist, "runtime", "index.js");
  const child = join(ROOT, "test/bench/import-child.mjs");
  const importRoot: number[] = [];
  const firstLookup: number[] = [];
  const heap: number[] = [];
  const lookups: number[] = [];
  const misses: number[] = [];
  const materialize: number[] = [];
  const costRate: number[] = [];
  const selectScan: number[] = [];
  timed([child, rootEntry]);
  for (let i = 0; i < RUNS; i++) {
    const r = timed(["--expose-gc", child, rootEntry]).out;
    importRoot.push(r.importMs!);
    heap.push(r.heapMb!);
    firstLookup.push(timed([child, rootEntry, "first-lookup"]).out.firstLookupMs!);
    const l = timed([child, rootEntry, "lookups"]).out;
    lookups.push(l.lookupsPerSecond!);
    misses.push(l.missLookupsPerSecond!);
    materialize.push(l.materializeAllMs!);
    costRate.push(l.estimateCostPerSecond!);
    selectScan.push(l.selectFullScanMs!);
  }

  const rows: [string, string, string][] = [
    ["gen wall time (full default data)", `${median(gen).toFixed(0)} ms`, "≤ 1,500 ms"],
    ["gen peak RSS", `${(median(genRss) / 1024).toFixed(0)} MB`, ""],
    ["floor: read + parse snapshot, write same bytes", `${median(floor).toFixed(0)} ms`, ""],
    ["gen / floor", `${(median(gen) / median(floor)).toFixed(2)}×`, ""],
    ["gen, all sources together (snapshot, TOML tree, ExLLM, llm_models, overlays)", `${median(allSources).toFixed(0)} ms`, ""],
    ["all sources / snapshot alone", `${(median(allSources) / median(gen)).toFixed(2)}×`, "≤ 2×"],
    ["generated output size", `${(bytes / 2 ** 20).toFixed(1)} MiB`, ""],
    ["import package root (cold, fresh process)", `${median(importRoot).toFixed(1)} ms`, "≤ 60 ms"],
    ["first getModel of a provider (parses its rows)", `${median(firstLookup).toFixed(2)} ms`, ""],
    ["heap after importing the root", `${median(heap).toFixed(1)} MB`, ""],
    ["getModel lookups/s (exact spec, warm)", `${(median(lookups) / 1e6).toFixed(1)} M/s`, "≥ 20 M/s"],
    ["estimateCost calls/s (warm)", `${(median(costRate) / 1e6).toFixed(1)} M/s`, "≥ 5 M/s"],
    ["select over the full catalog, no match (full scan)", `${median(selectScan).toFixed(2)} ms`, "≤ 1 ms"],
    ["getModel misses/s (unknown provider)", `${(median(misses) / 1e6).toFixed(2)} M/s`, ""],
    ["models(): parse every provider on first use", `${median(materialize).toFixed(1)} ms`, ""],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`llm-catalog bench · node ${process.version} · median of ${RUNS} runs\n`);
  console.log(`${"figure".padEnd(width)}  ${"measured".padStart(12)}  target`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(12)}  ${target}`);
  mkdirSync(join(ROOT, ".bench"), { recursive: true });
  const raw = { costRate, selectScan, gen, genRss, floor, allSources, bytes, importRoot, firstLookup, heap, lookups, misses, materialize };
  writeFileSync(join(ROOT, ".bench", "results.json"), `${JSON.stringify({ node: process.version, runs: RUNS, rows, raw }, null, 2)}\n`);
  console.log("\nraw figures: .bench/results.json");
} finally {
  rmSync(work, { recursive: true, force: true });
}
