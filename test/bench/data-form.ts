// `npm run bench:data-form`: which form of the bulk data imports fastest. Writes the
// default catalog's rows three ways and imports each in fresh processes, alternating, median of 7:
// JSON text per row parsed on first use (what gen emits), JS object literals, and one JSON.parse of
// the whole catalog at import.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { modelRowOf } from "../../runtime/model-row.js";
import { models, providers } from "../../runtime/index.js";
import { jsonRow, literal } from "../../generator/emit/ts-literal.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DIR = join(ROOT, ".bench", "data-form");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
mkdirSync(DIR, { recursive: true });

const byProvider = providers().map((p) => ({ provider: p, rows: models(p.id as never).map(modelRowOf) }));
const forms: Record<string, string> = {
  "json-rows (emitted)": byProvider
    .map(({ provider, rows }, i) => `export const p${i} = { provider: ${literal(provider)}, rows: [\n${rows.map((r) => `  ${jsonRow(r)},`).join("\n")}\n] };`)
    .join("\n"),
  "object-literals": byProvider
    .map(({ provider, rows }, i) => `export const p${i} = { provider: ${literal(provider)}, rows: [\n${rows.map((r) => `  ${literal(r)},`).join("\n")}\n] };`)
    .join("\n"),
  "one-json-parse": `export const all = JSON.parse(${JSON.stringify(JSON.stringify(byProvider))});`,
};
const files = Object.entries(forms).map(([name, text], i) => {
  const file = join(DIR, `form-${i}.mjs`);
  writeFileSync(file, `${text}\n`);
  return { name, file, bytes: Buffer.byteLength(text) };
});
const child = `const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));`;
const times = new Map(files.map((f) => [f.name, [] as number[]]));
for (let run = 0; run < RUNS + 1; run++) {
  for (const f of files) {
    const ms = Number(execFileSync(process.execPath, ["--input-type=module", "-e", child, f.file], { encoding: "utf8" }));
    if (run > 0) times.get(f.name)!.push(ms);
  }
}
const base = median(times.get(files[0]!.name)!);
console.log(`| form | bytes | import ms (median of ${RUNS}) | vs emitted |`);
console.log("| --- | ---: | ---: | ---: |");
for (const f of files) {
  const m = median(times.get(f.name)!);
  console.log(`| ${f.name} | ${f.bytes.toLocaleString("en-US")} | ${m.toFixed(1)} | ${(m / base).toFixed(2)}× |`);
}
