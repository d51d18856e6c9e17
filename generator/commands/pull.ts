import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { formatDiagnostic } from "../diagnostics.js";
import { groupDigits } from "../emit/model-summary.js";
import { readModelsDevJson } from "../sources/models-dev-json.js";
import { validateRecords } from "../validate/validate-records.js";
import { writeFileAtomic } from "../write-output.js";
import { resolveDataFolder, type DataFolder } from "./resolve-data-folder.js";
import { FetchFailure, fetchWithRetries, type RetryOptions } from "./fetch-bounded.js";
import { UsageError } from "./usage-error.js";

/** Where `pull` downloads from unless the config or `--url` says otherwise. */
export const DEFAULT_PULL_URL = "https://models.dev/api.json";

/** What `data/<folder>/manifest.json` records about the stored snapshot. */
export interface SnapshotManifest {
  readonly source_url: string;
  readonly etag: string | null;
  readonly last_modified: string | null;
  /** Lowercase hex sha256 of the stored bytes. */
  readonly sha256: string;
  readonly size_bytes: number;
  /** ISO-8601 UTC without fractions, `2026-06-13T07:27:49Z`. */
  readonly downloaded_at: string;
}

/** Everything a pull needs; the CLI fills it from flags and config. */
export interface PullOptions extends Omit<RetryOptions, "method" | "headers" | "body"> {
  /** Absolute project root. */
  readonly root: string;
  readonly url: string;
  /** Folder under `data/` to store into; by default derived from the URL (`defaultPullFolder`). */
  readonly into?: string;
  /** The clock, for `downloaded_at`. */
  readonly now: () => Date;
}

/** How a pull ended. On failure nothing on disk changed. */
export type PullResult =
  | { readonly ok: true; readonly changed: true; readonly folder: string; readonly manifest: SnapshotManifest }
  | { readonly ok: true; readonly changed: false; readonly folder: string; readonly reason: string }
  | { readonly ok: false; readonly folder: string; readonly reason: string };

/** The lowercase hex sha256 of some bytes. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** `data/models-dev` for models.dev's own URL, else `data/remote-<h8>` so two URLs never share files. */
export function defaultPullFolder(url: string): string {
  // The folder name hashes the URL as given; credentials never appear in it, only in the hash input.
  return url === DEFAULT_PULL_URL ? "data/models-dev" : `data/remote-${sha256Of(Buffer.from(url)).slice(0, 8)}`;
}

/** `url` if it is an absolute http(s) URL; a `UsageError` otherwise. */
export function checkedUrl(url: string, flag = "--url"): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${flag} expects an absolute http or https URL, got "${url}"`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new UsageError(`${flag} expects an http or https URL, got "${url}"`);
  return url;
}

/** `url` without a user name or password, as manifests and messages show it. */
export function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  if (parsed.username === "" && parsed.password === "") return url;
  parsed.username = "";
  parsed.password = "";
  return parsed.href;
}

/** The stored manifest if it is readable and well-formed; a broken one just means "download in full". */
async function readManifest(path: string): Promise<SnapshotManifest | undefined> {
  try {
    const value = JSON.parse(await readFile(path, "utf8")) as Partial<SnapshotManifest>;
    return typeof value.sha256 === "string" ? (value as SnapshotManifest) : undefined;
  } catch {
    return undefined;
  }
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** The manifest file's text: a fixed key order, two-space indent, final newline. */
export function formatManifest(manifest: SnapshotManifest): string {
  const { source_url, etag, last_modified, sha256, size_bytes, downloaded_at } = manifest;
  return `${JSON.stringify({ source_url, etag, last_modified, sha256, size_bytes, downloaded_at }, null, 2)}\n`;
}

/**
 * Why a downloaded body is not a usable snapshot, or `undefined` when it is. The same reader and
 * schema `gen` uses decide, on the exact bytes that would be stored.
 */
function snapshotProblem(body: Uint8Array, path: string): string | undefined {
  if (body.length === 0) return "empty body";
  let text: string;
  try {
    // ignoreBOM keeps a BOM in the text, so JSON.parse rejects it here as it would in `gen`.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return "the body is not UTF-8 text";
  }
  const read = readModelsDevJson({ path, format: "models-dev-json", rank: 0, text });
  const errors = [...read.diagnostics, ...validateRecords(read.records).diagnostics].filter((d) => d.severity === "error");
  if (errors.length === 0) return undefined;
  const first = formatDiagnostic(errors[0]!);
  return errors.length === 1 ? `invalid snapshot: ${first}` : `invalid snapshot (${groupDigits(errors.length)} errors), first: ${first}`;
}

/**
 * Downloads a models.dev-shaped snapshot into a folder under `data/`: a conditional
 * GET when the stored file still matches its manifest; the body validated before anything is
 * replaced; data then manifest, each renamed into place. Any failure leaves both files as they were.
 */
export async function pullSnapshot(options: PullOptions): Promise<PullResult> {
  const url = checkedUrl(options.url);
  const shown = withoutCredentials(url);
  const folder: DataFolder = resolveDataFolder(options.root, options.into ?? defaultPullFolder(url));
  const dataPath = join(folder.absolute, "api.json");
  const manifestPath = join(folder.absolute, "manifest.json");
  const current = await readIfExists(dataPath);
  const manifest = await readManifest(manifestPath);
  const conditional: Record<string, string> = {};
  if (current !== undefined && manifest !== undefined && manifest.source_url === shown && sha256Of(current) === manifest.sha256) {
    if (manifest.etag) conditional["if-none-match"] = manifest.etag;
    if (manifest.last_modified) conditional["if-modified-since"] = manifest.last_modified;
  }
  const failed = (reason: string): PullResult => ({ ok: false, folder: folder.relative, reason });

  let response: Awaited<ReturnType<typeof fetchWithRetries>>;
  try {
    response = await fetchWithRetries(url, { ...options, headers: { accept: "application/json", ...conditional } });
  } catch (error) {
    if (error instanceof FetchFailure) return failed(error.message);
    throw error;
  }
  if (response.status === 304) {
    return Object.keys(conditional).length > 0
      ? { ok: true, changed: false, folder: folder.relative, reason: "not modified (HTTP 304)" }
      : failed("HTTP 304 to a request that was not conditional");
  }
  if (response.status !== 200) return failed(`HTTP ${response.status} from ${shown}`);
  if (current?.equals(response.body)) {
    return { ok: true, changed: false, folder: folder.relative, reason: "not modified (same content)" };
  }
  const problem = snapshotProblem(response.body, `${folder.relative}/api.json`);
  if (problem !== undefined) return failed(problem);

  const next: SnapshotManifest = {
    source_url: shown,
    etag: response.headers.etag ?? null,
    last_modified: response.headers["last-modified"] ?? null,
    sha256: sha256Of(response.body),
    size_bytes: response.body.length,
    downloaded_at: options
      .now()
      .toISOString()
      .replace(/\.\d+Z$/, "Z"),
  };
  try {
    await writeFileAtomic(dataPath, response.body);
    await writeFileAtomic(manifestPath, formatManifest(next));
  } catch (error) {
    return failed(`cannot write ${folder.relative}/: ${(error as Error).message.split("\n")[0]}`);
  }
  return { ok: true, changed: true, folder: folder.relative, manifest: next };
}
