// `npm run bench:stages`: where gen's time goes inside one process, on the default snapshot. Reads the
// sources once, then times building the catalog (parse, validate, merge) and emitting the TypeScript
// text, each BENCH_RUNS times (default 5) after a warm-up, and prints the medians. Writes no files; the
// whole-process figures (and the floor they are judged against) are `npm run bench`'s.
import { emitCatalog } from "../../generator/emit/emit-catalog.js";
import { catalogFromFiles } from "../../generator/pipeline.js";
import { loadConfig } from "../../generator/sources/load-config.js";
import { readSourceFiles } from "../../generator/sources/read-source-files.js";
import { median, ROOT } from "./lib/measure.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const context = loadConfig({ root: ROOT, config: { sources: [{ format: "models-dev-json", path: "data/models-dev/api.json" }] } });

let t = performance.now();
const { files } = await readSourceFiles(context);
const readMs = performance.now() - t;

const times = { catalog: [] as number[], emit: [] as number[] };
for (let i = 0; i <= RUNS; i++) {
  t = performance.now();
  const { catalog, diagnostics } = catalogFromFiles(files, context);
  const catalogMs = performance.now() - t;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (errors > 0) throw new Error(`the snapshot gave ${errors} errors`);
  t = performance.now();
  emitCatalog(catalog, context.runtimeImport);
  const emitMs = performance.now() - t;
  if (i === 0) {
    const models = catalog.providers.reduce((n, p) => n + p.models.length, 0);
    console.log(`${catalog.providers.length} providers, ${models} models · read ${readMs.toFixed(0)} ms (once)`);
    continue; // the warm-up round
  }
  times.catalog.push(catalogMs);
  times.emit.push(emitMs);
}
for (const [stage, ms] of Object.entries(times)) {
  console.log(
    `${stage.padEnd(8)} median ${median(ms).toFixed(0)} ms of ${RUNS} runs (${[...ms]
      .sort((a, b) => a - b)
      .map((x) => x.toFixed(0))
      .join(" ")})`,
  );
}
