import type { Filters } from "../../runtime/policy.js";
import type { SelectQuery } from "../../runtime/select.js";
import type { SourceFormat } from "./source-formats.js";

/** One source of catalog data. */
export interface SourceConfig {
  /**
   * How the file or folder is written: `models-dev-json`, `models-dev-toml`, `ex-llm-yaml`,
   * `llm-models-toml` or `overlay`.
   * @example "overlay"
   */
  readonly format: SourceFormat;
  /**
   * File or folder, relative to the project root.
   * @example "data/models-dev/api.json"
   */
  readonly path: string;
  /**
   * Renames this source's provider ids before merging, so differently named providers join.
   * @default {}
   * @example { amazon_bedrock: "amazon-bedrock" }
   */
  readonly providers?: Readonly<Record<string, string>>;
}

/** Where `pull` downloads from. */
export interface PullConfig {
  /**
   * The api.json-shaped snapshot to download; `--url` overrides it. The default URL is stored in
   * `data/models-dev/`, any other in `data/remote-<first 8 hex digits of its sha256>/`.
   * @default "https://models.dev/api.json"
   * @example "https://mirror.example.com/models-dev/api.json"
   */
  readonly url?: string;
}

/**
 * One route: a spec, a query `select` answers, or a list of them tried in order until one names a
 * model of the catalog.
 */
export type RouteConfig = string | SelectQuery | readonly (string | SelectQuery)[];

/** The project's catalog configuration (`catalog.config.ts`). Command-line flags override it. */
export interface CatalogConfig {
  /**
   * Sources in precedence order: the first is lowest, the last wins the merge. `--source` flags
   * come after these; `--no-default-sources` drops them. Without this option the source is the
   * project's own `data/models-dev/api.json`, or else the snapshot shipped inside the package.
   * @default [{ format: "models-dev-json", path: "data/models-dev/api.json" }]
   * @example [{ format: "models-dev-json", path: "data/models-dev/api.json" }, { format: "ex-llm-yaml", path: "vendor/ex_llm" }]
   */
  readonly sources?: readonly SourceConfig[];
  /**
   * Which models ship: glob patterns on canonical ids per provider (`*` is the only wildcard). Deny
   * wins; naming any provider in `allow` excludes the providers it does not name.
   * @default {}
   * @example { allow: { openai: ["gpt-*"] }, deny: { openai: ["*-preview"] } }
   */
  readonly filters?: Filters;
  /**
   * Providers to try first when choosing among models (`select`, `candidates`, routes); the rest
   * follow, ranked by the query's `orderBy`. Unknown providers are skipped with a warning, duplicates ignored.
   * @default []
   * @example ["anthropic", "openai"]
   */
  readonly prefer?: readonly string[];
  /**
   * Task routes, resolved by `gen` against the filtered catalog into the frozen `routes` table of the
   * generated index, each typed as its spec. A route is a spec, a `select` query, or a list of them
   * tried in order; a route nothing satisfies is an error naming it.
   * @default {}
   * @example { simple: { require: ["tools"], orderBy: "cheapest" }, complex: ["anthropic:claude-sonnet-4-5", { require: ["reasoning"] }] }
   */
  readonly routes?: Readonly<Record<string, RouteConfig>>;
  /**
   * Default model per provider; beats any source's default.
   * @default {}
   * @example { openai: "gpt-4o" }
   */
  readonly defaults?: Readonly<Record<string, string>>;
  /**
   * Output folder, relative to the project root.
   * @default "generated"
   * @example "src/catalog"
   */
  readonly out?: string;
  /**
   * Deprecation cut-off (`YYYY-MM-DD`): models whose deprecation date is on or before it are
   * deprecated. Never the clock, so output is reproducible.
   * @default the date of the packaged snapshot manifest's downloaded_at
   * @example "2026-06-13"
   */
  readonly asOf?: string;
  /**
   * Settings for `llm-catalog pull`.
   * @default {}
   * @example { url: "https://mirror.example.com/models-dev/api.json" }
   */
  readonly pull?: PullConfig;
}

/**
 * Types a `catalog.config.ts`; returns its argument unchanged.
 * @example export default defineConfig({ filters: { deny: { openai: ["*-preview"] } } });
 */
export function defineConfig(config: CatalogConfig): CatalogConfig {
  return config;
}
