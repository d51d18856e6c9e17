// `npm run bench`: gen, tsc, editor, import and scale figures against the package's performance targets.
// Prints the table, writes .bench/results.json, and test/bench/RESULTS.md with BENCH_WRITE_RESULTS=1.
// Not part of `npm test` (bench.test.ts runs the same code on a tiny catalog). Environment:
//   BENCH_RUNS=5          runs per median (after a warm-up); 1–2 for a quick look
//   BENCH_LS_RUNS=10      language-service runs per median (after 2 warm-ups)
//   BENCH_SCALE=1,3,10    catalog multiples for the scale section; 0 skips it
//   BENCH_SCALE_RUNS=3    runs per median in the scale section
//   BENCH_TS7=1           also TypeScript 7 (native), installed into .bench/ts7; 0 skips it
//   BENCH_ALL_SOURCES=1   also gen over every source format (the corpora in test/corpus); 0 skips it
//   BENCH_WRITE_RESULTS=1 rewrite test/bench/RESULTS.md (notes below its marker are kept)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/measure.js";
import { machine, NOTES_MARKER, resultsMarkdown, rows, table } from "./lib/report.js";
import { runBench } from "./lib/run-bench.js";

const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const runs = Number(env("BENCH_RUNS", "5"));
const scale = env("BENCH_SCALE", "1,3,10") === "0" ? [] : env("BENCH_SCALE", "1,3,10").split(",").map(Number);
const settings = {
  BENCH_RUNS: String(runs),
  BENCH_LS_RUNS: env("BENCH_LS_RUNS", "10"),
  BENCH_SCALE: scale.length === 0 ? "0" : scale.join(","),
  BENCH_SCALE_RUNS: env("BENCH_SCALE_RUNS", String(Math.min(runs, 3))),
  BENCH_TS7: env("BENCH_TS7", "1"),
  BENCH_ALL_SOURCES: env("BENCH_ALL_SOURCES", "1"),
};

const results = await runBench({
  runs,
  lsRuns: Number(settings.BENCH_LS_RUNS),
  work: join(ROOT, ".bench", "work"),
  allSources: settings.BENCH_ALL_SOURCES === "1",
  ts7: settings.BENCH_TS7 === "1",
  scale,
  scaleRuns: Number(settings.BENCH_SCALE_RUNS),
  lookups: 20_000_000,
  warmUp: true,
  log: (line) => process.stderr.write(`bench: ${line}\n`),
});
const list = rows(results);
console.log(`llm-catalog bench · ${machine().cpu} · node ${process.version} · median of ${runs} runs · ${(results.wallMs / 1000).toFixed(0)} s\n`);
console.log(table(list));
mkdirSync(join(ROOT, ".bench"), { recursive: true });
writeFileSync(
  join(ROOT, ".bench", "results.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), settings, rows: list, results }, null, 2)}\n`,
);
console.log("\nraw figures: .bench/results.json");
if (process.env.BENCH_WRITE_RESULTS === "1") {
  const file = join(ROOT, "test", "bench", "RESULTS.md");
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  const at = previous.indexOf(NOTES_MARKER);
  const notes = at < 0 ? "" : previous.slice(at + NOTES_MARKER.length + 1);
  writeFileSync(file, resultsMarkdown(results, list, settings, notes));
  console.log("written: test/bench/RESULTS.md");
}
if (results.editor.diagnostics50.count !== 0) {
  console.error(`the ${results.consumer.requests50}-request file has ${results.editor.diagnostics50.count} type errors: the bench measured a broken program`);
  process.exitCode = 1;
}
