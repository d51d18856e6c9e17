import { ORDER_BY } from "../../runtime/select.js";
import { SOURCE_FORMATS } from "../stage-types.js";

/** The CLI's commands. */
export type Command = "gen" | "validate" | "query" | "pull" | "discover" | "diff";

/** Every command and what it does, for help. */
export const COMMANDS: Readonly<Record<Command, string>> = {
  gen: "sources → validate → merge → emit into the output folder; one summary line",
  validate: "only the diagnostics, every problem in one run",
  query: "find models in the generated catalog (--require tools,vision --min-context 100000 --max-input-cost 3)",
  pull: "download models.dev's api.json (or --url) into data/ with a conditional GET; never damages the last good snapshot",
  discover: "list the models of a running Ollama (--ollama <url>) or OpenAI-compatible server (--openai <url>) into data/discovered/",
  diff: "diff <old> <new>: what changed between two snapshots, generated folders or git revisions (Markdown, or --json)",
};

/** One command-line flag: the same table parses argv, prints help and rejects unknown flags. */
export interface Flag {
  readonly name: string;
  readonly type: "boolean" | "string";
  readonly multiple?: boolean;
  readonly description: string;
  /** What the flag means for a command where it means something else than `description`. */
  readonly descriptionFor?: Partial<Record<Command, string>>;
  readonly commands: readonly Command[];
  readonly example?: string;
}

const ALL: readonly ["gen", "validate", "query", "pull", "discover", "diff"] = ["gen", "validate", "query", "pull", "discover", "diff"];

/**
 * Every flag of every command: parses argv, prints help, rejects unknown flags. Kept `as const` so
 * `FlagValues` can derive each command's flag names and value types from it.
 */
export const FLAGS = [
  {
    name: "config",
    type: "string",
    description: "config file (default: catalog.config.ts when present)",
    commands: ["gen", "validate", "pull", "diff"],
    example: "--config ci/catalog.config.ts",
  },
  { name: "check", type: "boolean", description: "regenerate in memory; exit 1 listing stale, missing and orphan files", commands: ["gen"] },
  {
    name: "out",
    type: "string",
    description: "output folder (default: generated)",
    descriptionFor: {
      pull: "folder inside data/ to store into (default: data/models-dev for models.dev, else data/remote-<h8>)",
      discover: "folder inside data/ to store into (default: data/discovered)",
      diff: "generated folder a bare git revision is read from (default: the config's, else generated)",
    },
    commands: ["gen", "query", "pull", "discover", "diff"],
    example: "--out src/catalog",
  },
  { name: "url", type: "string", description: "snapshot URL (default: the config's pull.url, else https://models.dev/api.json)", commands: ["pull"] },
  { name: "ollama", type: "string", description: "base URL of a running Ollama server", commands: ["discover"], example: "--ollama http://127.0.0.1:11434" },
  {
    name: "openai",
    type: "string",
    description: "base URL of an OpenAI-compatible API (its /models is listed)",
    commands: ["discover"],
    example: "--openai http://127.0.0.1:8000/v1",
  },
  {
    name: "api-key-env",
    type: "string",
    description: "environment variable holding the API key, sent as a bearer token; never stored",
    commands: ["discover"],
    example: "--api-key-env GROQ_API_KEY",
  },
  {
    name: "timeout",
    type: "string",
    description: "seconds to connect, to wait for headers, and of silence within a body (default: 30); one attempt gets at most 20 times this",
    commands: ["pull", "discover"],
    example: "--timeout 10",
  },
  { name: "max-bytes", type: "string", description: "largest response body accepted (default: 67108864, 64 MiB)", commands: ["pull", "discover"] },
  { name: "retries", type: "string", description: "further attempts after transient failures, with backoff (default: 3)", commands: ["pull", "discover"] },
  { name: "gen", type: "boolean", description: "run gen after a pull that changed the snapshot", commands: ["pull"] },
  { name: "max-rows", type: "string", description: 'rows per Markdown section before "… and N more" (default: 50; 0 for all)', commands: ["diff"] },
  { name: "require", type: "string", description: "features every model must have, comma-separated", commands: ["query"], example: "--require tools,vision" },
  { name: "forbid", type: "string", description: "features no model may have", commands: ["query"], example: "--forbid deprecated" },
  { name: "min-context", type: "string", description: "smallest context window", commands: ["query"], example: "--min-context 100000" },
  { name: "min-output", type: "string", description: "smallest output limit, in tokens", commands: ["query"], example: "--min-output 32000" },
  { name: "max-input-cost", type: "string", description: "highest input price, USD per 1M tokens", commands: ["query"], example: "--max-input-cost 3" },
  { name: "max-output-cost", type: "string", description: "highest output price, USD per 1M tokens", commands: ["query"] },
  {
    name: "provider",
    type: "string",
    description: "only these providers, comma-separated",
    descriptionFor: { discover: "provider id the models are listed under (default: ollama, or openai-compatible)" },
    commands: ["query", "discover"],
  },
  { name: "status", type: "string", description: "only these statuses (active, alpha, beta, deprecated)", commands: ["query"] },
  { name: "family", type: "string", description: "only this family", commands: ["query"] },
  { name: "input", type: "string", description: "input modalities every model must take", commands: ["query"], example: "--input image,pdf" },
  { name: "output", type: "string", description: "output modalities every model must produce", commands: ["query"], example: "--output audio" },
  { name: "open-weights", type: "boolean", description: "only models with open weights", commands: ["query"] },
  {
    name: "providers",
    type: "boolean",
    description: "list providers and how to call them (auth, key variable, endpoints, docs) instead of models",
    commands: ["query"],
  },
  { name: "include-deprecated", type: "boolean", description: "list deprecated models too (left out by default)", commands: ["query"] },
  {
    name: "order-by",
    type: "string",
    description: `rank instead of sorting by spec: ${ORDER_BY.join(", ")}`,
    commands: ["query"],
    example: "--order-by cheapest",
  },
  {
    name: "usage",
    type: "string",
    description: "input,output tokens of the call --order-by cheapest prices (default: 3000,1000)",
    commands: ["query"],
    example: "--usage 20000,500",
  },
  {
    name: "source",
    type: "string",
    multiple: true,
    description: `add a source after the configured ones (highest precedence); formats: ${SOURCE_FORMATS.join(", ")}`,
    commands: ["gen", "validate"],
    example: "--source models-dev-json:vendor/api.json",
  },
  { name: "no-default-sources", type: "boolean", description: "use only the --source flags", commands: ["gen", "validate"] },
  {
    name: "as-of",
    type: "string",
    description: "deprecation cut-off date, YYYY-MM-DD (default: the snapshot manifest's date)",
    commands: ["gen", "validate", "diff"],
  },
  { name: "strict", type: "boolean", description: "warnings fail the run", commands: ["gen", "validate"] },
  { name: "json", type: "boolean", description: "machine-readable output on stdout", commands: ALL },
  { name: "quiet", type: "boolean", description: "print only errors", commands: ["gen", "validate", "pull", "discover"] },
  { name: "debug", type: "boolean", description: "on an internal error, print its stack trace too", commands: ALL },
  { name: "help", type: "boolean", description: "show this help", commands: ALL },
] as const satisfies readonly Flag[];

type AnyFlag = (typeof FLAGS)[number];

/** The flags of `C`: those whose `commands` list it. */
type FlagOf<C extends Command> = AnyFlag extends infer F ? (F extends { readonly commands: readonly (infer K)[] } ? (C extends K ? F : never) : never) : never;

/** What parsing gives for one flag: a boolean, a string, or every occurrence of a repeatable one. */
type ValueOf<F> = F extends { readonly type: "boolean" } ? boolean : F extends { readonly multiple: true } ? string[] : string;

/** The parsed flags of command `C`, keyed by flag name; absent flags are `undefined`. */
export type FlagValues<C extends Command> = { readonly [F in FlagOf<C> as F["name"]]?: ValueOf<F> };
