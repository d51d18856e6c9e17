/**
 * Every source format the generator reads, for flag parsing and help; `generator/formats/formats.ts`
 * says how each is read. Its own module because `defineConfig` ships in the runtime package, which
 * must not carry the generator's stage types.
 */
export const SOURCE_FORMATS = ["models-dev-json", "models-dev-toml", "ex-llm-yaml", "llm-models-toml", "overlay"] as const;

/** Formats the generator reads. */
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
