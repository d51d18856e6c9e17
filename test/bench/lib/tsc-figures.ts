// Section 3: `tsc --noEmit --extendedDiagnostics` on the consumer against the empty baseline, run
// alternately. Types, instantiations and memory are exact; wall and check time are medians.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { alternate, median, ROOT, timedExec } from "./measure.js";

/** `--extendedDiagnostics` counters of one run. */
export interface TscCounters {
  readonly types: number;
  readonly instantiations: number;
  readonly memoryKb: number;
  readonly checkMs: number;
  readonly totalMs: number;
}

/** Consumer and baseline medians and the consumer's cost over the baseline. */
export interface TscFigures {
  readonly compiler: string;
  readonly baseline: TscCounters & { readonly wallMs: number };
  readonly consumer: TscCounters & { readonly wallMs: number };
  /** Median of the per-round wall differences (consumer − baseline) and ratios. */
  readonly wallDeltaMs: number;
  readonly wallRatio: number;
  readonly typesDelta: number;
  readonly instantiationsDelta: number;
  readonly memoryDeltaKb: number;
}

/** How to start a compiler: TypeScript 5.9 from node_modules, or a native tsc binary. */
export interface Compiler {
  readonly name: string;
  readonly run: (args: readonly string[]) => { ms: number; stdout: string };
}

/** The project's TypeScript (5.9), run by this node. */
export const TS59: Compiler = {
  name: "TypeScript 5.9",
  run: (args) => timedExec(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), ...args]),
};

/**
 * TypeScript 7 (native), installed outside the project into `.bench/ts7` on first use; undefined
 * with the reason when it cannot be installed (offline, unsupported platform).
 */
export function nativeCompiler(version = "7.0.2"): Compiler | { readonly skipped: string } {
  const prefix = join(ROOT, ".bench", "ts7");
  const bin = join(prefix, "node_modules", ".bin", "tsc");
  try {
    const installed = existsSync(bin) ? execFileSync(bin, ["--version"], { encoding: "utf8" }) : "";
    if (!installed.includes(version)) {
      execFileSync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--no-save", `typescript@${version}`], {
        cwd: ROOT,
        stdio: "pipe",
        timeout: 180_000,
      });
    }
    const v = execFileSync(bin, ["--version"], { encoding: "utf8" }).trim();
    return { name: `TypeScript ${v.replace(/^Version /, "")} (native)`, run: (args) => timedExec(bin, args) };
  } catch (e) {
    return { skipped: `typescript@${version} not installable here: ${(e as Error).message.split("\n")[0]}` };
  }
}

function counters(stdout: string): TscCounters {
  const value = (label: string) => {
    const line = stdout.split("\n").find((l) => l.startsWith(`${label}:`));
    return Number(/:\s+([\d.]+)/.exec(line ?? "")?.[1] ?? NaN);
  };
  return {
    types: value("Types"),
    instantiations: value("Instantiations"),
    memoryKb: value("Memory used"),
    checkMs: value("Check time") * 1000,
    totalMs: value("Total time") * 1000,
  };
}

/** Runs the compiler on both projects `runs` times, alternating, after a warm-up round; a type error throws. */
export function tscFigures(compiler: Compiler, baselineConfig: string, consumerConfig: string, runs: number, warmUp = true): TscFigures {
  const seen: Record<"baseline" | "consumer", TscCounters[]> = { baseline: [], consumer: [] };
  const once = (key: "baseline" | "consumer", config: string) => () => {
    const r = compiler.run(["-p", config, "--extendedDiagnostics"]);
    seen[key].push(counters(r.stdout));
    return r.ms;
  };
  const wall = alternate(runs, { baseline: once("baseline", baselineConfig), consumer: once("consumer", consumerConfig) }, warmUp);
  const pick = (key: "baseline" | "consumer", wallMs: number) => {
    const list = seen[key].slice(-runs);
    const m = (k: keyof TscCounters) => median(list.map((c) => c[k]));
    return { types: m("types"), instantiations: m("instantiations"), memoryKb: m("memoryKb"), checkMs: m("checkMs"), totalMs: m("totalMs"), wallMs };
  };
  const baseline = pick("baseline", median(wall.baseline));
  const consumer = pick("consumer", median(wall.consumer));
  return {
    compiler: compiler.name,
    baseline,
    consumer,
    wallDeltaMs: median(wall.consumer.map((c, i) => c - wall.baseline[i]!)),
    wallRatio: median(wall.consumer.map((c, i) => c / wall.baseline[i]!)),
    typesDelta: consumer.types - baseline.types,
    instantiationsDelta: consumer.instantiations - baseline.instantiations,
    memoryDeltaKb: consumer.memoryKb - baseline.memoryKb,
  };
}
