import { createRequire } from "node:module";

// The YAML and TOML parsers load on first use: a run over JSON sources alone never pays for them
// (about 35 ms of every default `gen`), and require skips the ESM loader's per-file cost.
const require = createRequire(import.meta.url);
let yamlModule: typeof import("yaml") | undefined;
let tomlModule: typeof import("smol-toml") | undefined;

/** The `yaml` package, loaded on first call. */
export function yamlParser(): typeof import("yaml") {
  yamlModule ??= require("yaml") as typeof import("yaml");
  return yamlModule;
}

/** The `smol-toml` package, loaded on first call. */
export function tomlParser(): typeof import("smol-toml") {
  tomlModule ??= require("smol-toml") as typeof import("smol-toml");
  return tomlModule;
}
