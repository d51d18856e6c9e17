// `npm run bench:requests`: what 50 gated requests cost the compiler and the editor.
// Writes a consumer file with 50 `buildRequest` calls to 50 different models across every wire
// format, then measures, side by side with a baseline file that imports the same API but makes no
// request: `tsc --extendedDiagnostics` counters (types, instantiations, check time, memory) and the
// language service's semantic diagnostics after a one-character edit (median of 10 after 2 warm-ups).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { models, provider } from "../../runtime/index.js";
import { requestLines, SCHEMA_LINE } from "./lib/requests.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DIR = join(ROOT, ".bench", "requests");
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// The consumer imports the package as users get it: declarations (.d.ts), with skipLibCheck.
const HEADER = `import { buildRequest } from "../dts/runtime/index.js";\n${SCHEMA_LINE}\nexport {};\n`;

function tsconfig(file: string): string {
  return JSON.stringify({
    compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: [] },
    files: [file],
  });
}

/** Counters from one `tsc --extendedDiagnostics` run; `tsc7` runs TypeScript 7 (native) instead. */
function tscRun(config: string, tsc7?: string): Record<string, number> {
  const out = tsc7
    ? execFileSync(tsc7, ["-p", config, "--extendedDiagnostics"], { cwd: ROOT, encoding: "utf8" })
    : execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", config, "--extendedDiagnostics"], { cwd: ROOT, encoding: "utf8" });
  const value = (label: string) => Number(/^(.*?):\s+([\d.]+)/m.exec(out.split("\n").find((l) => l.startsWith(`${label}:`)) ?? "")?.[2] ?? NaN);
  return {
    types: value("Types"),
    instantiations: value("Instantiations"),
    memoryKb: value("Memory used"),
    checkMs: value("Check time") * 1000,
    totalMs: value("Total time") * 1000,
  };
}

/** Median semantic-diagnostics latency after a one-character edit, through the language service API. */
function diagnosticsAfterEdit(file: string, text: string): { ms: number; diagnostics: number } {
  let version = 0;
  let current = text;
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: (f) => (f === file ? String(version) : "0"),
    getScriptSnapshot: (f) => {
      if (f === file) return ts.ScriptSnapshot.fromString(current);
      const t = ts.sys.readFile(f);
      return t === undefined ? undefined : ts.ScriptSnapshot.fromString(t);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    // A one-character edit in the last request's text, as when typing.
    version++;
    current = `${text}\n// edit ${"x".repeat(i % 2)}\n`;
    const start = performance.now();
    count = service.getSemanticDiagnostics(file).length;
    if (i >= 2) times.push(performance.now() - start);
  }
  service.dispose();
  return { ms: median(times), diagnostics: count };
}

// Only this script's folders: .bench also holds npm run bench's TypeScript 7 install.
for (const dir of [DIR, join(ROOT, ".bench", "dts")]) rmSync(dir, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
writeFileSync(
  join(ROOT, ".bench", "dts.tsconfig.json"),
  JSON.stringify({
    extends: "../tsconfig.json",
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: "dts", rootDir: ".." },
    include: ["../runtime/**/*.ts", "../generated/**/*.ts"],
    exclude: [],
  }),
);
execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, ".bench", "dts.tsconfig.json")], { cwd: ROOT });
const requests = `${HEADER}${requestLines({ models, provider }, 50).join("\n")}\n`;
const files = { baseline: HEADER, requests };
const results: Record<string, Record<string, number>> = {};
for (const [name, text] of Object.entries(files)) {
  const file = join(DIR, `${name}.ts`);
  writeFileSync(file, text);
  writeFileSync(join(DIR, `${name}.tsconfig.json`), tsconfig(`${name}.ts`));
}
const tsc: Record<string, Record<string, number>[]> = { baseline: [], requests: [] };
for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
  for (const name of Object.keys(files)) tsc[name]!.push(tscRun(join(DIR, `${name}.tsconfig.json`)));
}
for (const [name, text] of Object.entries(files)) {
  const runs = tsc[name]!;
  const pick = (k: string) => median(runs.map((r) => r[k]!));
  const ls = diagnosticsAfterEdit(join(DIR, `${name}.ts`), text);
  results[name] = {
    types: pick("types"),
    instantiations: pick("instantiations"),
    memoryKb: pick("memoryKb"),
    checkMs: pick("checkMs"),
    totalMs: pick("totalMs"),
    lsDiagnosticsMs: ls.ms,
    diagnostics: ls.diagnostics,
  };
}
const b = results.baseline!;
const r = results.requests!;
const rows = [
  ["figure", "baseline (imports the root, no request)", "50 requests", "delta"],
  ["tsc types", b.types, r.types, r.types! - b.types!],
  ["tsc instantiations", b.instantiations, r.instantiations, r.instantiations! - b.instantiations!],
  ["tsc memory (KB)", b.memoryKb, r.memoryKb, r.memoryKb! - b.memoryKb!],
  ["tsc check time (ms)", b.checkMs, r.checkMs, r.checkMs! - b.checkMs!],
  ["tsc total time (ms)", b.totalMs, r.totalMs, r.totalMs! - b.totalMs!],
  [
    "LS diagnostics after an edit (ms, median)",
    b.lsDiagnosticsMs!.toFixed(1),
    r.lsDiagnosticsMs!.toFixed(1),
    (r.lsDiagnosticsMs! - b.lsDiagnosticsMs!).toFixed(1),
  ],
  ["diagnostics reported (must be 0)", b.diagnostics, r.diagnostics, ""],
];
console.log(`TypeScript ${ts.version}, ${requests.split("\n").filter((l) => l.startsWith("buildRequest")).length} requests, ${RUNS} runs`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
// TypeScript 7 (native), when its tsc is given: `TSC7=/path/to/node_modules/.bin/tsc npm run bench:requests`.
const tsc7 = process.env.TSC7;
let native: Record<string, Record<string, number>> | undefined;
if (tsc7) {
  const runs: Record<string, Record<string, number>[]> = { baseline: [], requests: [] };
  for (let i = 0; i < 5; i++) for (const name of Object.keys(files)) runs[name]!.push(tscRun(join(DIR, `${name}.tsconfig.json`), tsc7));
  native = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      Object.fromEntries(["types", "instantiations", "memoryKb", "checkMs", "totalMs"].map((k) => [k, median(list.map((r) => r[k]!))])),
    ]),
  );
  const nb = native.baseline!;
  const nr = native.requests!;
  console.log("TypeScript 7 (native) tsc, median of 5:");
  for (const k of ["types", "instantiations", "memoryKb", "checkMs", "totalMs"]) console.log(`| ${k} | ${nb[k]} | ${nr[k]} | ${nr[k]! - nb[k]!} |`);
}
writeFileSync(join(DIR, "results.json"), `${JSON.stringify({ typescript: ts.version, results, native }, null, 2)}\n`);
if (r.diagnostics !== 0) process.exitCode = 1;
