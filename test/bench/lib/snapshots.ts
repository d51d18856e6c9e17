// models.dev snapshots for the bench: a slice of a few providers (the unit test's tiny catalog) and
// synthetic k× catalogs made from the real one by renaming (the scale section).
import { readFileSync, writeFileSync } from "node:fs";

type Snapshot = Record<string, { id: string; name?: string; [key: string]: unknown }>;

function read(file: string): Snapshot {
  return JSON.parse(readFileSync(file, "utf8")) as Snapshot;
}

/**
 * Writes a snapshot holding every provider of `source` k times: the originals, then clones with ids
 * `<id>-x2` … `<id>-x<k>` (same models). The real provider ids stay, so one consumer file type-checks
 * against every size and the figures differ only by catalog size. Returns the model count.
 */
export function writeScaledSnapshot(source: string, k: number, file: string): number {
  const real = read(source);
  const out: Snapshot = {};
  let models = 0;
  for (let copy = 1; copy <= k; copy++) {
    for (const [key, provider] of Object.entries(real)) {
      const suffix = copy === 1 ? "" : `-x${copy}`;
      out[`${key}${suffix}`] = {
        ...provider,
        id: `${provider.id}${suffix}`,
        ...(copy === 1 ? {} : { name: `${provider.name ?? provider.id} (copy ${copy})` }),
      };
      models += Object.keys((provider.models ?? {}) as object).length;
    }
  }
  writeFileSync(file, JSON.stringify(out));
  return models;
}

/** Writes a snapshot of only `providers` (in that order) from `source`: a small valid catalog. */
export function writeSlicedSnapshot(source: string, providers: readonly string[], file: string): void {
  const real = read(source);
  const out: Snapshot = {};
  for (const id of providers) {
    if (real[id] === undefined) throw new Error(`no provider ${id} in ${source}`);
    out[id] = real[id];
  }
  writeFileSync(file, JSON.stringify(out));
}
