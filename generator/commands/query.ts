import { resolve } from "node:path";
import { featureMatcher, ORDER_BY, type FeatureKey, type OrderBy, type SelectQuery } from "../../runtime/select.js";
import type { AuthMethod, ProviderInfo } from "../../runtime/protocols/protocol-facts.js";
import type { Model, ModelStatus, Modality } from "../../runtime/types.js";
import { groupDigits } from "../emit/model-summary.js";
import { importModule } from "../sources/import-module.js";
import type { FlagValues } from "./flags.js";
import { numberFlag } from "./number-flag.js";
import { UsageError } from "./usage-error.js";

/** The flags `query` reads. */
export type QueryFlags = FlagValues<"query">;

const list = (value: string | undefined) =>
  value === undefined
    ? []
    : value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "");

/** The feature keys of `--require` or `--forbid`, checked against the runtime's own vocabulary. */
function featureKeys(flag: "require" | "forbid", value: string | undefined): string[] {
  const keys = list(value);
  try {
    // featureMatcher is the runtime's check of select keys; it throws TypeError for an unknown one.
    featureMatcher({ require: keys as FeatureKey[] });
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(`--${flag}: ${error.message.replace(/^Unknown require key/, "unknown feature")}`);
    throw error;
  }
  return keys;
}

/** `--usage input,output` as token counts. */
function usageOf(raw: string): { input: number; output: number } {
  const [input, output, ...rest] = raw.split(",");
  if (rest.length > 0 || output === undefined) throw new UsageError(`--usage expects input,output token counts, got "${raw}"`);
  return { input: numberFlag("usage", (input ?? "").trim(), 0, true), output: numberFlag("usage", output.trim(), 0, true) };
}

/** The findModels query the flags describe: `--forbid x` is `x: false` among the required features. */
function findQueryOf(flags: QueryFlags): SelectQuery {
  const capabilities: Record<string, boolean> = {};
  for (const key of featureKeys("require", flags.require)) capabilities[key] = true;
  for (const key of featureKeys("forbid", flags.forbid)) capabilities[key] = false;
  const query: Record<string, unknown> = { capabilities };
  const minContext = numberFlag("min-context", flags["min-context"]);
  const maxInputCost = numberFlag("max-input-cost", flags["max-input-cost"]);
  const maxOutputCost = numberFlag("max-output-cost", flags["max-output-cost"]);
  if (minContext !== undefined) query.minContext = minContext;
  if (maxInputCost !== undefined) query.maxInputCost = maxInputCost;
  if (maxOutputCost !== undefined) query.maxOutputCost = maxOutputCost;
  if (flags.provider !== undefined) query.provider = list(flags.provider);
  if (flags.status !== undefined) query.status = list(flags.status) as ModelStatus[];
  if (flags.family !== undefined) query.family = flags.family;
  if (flags.input !== undefined) query.inputModalities = list(flags.input) as Modality[];
  if (flags.output !== undefined) query.outputModalities = list(flags.output) as Modality[];
  const minOutput = numberFlag("min-output", flags["min-output"]);
  if (minOutput !== undefined) query.minOutput = minOutput;
  if (flags["open-weights"] === true) query.openWeights = true;
  if (flags["include-deprecated"] === true) query.include = ["deprecated"];
  const orderBy = flags["order-by"];
  if (orderBy !== undefined) {
    if (!(ORDER_BY as readonly string[]).includes(orderBy)) throw new UsageError(`--order-by expects one of ${ORDER_BY.join(", ")}, got "${orderBy}"`);
    query.orderBy = orderBy as OrderBy;
  }
  if (flags.usage !== undefined) query.usage = usageOf(flags.usage);
  return query as SelectQuery;
}

/** The models as an aligned text table, one row each. */
function formatTable(models: readonly Model[]): string[] {
  const header = ["spec", "context", "output", "$ in/1M", "$ out/1M", "flags"];
  const flags = (m: Model) =>
    [
      m.capabilities.tools && "tools",
      m.capabilities.reasoning && "reasoning",
      m.modalities.input.includes("image") && "vision",
      m.status !== "active" && m.status,
    ]
      .filter(Boolean)
      .join(",");
  const rows = models.map((m) => [
    m.spec,
    m.limits.context === undefined ? "?" : groupDigits(m.limits.context),
    m.limits.output === undefined ? "?" : groupDigits(m.limits.output),
    m.cost === undefined ? "?" : String(m.cost.input),
    m.cost === undefined ? "?" : String(m.cost.output),
    flags(m),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = [false, true, true, true, true, false];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** How one auth method reads in a table cell: `authorization: Bearer ${OPENAI_API_KEY}`, `AWS SigV4`, `none`. */
function authCell(method: AuthMethod): string {
  if (method.kind === "none") return "none";
  if (method.kind === "aws-sigv4") return "AWS SigV4";
  const secret = method.variable === undefined ? `<${method.kind === "oauth" ? "OAuth token" : "key"}>` : `\${${method.variable}}`;
  return `${method.kind === "oauth" ? "OAuth " : ""}${method.header}: ${method.scheme === undefined ? "" : `${method.scheme} `}${secret}`;
}

/** Providers as an aligned text table: protocol, every auth method, key variable, endpoint kinds, docs. */
function formatProviders(providers: readonly ProviderInfo[]): string[] {
  const header = ["provider", "protocol", "auth", "key", "endpoints", "docs"];
  const rows = providers.map((p) => [
    p.id,
    p.protocol,
    p.auth.map(authCell).join(" | ") || "?",
    p.apiKeyVariable ?? "-",
    Object.keys(p.endpoints).join(",") || "?",
    p.doc ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/**
 * The providers of a generated catalog with what each needs to be called (`query --providers`),
 * limited by `--provider`: what the application's `provider(id)` returns.
 */
export async function queryProviders(root: string, outDir: string, flags: QueryFlags): Promise<{ lines: string[]; count: number }> {
  const catalog = (await importModule(resolve(root, outDir, "index.ts"))) as unknown as { providers(): readonly ProviderInfo[] };
  const only = flags.provider === undefined ? undefined : new Set(list(flags.provider));
  const providers = catalog.providers().filter((p) => only === undefined || only.has(p.id));
  return { lines: flags.json ? [JSON.stringify(providers, null, 2)] : formatProviders(providers), count: providers.length };
}

/**
 * Finds models in a generated catalog from the terminal. Reads the catalog's own index (the one
 * `gen --out` wrote), so it answers exactly what the application would see.
 */
export async function queryCatalog(root: string, outDir: string, flags: QueryFlags): Promise<{ lines: string[]; count: number }> {
  const catalog = (await importModule(resolve(root, outDir, "index.ts"))) as unknown as { findModels(query: SelectQuery): Model[] };
  const models = catalog.findModels(findQueryOf(flags));
  const lines = flags.json ? [JSON.stringify(models, null, 2)] : formatTable(models);
  return { lines, count: models.length };
}
