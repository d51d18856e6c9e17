import { join } from "node:path";
import { formatDiagnostic } from "../diagnostics.js";
import { readOverlay } from "../sources/overlay.js";
import { yamlParser } from "../sources/parsers.js";
import { modelIdProblem, providerIdProblem } from "../../runtime/create/record-ids.js";
import { validateRecords } from "../validate/validate-records.js";
import { writeFileAtomic } from "../write-output.js";
import { resolveDataFolder } from "./resolve-data-folder.js";
import { FetchFailure, fetchWithRetries, type RetryOptions } from "./fetch-bounded.js";
import { checkedUrl, sha256Of } from "./pull.js";
import { UsageError } from "./usage-error.js";
import { byCodeUnit } from "../../runtime/order.js";

/** The two kinds of server `discover` can list. */
export type DiscoverKind = "ollama" | "openai";

/** A model as a server describes it, in the overlay's vocabulary. */
export interface DiscoveredModel {
  readonly id: string;
  readonly family?: string;
  readonly context?: number;
  /** Capability names the shared vocabulary knows (`tools`, `reasoning`, `vision`, `local_inference`). */
  readonly capabilities: readonly string[];
  readonly mode?: "chat" | "embedding";
  /** What the server said that the canonical shape has no field for. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** Everything a discovery needs; the CLI fills it from flags. */
export interface DiscoverOptions extends Omit<RetryOptions, "method" | "headers" | "body"> {
  readonly root: string;
  readonly kind: DiscoverKind;
  /** The server's base URL: Ollama's root, or the OpenAI-compatible API root that has `/models`. */
  readonly url: string;
  /** Provider id the models are listed under. @default "ollama" or "openai-compatible" */
  readonly provider?: string;
  /** Folder under `data/`. @default "data/discovered" */
  readonly into?: string;
  /** The API key's value, sent as a bearer token and never written anywhere. */
  readonly apiKey?: string;
  /** The name of the variable the key came from, recorded so the provider lists it in `env`. */
  readonly apiKeyEnv?: string;
  readonly now: () => Date;
}

/** How a discovery ended; on failure nothing on disk changed. */
export type DiscoverResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly manifest: string;
      readonly provider: string;
      readonly models: number;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly folder: string; readonly reason: string };

/** More models than this is no server worth listing, and would mean as many `/api/show` calls. */
const MAX_MODELS = 5000;

/** Ollama capability names in the shared vocabulary; `completion` and `embedding` set the mode instead. */
const OLLAMA_CAPABILITIES: Readonly<Record<string, string>> = { tools: "tools", thinking: "reasoning", vision: "vision" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** `url` without user name, password, query or fragment: safe to write into a file. */
function redactedUrl(url: string): string {
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  parsed.search = "";
  parsed.hash = "";
  return parsed.href.replace(/\/+$/, "");
}

class DiscoverFailure extends Error {}

function parseJson(body: Buffer, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    throw new DiscoverFailure(`${what} is not valid JSON`);
  }
}

async function getJson(url: string, what: string, options: RetryOptions): Promise<unknown> {
  const response = await fetchWithRetries(url, options);
  if (response.status !== 200) throw new DiscoverFailure(`HTTP ${response.status} from ${redactedUrl(url)}`);
  return parseJson(response.body, what);
}

/** The context length an Ollama `/api/show` reports: `<architecture>.context_length` in `model_info`. */
export function ollamaContextOf(modelInfo: unknown): number | undefined {
  if (!isRecord(modelInfo)) return undefined;
  const architecture = modelInfo["general.architecture"];
  if (typeof architecture === "string") {
    const stated = positiveInteger(modelInfo[`${architecture}.context_length`]);
    if (stated !== undefined) return stated;
  }
  const key = Object.keys(modelInfo).find((k) => k.endsWith(".context_length"));
  return key === undefined ? undefined : positiveInteger(modelInfo[key]);
}

/** One Ollama model from its `/api/tags` entry and, when it answered, its `/api/show` response. */
function ollamaModelOf(tag: Record<string, unknown>, show: unknown): Omit<DiscoveredModel, "id"> {
  const details = isRecord(tag.details) ? tag.details : {};
  const reported = isRecord(show) && Array.isArray(show.capabilities) ? show.capabilities.filter((c): c is string => typeof c === "string") : [];
  const capabilities = ["local_inference", ...reported.flatMap((c) => (OLLAMA_CAPABILITIES[c] === undefined ? [] : [OLLAMA_CAPABILITIES[c]!]))];
  const extra: Record<string, unknown> = {};
  for (const key of ["parameter_size", "quantization_level", "format"]) if (typeof details[key] === "string") extra[key] = details[key];
  if (reported.length > 0) extra.ollama_capabilities = reported;
  const context = isRecord(show) ? ollamaContextOf(show.model_info) : undefined;
  const mode = reported.includes("embedding") && !reported.includes("completion") ? "embedding" : reported.includes("completion") ? "chat" : undefined;
  return {
    ...(typeof details.family === "string" && details.family !== "" ? { family: details.family } : {}),
    ...(context === undefined ? {} : { context }),
    capabilities,
    ...(mode === undefined ? {} : { mode }),
    ...(Object.keys(extra).length === 0 ? {} : { extra }),
  };
}

/** Model ids a list response names, with problems for ids no catalog can hold; at most `MAX_MODELS`. */
function checkedIds<T>(entries: readonly T[], idOf: (entry: T) => unknown, warnings: string[]): [string, T][] {
  if (entries.length > MAX_MODELS) throw new DiscoverFailure(`the server lists ${entries.length} models; at most ${MAX_MODELS} are read`);
  const seen = new Set<string>();
  const result: [string, T][] = [];
  for (const entry of entries) {
    const id = idOf(entry);
    const problem = typeof id === "string" ? modelIdProblem(id) : "A model without a string id";
    if (problem !== undefined) warnings.push(`${problem}; skipped`);
    else if (!seen.has(id as string)) {
      seen.add(id as string);
      result.push([id as string, entry]);
    }
  }
  return result;
}

/** The models of a running Ollama: `GET /api/tags`, then `POST /api/show` per model for context and capabilities. */
async function listOllamaModels(base: string, options: RetryOptions, warnings: string[]): Promise<DiscoveredModel[]> {
  const tags = await getJson(`${base}/api/tags`, "/api/tags", options);
  if (!isRecord(tags) || !Array.isArray(tags.models)) throw new DiscoverFailure('/api/tags did not return { "models": [...] }');
  const entries = checkedIds(tags.models.filter(isRecord), (m) => m.name ?? m.model, warnings);
  const models: DiscoveredModel[] = [];
  for (const [id, tag] of entries) {
    let show: unknown;
    try {
      show = await getJson(`${base}/api/show`, `/api/show for ${id}`, { ...options, method: "POST", body: JSON.stringify({ model: id }) });
    } catch (error) {
      // One model's details missing is no reason to lose the others: it is listed without them.
      if (!(error instanceof DiscoverFailure || error instanceof FetchFailure)) throw error;
      warnings.push(`${id}: no details (${error.message})`);
    }
    models.push({ id, ...ollamaModelOf(tag, show) });
  }
  return models;
}

/** The models of an OpenAI-compatible API: `GET {base}/models`, with a context length where the server adds one. */
async function listOpenAiModels(base: string, options: RetryOptions, warnings: string[]): Promise<DiscoveredModel[]> {
  const list = await getJson(`${base}/models`, "/models", options);
  if (!isRecord(list) || !Array.isArray(list.data)) throw new DiscoverFailure('/models did not return { "data": [...] }');
  return checkedIds(list.data.filter(isRecord), (m) => m.id, warnings).map(([id, entry]) => {
    // vLLM says max_model_len, OpenRouter and others context_length; plain OpenAI says neither.
    const context = positiveInteger(entry.context_length) ?? positiveInteger(entry.max_model_len);
    const extra = typeof entry.owned_by === "string" ? { owned_by: entry.owned_by } : undefined;
    return { id, ...(context === undefined ? {} : { context }), capabilities: [], ...(extra === undefined ? {} : { extra }) };
  });
}

/** The provider record an overlay needs to create the provider. */
export interface DiscoveredProvider {
  readonly id: string;
  readonly name: string;
  /** The OpenAI-compatible endpoint clients call. */
  readonly api: string;
  readonly env: readonly string[];
}

/**
 * The overlay document (api.json-shaped) for discovered models, sorted by id so
 * the same server state always gives the same bytes. Unknown limits and prices stay absent.
 */
function overlayOfDiscovered(provider: DiscoveredProvider, models: readonly DiscoveredModel[]): Record<string, unknown> {
  const entries = [...models]
    .sort((a, b) => byCodeUnit(a.id, b.id))
    .map((m) => {
      const fields: Record<string, unknown> = { name: m.id };
      if (m.family !== undefined) fields.family = m.family;
      if (m.mode !== undefined) fields.mode = m.mode;
      if (m.context !== undefined) fields.limit = { context: m.context };
      if (m.capabilities.length > 0) fields.capabilities = [...m.capabilities];
      if (m.extra !== undefined) fields.extra = m.extra;
      return [m.id, fields] as const;
    });
  return {
    [provider.id]: {
      name: provider.name,
      env: [...provider.env],
      npm: "@ai-sdk/openai-compatible",
      api: provider.api,
      models: Object.fromEntries(entries),
    },
  };
}

/**
 * Lists a running server's models into `data/discovered/<provider>.yaml`, an overlay `gen` merges
 * like any other source, plus `<provider>.manifest` (JSON; not named `.json`, so a folder source
 * over `data/discovered/` never reads it as an overlay). The overlay is checked with the overlay
 * reader and schema before anything is written; on any failure both files stay as they were.
 */
export async function discoverModels(options: DiscoverOptions): Promise<DiscoverResult> {
  const base = checkedUrl(options.url, options.kind === "ollama" ? "--ollama" : "--openai").replace(/\/+$/, "");
  const providerId = options.provider ?? (options.kind === "ollama" ? "ollama" : "openai-compatible");
  const idProblem = providerIdProblem(providerId) ?? (/^\.+$/.test(providerId) ? `Provider id "${providerId}" is not a file name` : undefined);
  if (idProblem !== undefined) throw new UsageError(`--provider: ${idProblem}`);
  const folder = resolveDataFolder(options.root, options.into ?? "data/discovered");
  const failed = (reason: string): DiscoverResult => ({ ok: false, folder: folder.relative, reason });
  const request: RetryOptions = {
    ...options,
    headers: { accept: "application/json", ...(options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` }) },
    // A key is never carried to wherever a redirect points.
    ...(options.apiKey === undefined ? {} : { maxRedirects: 0 }),
  };
  const warnings: string[] = [];
  let models: DiscoveredModel[];
  try {
    models = options.kind === "ollama" ? await listOllamaModels(base, request, warnings) : await listOpenAiModels(base, request, warnings);
  } catch (error) {
    if (error instanceof DiscoverFailure || error instanceof FetchFailure) return failed(error.message);
    throw error;
  }
  if (models.length === 0) return failed(`${redactedUrl(base)} lists no models`);

  const source = redactedUrl(base);
  const provider: DiscoveredProvider = {
    id: providerId,
    name: options.kind === "ollama" && options.provider === undefined ? "Ollama" : providerId,
    api: options.kind === "ollama" ? `${source}/v1` : source,
    env: options.apiKeyEnv === undefined ? [] : [options.apiKeyEnv],
  };
  const file = `${folder.relative}/${providerId}.yaml`;
  const header = `# Models of ${source}, listed by \`llm-catalog discover\`. Each run rewrites this file;\n# put corrections in another overlay.\n`;
  const text = header + yamlParser().stringify(overlayOfDiscovered(provider, models), { lineWidth: 0 });
  const read = readOverlay([{ path: file, format: "overlay", rank: 0, text }], folder.relative);
  const errors = [...read.diagnostics, ...validateRecords(read.records).diagnostics].filter((d) => d.severity === "error");
  if (errors.length > 0) return failed(`the server's data makes an invalid overlay: ${formatDiagnostic(errors[0]!)}`);

  const manifest = {
    source_url: source,
    kind: options.kind,
    provider: providerId,
    api_key_env: options.apiKeyEnv ?? null,
    models: models.length,
    sha256: sha256Of(Buffer.from(text)),
    size_bytes: Buffer.byteLength(text),
    downloaded_at: options
      .now()
      .toISOString()
      .replace(/\.\d+Z$/, "Z"),
  };
  const manifestFile = `${folder.relative}/${providerId}.manifest`;
  try {
    await writeFileAtomic(join(folder.absolute, `${providerId}.yaml`), text);
    await writeFileAtomic(join(folder.absolute, `${providerId}.manifest`), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (error) {
    return failed(`cannot write ${folder.relative}/: ${(error as Error).message.split("\n")[0]}`);
  }
  return { ok: true, file, manifest: manifestFile, provider: providerId, models: models.length, warnings };
}
