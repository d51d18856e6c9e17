// Small measuring tools shared by the bench sections: medians, timed child processes, folder sizes.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The package root: every path the bench hands to a child process is relative to it or absolute. */
export const ROOT = join(import.meta.dirname, "..", "..", "..");

/** The median (upper middle for an even count); NaN for no values, so a missing figure shows. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

/** Runs `node args` from the package root; returns the wall time and the JSON the child printed. */
export function timedNode(args: readonly string[]): { ms: number; out: Record<string, number> } {
  const start = performance.now();
  const stdout = execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  return { ms: performance.now() - start, out: JSON.parse(stdout) as Record<string, number> };
}

/** Runs `file args` and returns its wall time and stdout; a non-zero exit throws with its output. */
export function timedExec(file: string, args: readonly string[]): { ms: number; stdout: string } {
  const start = performance.now();
  try {
    const stdout = execFileSync(file, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
    return { ms: performance.now() - start, stdout };
  } catch (e) {
    // tsc prints its errors on stdout: show them rather than only "Command failed".
    const out = (e as { stdout?: string }).stdout ?? "";
    throw new Error(`${file} ${args.join(" ")} failed:\n${out.slice(0, 4000)}`, { cause: e });
  }
}

/** Total bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

/**
 * Runs `tasks` round-robin `runs` times after one warm-up round (unless `warmUp` is false: the unit
 * test), so each sees the same machine state as the others (the machine is noisy); returns each
 * task's values in run order, warm-up excluded.
 */
export function alternate<K extends string>(runs: number, tasks: Record<K, () => number>, warmUp = true): Record<K, number[]> {
  const names = Object.keys(tasks) as K[];
  if (warmUp) for (const name of names) tasks[name]();
  const values = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) for (const name of names) values[name].push(tasks[name]());
  return values;
}
