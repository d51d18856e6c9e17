// The models.dev TOML tree (5,654 small files) is kept as one gzipped tar, test/corpus/models-dev/tree.tar.gz:
// in a clone, about a third of the git pack the loose files would take and 0.34 MB on disk instead of
// 27 MB. This unpacks it with node's own zlib, so neither a `tar` program (whose flags and path
// handling differ between GNU, BSD and Windows) nor a dependency is needed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

/** The archive, relative to the project root. */
export const MODELS_DEV_TREE_ARCHIVE = "test/corpus/models-dev/tree.tar.gz";

/** What the archive holds: `providers/<id>/provider.toml`, `providers/<id>/models/**.toml`, `models/<lab>/<model>.toml`. */
export const MODELS_DEV_TREE_FILES = 5654;

export interface TarEntry {
  readonly path: string;
  readonly data: Uint8Array;
}

const BLOCK = 512;

function field(header: Uint8Array, at: number, length: number): string {
  const bytes = header.subarray(at, at + length);
  const end = bytes.indexOf(0);
  return Buffer.from(end < 0 ? bytes : bytes.subarray(0, end)).toString("utf8");
}

function octal(header: Uint8Array, at: number, length: number, what: string, offset: number): number {
  const text = field(header, at, length).trim();
  if (!/^[0-7]+$/.test(text)) throw new Error(`tar: bad ${what} "${text}" in the header at byte ${offset}`);
  return parseInt(text, 8);
}

/**
 * The regular files of a ustar archive (`tar --format=ustar`), in archive order. Directory entries are
 * skipped; any other kind of entry (links, pax or GNU long-name headers), a bad checksum, or a path that
 * is absolute or climbs with `..` is an error, since the archive this reads is made without them.
 */
export function readTar(tar: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  for (let at = 0; at + BLOCK <= tar.length; ) {
    const header = tar.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
    if (octal(header, 148, 8, "checksum", at) !== sum) throw new Error(`tar: checksum mismatch in the header at byte ${at}`);
    const prefix = field(header, 345, 155);
    const path = prefix === "" ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`;
    const size = octal(header, 124, 12, "size", at);
    const type = String.fromCharCode(header[156]!);
    if (path.startsWith("/") || path.split("/").includes("..")) throw new Error(`tar: unsafe path "${path}"`);
    const start = at + BLOCK;
    if (start + size > tar.length) throw new Error(`tar: "${path}" is cut short`);
    if (type === "0" || type === "\0") entries.push({ path, data: tar.subarray(start, start + size) });
    else if (type !== "5") throw new Error(`tar: "${path}" is of type "${type}"; only files and folders are expected`);
    at = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

/** Writes the tree into `folder` (which then holds `providers/` and `models/`); returns how many files. */
export function unpackModelsDevTree(root: string, folder: string): number {
  const entries = readTar(gunzipSync(readFileSync(join(root, MODELS_DEV_TREE_ARCHIVE))));
  const made = new Set<string>();
  for (const { path, data } of entries) {
    const file = join(folder, path);
    const parent = dirname(file);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true });
    made.add(parent);
    writeFileSync(file, data);
  }
  if (entries.length !== MODELS_DEV_TREE_FILES) {
    throw new Error(`${MODELS_DEV_TREE_ARCHIVE} holds ${entries.length} files, not ${MODELS_DEV_TREE_FILES}`);
  }
  return entries.length;
}
