// The whole bench as one function of its options, so `npm run bench` runs it on the real catalog and
// bench.test.ts on a tiny one. Sections: gen (1–2), tsc (3), editor (4), import (5), scale (6).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { fileStemOf } from "../../../generator/emit/file-stem.js";
import { compilePackage, declarationClosureOf } from "./compile-package.js";
import { exportNameOf } from "../../../generator/emit/export-name.js";
import { BASELINE_TEXT, consumerCalls, consumerText, requestsText, writeProject, type ConsumerCalls, type ConsumerCatalog } from "./consumer.js";
import { completionAfterEdit, diagnosticsAfterEdit, type LsFigure } from "./editor-figures.js";
import { genFigures, type GenFigures } from "./gen-figures.js";
import { createFigures, type CreateFigures } from "./create-figures.js";
import { importFigures, type ImportFigures } from "./import-figures.js";
import { ROOT } from "./measure.js";
import { writeScaledSnapshot, writeSlicedSnapshot } from "./snapshots.js";
import { nativeCompiler, TS59, tscFigures, type TscFigures } from "./tsc-figures.js";

/** What to measure and how often. */
export interface BenchOptions {
  /** Runs per median (after a warm-up). */
  readonly runs: number;
  /** Language-service runs per median (after 2 warm-ups); 10 keeps the median steady on a noisy machine. */
  readonly lsRuns: number;
  /** A scratch folder inside the package root (generated code imports the runtime relatively); emptied first. */
  readonly work: string;
  /** A models.dev snapshot; absent: the default data, and the package as it is (runtime/ + generated/). */
  readonly snapshot?: string;
  /** Time gen over every source format too (needs the shared data next to the project). */
  readonly allSources: boolean;
  /** Also run TypeScript 7 (native), installing it into `.bench/ts7` when missing. */
  readonly ts7: boolean;
  /** Catalog multiples for the scale section; empty skips it. */
  readonly scale: readonly number[];
  /** Runs per median in the scale section (each 10× run is long). */
  readonly scaleRuns: number;
  /** getModel calls per rate measurement. */
  readonly lookups: number;
  /** false: no warm-up rounds, for the unit test (figures then include cold runs). */
  readonly warmUp: boolean;
  readonly log: (line: string) => void;
}

/** Key figures of one synthetic catalog size. */
export interface ScalePoint {
  readonly multiple: number;
  readonly models: number;
  readonly genMs: number;
  readonly genRssMb: number;
  readonly tsc: TscFigures;
  readonly completion: LsFigure;
  readonly rootImportMs: number;
}

/** Everything one run measured; `report.ts` turns it into the table, JSON and RESULTS.md. */
export interface BenchResults {
  readonly gen: GenFigures;
  readonly declarationsNotIsolated: readonly string[];
  readonly consumer: { readonly specs: number; readonly selects: number; readonly requests: number; readonly requests50: number; readonly helper: string };
  readonly tsc: readonly TscFigures[];
  readonly ts7Skipped?: string;
  readonly editor: {
    readonly completionModel: LsFigure;
    readonly completionProvider: LsFigure;
    readonly diagnostics50: LsFigure;
    readonly diagnosticsBaseline: LsFigure;
  };
  /** A consumer of three provider entries only (50 `model(id)` calls), against the empty baseline. */
  readonly entries?: { readonly providers: readonly string[]; readonly tsc: TscFigures; readonly completion: LsFigure };
  readonly imports: ImportFigures & { readonly providerEntry: string };
  /** Catalogs built at run time: createCatalog over the snapshot, and a derived catalog beside its base. */
  readonly created: CreateFigures;
  /** Bytes of declarations a consumer loads: the root entry, one provider entry. */
  readonly closure: {
    readonly root: { readonly files: number; readonly bytes: number };
    readonly providerEntry: { readonly files: number; readonly bytes: number };
  };
  /** The consumer again, with each opt-in module imported as well, against the empty baseline. */
  readonly optIns: { readonly records: TscFigures; readonly catalog: TscFigures };
  /**
   * The AI SDK registration (`llm-catalog/ai-sdk/register`): a file of `generateText` calls with catalog
   * specs, with the registration against the same file without it (the SDK's gateway ids), per compiler;
   * and completion inside `generateText({ model: "" })` both ways.
   */
  readonly aiSdk: {
    readonly calls: number;
    readonly tsc: readonly TscFigures[];
    readonly completionOn: LsFigure;
    readonly completionOff: LsFigure;
  };
  /** The same measures on a catalog filtered to a few providers, as a team's own `gen` would write it. */
  readonly filtered: {
    readonly providers: readonly string[];
    readonly models: number;
    readonly closureBytes: number;
    readonly tsc: TscFigures;
    readonly completion: LsFigure;
  };
  readonly scale: readonly ScalePoint[];
  readonly wallMs: number;
}

/** A compiled package and where its root and a provider entry are. */
interface Target {
  readonly dist: string;
  readonly catalogDir: string;
  readonly rootModule: string;
}

function compiled(catalogDir: string, rootModule: string, dist: string): Target & { readonly notIsolated: readonly string[] } {
  const pkg = compilePackage(["runtime", catalogDir], dist);
  return { dist, catalogDir, rootModule, notIsolated: pkg.notIsolated };
}

/** A path from `from` (a folder) to `to`, written as an import specifier. */
function specifier(from: string, to: string): string {
  const rel = relative(from, to).split("\\").join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/** Writes the consumer and baseline projects against `target`; returns their files. */
function projects(dir: string, target: Target, calls: ConsumerCalls) {
  const root = specifier(dir, join(target.dist, `${target.rootModule}.js`));
  const consumer = consumerText(root, calls);
  return {
    consumer,
    requests: requestsText(root, calls),
    consumerConfig: writeProject(dir, "consumer", consumer),
    baselineConfig: writeProject(dir, "baseline", BASELINE_TEXT),
    requestsConfig: writeProject(dir, "requests", requestsText(root, calls)),
  };
}

/** Runs every section; figures only, no printing beyond `log` progress lines. */
export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const started = performance.now();
  rmSync(o.work, { recursive: true, force: true });
  mkdirSync(o.work, { recursive: true });
  const rel = (p: string) => relative(ROOT, p);

  o.log("gen: timing gen against its floor");
  const genOut = join(o.work, "gen");
  const gen = genFigures({
    runs: o.runs,
    out: genOut,
    ...(o.snapshot === undefined ? {} : { snapshot: o.snapshot }),
    allSources: o.allSources,
    warmUp: o.warmUp,
  });

  // The package under test: as it is in the repo, or the catalog just generated from the snapshot.
  const target =
    o.snapshot === undefined
      ? compiled("generated", "runtime/index", join(o.work, "dist"))
      : compiled(rel(genOut), `${rel(genOut)}/index`, join(o.work, "dist"));
  const api = (await import(pathToFileURL(join(ROOT, `${target.rootModule}.ts`)).href)) as ConsumerCatalog;
  const calls = consumerCalls(api);
  const dir = join(o.work, "projects");
  const p = projects(dir, target, calls);

  o.log("tsc: consumer against the empty baseline");
  const tsc: TscFigures[] = [tscFigures(TS59, p.baselineConfig, p.consumerConfig, o.runs, o.warmUp)];
  let ts7Skipped: string | undefined;
  if (o.ts7) {
    const native = nativeCompiler();
    if ("skipped" in native) ts7Skipped = native.skipped;
    else tsc.push(tscFigures(native, p.baselineConfig, p.consumerConfig, o.runs, o.warmUp));
  } else ts7Skipped = "not requested (BENCH_TS7=0)";

  o.log("editor: language-service latency after an edit");
  const completionModel = completionAfterEdit(join(dir, "completion.ts"), p.consumer, `model("")`, o.lsRuns);
  const completionProvider = completionAfterEdit(join(dir, "completion.ts"), p.consumer, `${calls.helper}("")`, o.lsRuns);
  const diagnostics50 = diagnosticsAfterEdit(join(dir, "requests.ts"), p.requests, o.lsRuns);
  const diagnosticsBaseline = diagnosticsAfterEdit(join(dir, "baseline.ts"), BASELINE_TEXT, o.lsRuns);

  o.log("tsc: the consumer with each opt-in module");
  const optIn = (name: string, module: string) =>
    writeProject(dir, `consumer-${name}`, `import ${JSON.stringify(specifier(dir, join(target.dist, target.catalogDir, module)))};\n${p.consumer}`);
  const optIns = {
    records: tscFigures(TS59, p.baselineConfig, optIn("records", "records.js"), o.runs, o.warmUp),
    catalog: tscFigures(TS59, p.baselineConfig, optIn("catalog", "model-catalog.js"), o.runs, o.warmUp),
  };
  const bytesOf = (entry: string) => {
    const files = declarationClosureOf(target.dist, entry);
    return { files: files.length, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
  };

  o.log("tsc: the AI SDK registration on and off");
  const aiSdk = aiSdkFigures(o, dir, target, api, calls);

  o.log("filtered: a catalog of four providers");
  const filteredProviders = ["openai", "anthropic", "google", "mistral"];
  const filteredBase = join(o.work, "filtered");
  writeSlicedSnapshot(o.snapshot ?? join(ROOT, "data/models-dev/api.json"), filteredProviders, `${filteredBase}.json`);
  genFigures({ runs: 1, out: filteredBase, snapshot: `${filteredBase}.json`, floor: false, warmUp: false });
  const ft = compiled(rel(filteredBase), `${rel(filteredBase)}/index`, `${filteredBase}.dist`);
  const filteredApi = (await import(pathToFileURL(join(ROOT, `${ft.rootModule}.ts`)).href)) as ConsumerCatalog;
  const fp = projects(`${filteredBase}.projects`, ft, consumerCalls(filteredApi));
  const filtered = {
    providers: filteredProviders,
    models: filteredApi.models().length,
    closureBytes: declarationClosureOf(ft.dist, `${ft.rootModule}.ts`).reduce((sum, f) => sum + f.bytes, 0),
    tsc: tscFigures(TS59, fp.baselineConfig, fp.consumerConfig, o.runs, o.warmUp),
    completion: completionAfterEdit(join(`${filteredBase}.projects`, "completion.ts"), fp.consumer, `model("")`, o.lsRuns),
  };

  o.log("tsc: a consumer of three provider entries only");
  const entryProviders = ["openai", "anthropic", "google"].filter((id) => api.providers().some((x) => x.id === id));
  let entries: BenchResults["entries"];
  if (entryProviders.length > 0) {
    const lines = entryProviders.map(
      (id) =>
        `import * as ${exportNameOf(id)} from ${JSON.stringify(specifier(dir, join(target.dist, target.catalogDir, "providers", `${fileStemOf(id)}.js`)))};`,
    );
    const ids = entryProviders.flatMap((id) =>
      api
        .models()
        .filter((m) => m.provider === id)
        .map((m) => [exportNameOf(id), m.id] as const),
    );
    const calls50 = Array.from({ length: Math.min(50, ids.length) }, (_, i) => ids[Math.floor((i * ids.length) / Math.min(50, ids.length))]!);
    const text = [...lines, ...calls50.map(([name, id], i) => `export const e${i} = ${name}.model(${JSON.stringify(id)});`), ""].join("\n");
    const config = writeProject(dir, "entries", text);
    entries = {
      providers: entryProviders,
      tsc: tscFigures(TS59, p.baselineConfig, config, o.runs, o.warmUp),
      completion: completionAfterEdit(join(dir, "entries-completion.ts"), text, `${exportNameOf(entryProviders[0]!)}.model("")`, o.lsRuns),
    };
  }

  o.log("import: fresh node processes");
  const providerEntry = join(target.dist, target.catalogDir, "providers", `${fileStemOf(calls.helperProvider)}.js`);
  const imports = {
    ...importFigures({
      runs: o.runs,
      rootEntry: join(target.dist, `${target.rootModule}.js`),
      providerEntry,
      spec: calls.specs[0]!,
      lookups: o.lookups,
      warmUp: o.warmUp,
    }),
    providerEntry: rel(providerEntry),
  };

  o.log("runtime catalogs: createCatalog and extend, fresh node processes");
  const created = createFigures({ runs: o.runs, snapshot: o.snapshot ?? join(ROOT, "data/models-dev/api.json"), lookups: Math.ceil(o.lookups / 4) });

  const scale: ScalePoint[] = [];
  for (const k of o.scale) {
    if (k === 1) {
      // 1× is the catalog the sections above measured (cloning once changes nothing): reuse them.
      const models = api.models().length;
      scale.push({
        multiple: 1,
        models,
        genMs: gen.genMs,
        genRssMb: gen.genRssMb,
        tsc: tsc[0]!,
        completion: completionModel,
        rootImportMs: imports.rootImportMs,
      });
      continue;
    }
    o.log(`scale: ${k}× catalog`);
    const base = join(o.work, `scale-x${k}`);
    const snapshot = `${base}.json`;
    const models = writeScaledSnapshot(o.snapshot ?? join(ROOT, "data/models-dev/api.json"), k, snapshot);
    const g = genFigures({ runs: o.scaleRuns, out: base, snapshot, floor: false, warmUp: o.warmUp });
    const t = compiled(rel(base), `${rel(base)}/index`, `${base}.dist`);
    const sp = projects(`${base}.projects`, t, calls);
    const tk = tscFigures(TS59, sp.baselineConfig, sp.consumerConfig, o.scaleRuns, o.warmUp);
    const completion = completionAfterEdit(join(`${base}.projects`, "completion.ts"), sp.consumer, `model("")`, o.lsRuns);
    const imp = importFigures({ runs: o.scaleRuns, rootEntry: join(t.dist, `${t.rootModule}.js`), spec: calls.specs[0]!, importOnly: true, warmUp: o.warmUp });
    scale.push({ multiple: k, models, genMs: g.genMs, genRssMb: g.genRssMb, tsc: tk, completion, rootImportMs: imp.rootImportMs });
    // The 10× output is ~100 MB; keep only the figures.
    for (const f of [base, snapshot, `${base}.dist`, `${base}.projects`]) rmSync(f, { recursive: true, force: true });
  }

  return {
    gen,
    declarationsNotIsolated: target.notIsolated,
    consumer: {
      specs: calls.specs.length,
      selects: calls.selects.length,
      requests: calls.requests.length,
      requests50: calls.requests50.length,
      helper: calls.helper,
    },
    tsc,
    ...(ts7Skipped === undefined ? {} : { ts7Skipped }),
    editor: { completionModel, completionProvider, diagnostics50, diagnosticsBaseline },
    ...(entries === undefined ? {} : { entries }),
    imports,
    created,
    closure: {
      root: bytesOf(`${target.rootModule}.ts`),
      providerEntry: bytesOf(join(target.catalogDir, "providers", `${fileStemOf(calls.helperProvider)}.ts`)),
    },
    optIns,
    aiSdk,
    filtered,
    scale,
    wallMs: performance.now() - started,
  };
}

/** The registration module's text, its catalog import pointed at `typesModule` (the catalog under test). */
function registrationText(typesModule: string): string {
  const source = readFileSync(join(ROOT, "runtime", "ai-sdk", "register.ts"), "utf8");
  const from = '"../../generated/types.js"';
  if (!source.includes(from)) throw new Error(`runtime/ai-sdk/register.ts no longer imports ${from}`);
  return source.replace(from, JSON.stringify(typesModule));
}

/**
 * What the AI SDK registration costs: 10 `generateText` calls with chat specs of the consumer, type-checked
 * with the registration (a declaration file, as the package ships it) against the same calls without it.
 */
function aiSdkFigures(o: BenchOptions, dir: string, target: Target, api: ConsumerCatalog, calls: ConsumerCalls): BenchResults["aiSdk"] {
  const chat = new Set(
    api
      .models()
      .filter((m) => m.mode === "chat")
      .map((m) => m.spec),
  );
  const specs = calls.specs.filter((s) => chat.has(s)).slice(0, 10);
  writeFileSync(join(dir, "ai-register.d.ts"), registrationText(specifier(dir, join(target.dist, target.catalogDir, "types.js"))));
  const body = [
    'import { generateText } from "ai";',
    ...specs.map((s, i) => `export const g${i} = generateText({ model: ${JSON.stringify(s)}, prompt: "Hi" });`),
    "",
  ];
  const off = body.join("\n");
  const on = ['import "./ai-register.js";', ...body].join("\n");
  const offConfig = writeProject(dir, "ai-off", off);
  const onConfig = writeProject(dir, "ai-on", on);
  const tsc = [tscFigures(TS59, offConfig, onConfig, o.runs, o.warmUp)];
  if (o.ts7) {
    const native = nativeCompiler();
    if (!("skipped" in native)) tsc.push(tscFigures(native, offConfig, onConfig, o.runs, o.warmUp));
  }
  const call = `generateText({ model: "" })`;
  return {
    calls: specs.length,
    tsc,
    completionOn: completionAfterEdit(join(dir, "ai-on-completion.ts"), on, call, o.lsRuns),
    completionOff: completionAfterEdit(join(dir, "ai-off-completion.ts"), off, call, o.lsRuns),
  };
}
