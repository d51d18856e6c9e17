// Turns bench results into rows (figure, measured, target, met), the printed table, the JSON file
// and test/bench/RESULTS.md. Targets are the package's performance budgets, for a 2-core machine and
// the full default catalog.
import { cpus, freemem, platform, release, totalmem } from "node:os";
import ts from "typescript";
import type { BenchResults } from "./run-bench.js";

/** One line of the table; `met` is undefined for figures without a target. */
export interface Row {
  readonly figure: string;
  readonly measured: string;
  readonly value: number;
  readonly target: string;
  readonly met?: boolean;
}

/** The machine the figures come from. */
export function machine() {
  const list = cpus();
  return {
    cpu: `${list[0]?.model.trim() ?? "unknown"} × ${list.length}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    typescript: ts.version,
  };
}

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number, digits = 0) => `${n.toFixed(digits)} ms`;
const times = (n: number) => `${n.toFixed(2)}×`;

function row(figure: string, value: number, measured: string, target?: { at: "max" | "min"; limit: number; text: string }): Row {
  if (target === undefined) return { figure, measured, value, target: "" };
  return { figure, measured, value, target: target.text, met: target.at === "max" ? value <= target.limit : value >= target.limit };
}

/** The table rows, in section order. */
export function rows(r: BenchResults): Row[] {
  const out: Row[] = [];
  const g = r.gen;
  out.push(row("gen wall time (full default data)", g.genMs, ms(g.genMs), { at: "max", limit: 1000, text: "≤ 1,000 ms" }));
  out.push(row("gen peak RSS", g.genRssMb, `${g.genRssMb.toFixed(0)} MB`));
  if (g.floorMs !== undefined) out.push(row("floor: read + parse snapshot, write the same bytes", g.floorMs, ms(g.floorMs)));
  if (g.genOverFloor !== undefined) out.push(row("gen / floor (side by side)", g.genOverFloor, times(g.genOverFloor), { at: "max", limit: 3, text: "≤ 3×" }));
  if (g.allSourcesMs !== undefined) {
    out.push(row("gen, all sources together", g.allSourcesMs, ms(g.allSourcesMs)));
    out.push(row("gen peak RSS, all sources", g.allSourcesRssMb!, `${g.allSourcesRssMb!.toFixed(0)} MB`));
    out.push(row("all sources / snapshot alone (side by side)", g.allOverSnapshot!, times(g.allOverSnapshot!)));
  }
  out.push(row("generated output size", g.bytes, `${(g.bytes / 2 ** 20).toFixed(1)} MiB`));
  const kb = (n: number) => `${int(n / 1024)} KB`;
  out.push(
    row(`root declaration closure (${r.closure.root.files} files)`, r.closure.root.bytes, kb(r.closure.root.bytes), {
      at: "max",
      limit: 1.5 * 2 ** 20,
      text: "≤ 1.5 MB",
    }),
  );
  out.push(
    row(`provider entry declaration closure (${r.closure.providerEntry.files} files)`, r.closure.providerEntry.bytes, kb(r.closure.providerEntry.bytes)),
  );
  for (const t of r.tsc) {
    const main = t.compiler.startsWith("TypeScript 5.");
    const label = `tsc consumer − empty baseline, ${t.compiler}`;
    out.push(
      row(
        `${label}: wall`,
        t.wallDeltaMs,
        `+${t.wallDeltaMs.toFixed(0)} ms`,
        main ? { at: "max", limit: 200, text: "≤ +200 ms" } : { at: "max", limit: 80, text: "≤ +80 ms" },
      ),
    );
    out.push(row(`${label}: wall ratio`, t.wallRatio, times(t.wallRatio)));
    out.push(row(`${label}: types`, t.typesDelta, int(t.typesDelta), main ? { at: "max", limit: 12_000, text: "≤ 12,000" } : undefined));
    out.push(row(`${label}: instantiations`, t.instantiationsDelta, int(t.instantiationsDelta)));
    out.push(
      row(
        `${label}: memory`,
        t.memoryDeltaKb,
        `${(t.memoryDeltaKb / 1024).toFixed(0)} MB`,
        main ? { at: "max", limit: 150 * 1024, text: "≤ 150 MB" } : undefined,
      ),
    );
    out.push(row(`${label}: check time`, t.consumer.checkMs - t.baseline.checkMs, ms(t.consumer.checkMs - t.baseline.checkMs)));
  }
  const e = r.editor;
  out.push(
    row(`completion after edit, model("|") (${int(e.completionModel.count)} entries)`, e.completionModel.ms, ms(e.completionModel.ms, 1), {
      at: "max",
      limit: 30,
      text: "≤ 30 ms",
    }),
  );
  out.push(
    row(
      `completion after edit, ${r.consumer.helper}("|") (${int(e.completionProvider.count)} entries)`,
      e.completionProvider.ms,
      ms(e.completionProvider.ms, 1),
      { at: "max", limit: 15, text: "≤ 15 ms" },
    ),
  );
  if (r.entries !== undefined) {
    const t = r.entries.tsc;
    const label = `tsc, consumer of ${r.entries.providers.length} provider entries only (${r.entries.providers.join(", ")}) − empty baseline, ${t.compiler}`;
    out.push(row(`${label}: wall`, t.wallDeltaMs, `+${t.wallDeltaMs.toFixed(0)} ms`, { at: "max", limit: 150, text: "≤ +150 ms" }));
    out.push(
      row(`${label}: types / instantiations`, t.typesDelta, `${int(t.typesDelta)} / ${int(t.instantiationsDelta)}`, {
        at: "max",
        limit: 10_000,
        text: "≤ 10,000 types",
      }),
    );
    out.push(
      row(
        `completion after edit, ${r.entries.providers[0]}.model("|") from its entry (${int(r.entries.completion.count)} entries)`,
        r.entries.completion.ms,
        ms(r.entries.completion.ms, 1),
        { at: "max", limit: 15, text: "≤ 15 ms" },
      ),
    );
  }
  out.push(
    row(`diagnostics after edit, ${r.consumer.requests50} requests (${e.diagnostics50.count} errors)`, e.diagnostics50.ms, ms(e.diagnostics50.ms, 1), {
      at: "max",
      limit: 80,
      text: "≤ 80 ms",
    }),
  );
  for (const [name, t] of [
    ["records", r.optIns.records],
    ["catalog", r.optIns.catalog],
  ] as const) {
    const label = `opt-in: consumer + the ${name} module − empty baseline, ${t.compiler}`;
    out.push(row(`${label}: wall`, t.wallDeltaMs, `+${t.wallDeltaMs.toFixed(0)} ms`));
    out.push(row(`${label}: types / memory`, t.typesDelta, `${int(t.typesDelta)} / ${(t.memoryDeltaKb / 1024).toFixed(0)} MB`));
  }
  for (const t of r.aiSdk.tsc) {
    const label = `AI SDK registration on − off (${r.aiSdk.calls} generateText calls), ${t.compiler}`;
    // Signed: a delta this small can come out negative in a noisy run.
    out.push(row(`${label}: wall`, t.wallDeltaMs, `${t.wallDeltaMs < 0 ? "−" : "+"}${Math.abs(t.wallDeltaMs).toFixed(0)} ms`));
    out.push(row(`${label}: types / instantiations`, t.typesDelta, `${int(t.typesDelta)} / ${int(t.instantiationsDelta)}`));
    out.push(row(`${label}: memory`, t.memoryDeltaKb, `${(t.memoryDeltaKb / 1024).toFixed(0)} MB`));
  }
  const ai = r.aiSdk;
  out.push(
    row(
      `completion after edit, generateText({ model: "|" }) with the registration (${int(ai.completionOn.count)} entries)`,
      ai.completionOn.ms,
      ms(ai.completionOn.ms, 1),
      {
        at: "max",
        limit: 30,
        text: "≤ 30 ms",
      },
    ),
  );
  out.push(
    row(
      `completion after edit, generateText({ model: "|" }) without it (${int(ai.completionOff.count)} SDK gateway entries)`,
      ai.completionOff.ms,
      ms(ai.completionOff.ms, 1),
    ),
  );
  const f = r.filtered;
  const at = `filtered catalog (${f.providers.join(", ")}: ${int(f.models)} models)`;
  out.push(row(`${at}: root declaration closure`, f.closureBytes, kb(f.closureBytes)));
  out.push(row(`${at}: tsc consumer − empty baseline, wall`, f.tsc.wallDeltaMs, `+${f.tsc.wallDeltaMs.toFixed(0)} ms`));
  out.push(row(`${at}: tsc types / memory`, f.tsc.typesDelta, `${int(f.tsc.typesDelta)} / ${(f.tsc.memoryDeltaKb / 1024).toFixed(0)} MB`));
  out.push(row(`${at}: completion model("|") (${int(f.completion.count)} entries)`, f.completion.ms, ms(f.completion.ms, 1)));
  out.push(row("diagnostics after edit, empty baseline", e.diagnosticsBaseline.ms, ms(e.diagnosticsBaseline.ms, 1)));
  const i = r.imports;
  out.push(row("import package root (cold, fresh process)", i.rootImportMs, ms(i.rootImportMs, 1), { at: "max", limit: 40, text: "≤ 40 ms" }));
  if (i.providerImportMs !== undefined)
    out.push(
      row(`import one provider entry (${i.providerEntry.split("/").pop()})`, i.providerImportMs, ms(i.providerImportMs, 2), {
        at: "max",
        limit: 3,
        text: "≤ 3 ms",
      }),
    );
  else out.push(row(`import one provider entry: ${i.providerEntry} missing`, NaN, "—", { at: "max", limit: 3, text: "≤ 3 ms" }));
  out.push(row("heap after importing the root", i.rootHeapMb, `${i.rootHeapMb.toFixed(1)} MB`));
  if (i.providerHeapMb !== undefined) out.push(row("heap after importing the provider entry", i.providerHeapMb, `${i.providerHeapMb.toFixed(1)} MB`));
  out.push(row("first getModel of a provider (parses its rows)", i.firstLookupMs!, ms(i.firstLookupMs!, 2)));
  out.push(
    row("getModel lookups/s (exact spec, warm)", i.getModelPerSecond!, `${(i.getModelPerSecond! / 1e6).toFixed(1)} M/s`, {
      at: "min",
      limit: 50e6,
      text: "≥ 50 M/s",
    }),
  );
  out.push(
    row("estimateCost calls/s (warm)", i.estimateCostPerSecond!, `${(i.estimateCostPerSecond! / 1e6).toFixed(1)} M/s`, {
      at: "min",
      limit: 10e6,
      text: "≥ 10 M/s",
    }),
  );
  out.push(row("select over the whole catalog, no match", i.selectFullScanMs!, ms(i.selectFullScanMs!, 2)));
  const underOneMs = { at: "max", limit: 1, text: "≤ 1 ms" } as const;
  out.push(row("select over the whole catalog, tools + vision, newest first", i.selectNewestMs!, ms(i.selectNewestMs!, 3), underOneMs));
  out.push(row("select over the whole catalog, tools, cheapest for a usage shape", i.selectCheapestMs!, ms(i.selectCheapestMs!, 3), underOneMs));
  out.push(row("getModel misses/s (unknown provider)", i.missesPerSecond!, `${(i.missesPerSecond! / 1e6).toFixed(1)} M/s`));
  out.push(row("models(): parse every provider on first use", i.materializeAllMs!, ms(i.materializeAllMs!, 1)));
  const c = r.created;
  out.push(row(`createCatalog over the snapshot (${int(c.createdModels)} models, checked and completed)`, c.createMs, ms(c.createMs)));
  out.push(row("createCatalog: heap the catalog keeps", c.createHeapMb, `${c.createHeapMb.toFixed(1)} MB`));
  out.push(row("extend(package root, overlay of 3 providers)", c.extendMs, ms(c.extendMs, 2)));
  const ratio = (derived: number, base: number, unit: string) =>
    `${times(derived / base)} (${derived.toFixed(unit === "ms" ? 3 : 1)} vs ${base.toFixed(unit === "ms" ? 3 : 1)} ${unit})`;
  const perMillion = (n: number) => n / 1e6;
  out.push(
    row(
      "derived / base: getModel lookups/s (side by side)",
      c.derivedGetModelPerSecond / c.baseGetModelPerSecond,
      ratio(perMillion(c.derivedGetModelPerSecond), perMillion(c.baseGetModelPerSecond), "M/s"),
      { at: "min", limit: 0.8, text: "≥ 0.8×" },
    ),
  );
  out.push(
    row(
      "derived / base: estimateCost calls/s (side by side)",
      c.derivedEstimateCostPerSecond / c.baseEstimateCostPerSecond,
      ratio(perMillion(c.derivedEstimateCostPerSecond), perMillion(c.baseEstimateCostPerSecond), "M/s"),
    ),
  );
  out.push(row("derived / base: select time (side by side)", c.derivedSelectMs / c.baseSelectMs, ratio(c.derivedSelectMs, c.baseSelectMs, "ms")));
  const one = r.scale.find((s) => s.multiple === 1);
  for (const s of r.scale) {
    const at = `scale ${s.multiple}× (${int(s.models)} models)`;
    out.push(row(`${at}: gen wall`, s.genMs, ms(s.genMs)));
    out.push(row(`${at}: tsc types / instantiations`, s.tsc.typesDelta, `${int(s.tsc.typesDelta)} / ${int(s.tsc.instantiationsDelta)}`));
    out.push(
      row(
        `${at}: tsc check time / wall delta`,
        s.tsc.consumer.checkMs - s.tsc.baseline.checkMs,
        `${ms(s.tsc.consumer.checkMs - s.tsc.baseline.checkMs)} / +${s.tsc.wallDeltaMs.toFixed(0)} ms`,
      ),
    );
    out.push(row(`${at}: completion model("|")`, s.completion.ms, ms(s.completion.ms, 1)));
    out.push(row(`${at}: import root`, s.rootImportMs, ms(s.rootImportMs, 1)));
    if (one === undefined || s === one) continue;
    // Growth against 1×: linear is the multiple itself.
    const linear = { at: "max" as const, limit: s.multiple, text: `≤ ${s.multiple}× (linear)` };
    const growth = (name: string, a: number, b: number, target = true) =>
      out.push(row(`growth ${s.multiple}×/1×: ${name}`, a / b, times(a / b), target ? linear : undefined));
    growth("gen wall", s.genMs, one.genMs);
    growth("tsc types", s.tsc.typesDelta, one.tsc.typesDelta);
    growth("tsc instantiations", s.tsc.instantiationsDelta, one.tsc.instantiationsDelta);
    growth("tsc wall delta", s.tsc.wallDeltaMs, one.tsc.wallDeltaMs);
    growth('completion model("|")', s.completion.ms, one.completion.ms, false);
    growth("import root", s.rootImportMs, one.rootImportMs, false);
  }
  return out;
}

const mark = (r: Row) => (r.met === undefined ? "" : r.met ? "✓" : "✗");

/** The table as printed on the terminal. */
export function table(list: readonly Row[]): string {
  const w = [
    Math.max(6, ...list.map((r) => r.figure.length)),
    Math.max(8, ...list.map((r) => r.measured.length)),
    Math.max(6, ...list.map((r) => r.target.length)),
  ];
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0]!)}  ${b.padStart(w[1]!)}  ${c.padEnd(w[2]!)}  ${d}`.trimEnd();
  return [line("figure", "measured", "target", "met"), ...list.map((r) => line(r.figure, r.measured, r.target, mark(r)))].join("\n");
}

/** The marker after which RESULTS.md keeps hand-written notes across regenerations. */
export const NOTES_MARKER = "<!-- notes: everything below this line is kept when the bench rewrites this file -->";

/** test/bench/RESULTS.md: machine, date, method, the table; `notes` (kept from the previous file) last. */
export function resultsMarkdown(r: BenchResults, list: readonly Row[], env: Record<string, string>, notes: string): string {
  const m = machine();
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const unmet = list.filter((x) => x.met === false).map((x) => x.figure);
  return [
    "# Bench results: generating, type-checking, editing and loading the catalog",
    "",
    "What the default catalog, and scaled copies of it, cost: `gen` against a read-and-write floor, `tsc` for a",
    "consumer against an empty baseline, the editor through the TypeScript language service, importing the",
    "package and looking models up. Each figure is compared with the package's performance target where it has one.",
    "",
    "Written by `BENCH_WRITE_RESULTS=1 npm run bench`; regenerate after any change to the emitter or the runtime.",
    "",
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${m.cpu}, ${m.memoryGb} GB memory, ${m.os}`,
    `- Node ${m.node}, TypeScript ${m.typescript}${r.tsc[1] === undefined ? "" : `, ${r.tsc[1].compiler}`}${r.ts7Skipped === undefined ? "" : ` (TypeScript 7: ${r.ts7Skipped})`}`,
    `- Settings: ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")}; bench wall time ${(r.wallMs / 60_000).toFixed(1)} min`,
    `- Consumer: ${r.consumer.specs} \`model(...)\` specs, ${r.consumer.selects} \`select\`, ${r.consumer.requests} \`buildRequest\`; diagnostics file: ${r.consumer.requests50} requests`,
    "",
    "Method: medians after a warm-up; pairs (gen and floor, consumer and baseline, root and provider",
    "entry) alternate in one run and ratios are medians of per-run ratios. Gen and floor are whole",
    "processes (node + tsx start-up included in both), and so are tsc runs. tsc and the language service",
    "read the package as published: `.d.ts` with skipLibCheck, compiled per file",
    `(files whose declarations are not isolated: ${r.declarationsNotIsolated.length === 0 ? "none" : r.declarationsNotIsolated.join(", ")}).`,
    "Language-service figures push a one-character edit before each request, so each answer is computed afresh:",
    "without an edit the service would answer from its cache, and the figure would measure nothing.",
    "Scale catalogs clone every provider k times (`<id>-x2`…); the consumer is the same file at every size;",
    "the 1× rows are the figures above (3× and 10× use BENCH_SCALE_RUNS runs).",
    "",
    "| figure | measured | target | met |",
    "| --- | ---: | --- | :---: |",
    ...list.map((x) => `| ${cell(x.figure)} | ${cell(x.measured)} | ${x.target} | ${mark(x)} |`),
    "",
    unmet.length === 0 ? "Every target is met." : `Targets not met: ${unmet.length} (${unmet.join("; ")}).`,
    "",
    NOTES_MARKER,
    notes,
  ].join("\n");
}
