import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../../generator/cli.js";
import { defaultSourceFor, runtimeImportFor } from "../../generator/sources/load-config.js";

const ROOT = join(import.meta.dirname, "..", "..");

async function cli(...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [] };
  const code = await runCli(argv, ROOT, out);
  return { code, ...out };
}

describe("catalog config", () => {
  it("applies sources with provider renames, allow/deny filters and defaults", async () => {
    const out = mkdtempSync(join(tmpdir(), "llm-catalog-config-"));
    const result = await cli("gen", "--config", "test/fixtures/config/filtered.config.ts", "--out", out);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^gen: 2 providers, \d+ models \(5,\d\d\d filtered out\) → /);
    const types = readFileSync(join(out, "types.ts"), "utf8");
    expect(types).toContain('"openai:gpt-4o"');
    expect(types).toContain('"openai:o3"');
    expect(types).not.toContain('"openai:gpt-4o-2024-05-13"');
    expect(types).toContain('"anthropic-exllm:claude-instant-1"');
    const data = readFileSync(join(out, "catalog-data.ts"), "utf8");
    expect(data).toContain('"defaultModel":"o3"');
    expect(data).toContain('"defaultModel":"claude-instant-1"');
    expect(readFileSync(join(out, "index.ts"), "utf8")).toContain(
      'createCatalogApi(Object.values(tables), { filters: {"allow":{"anthropic-exllm":["*"],"openai":["gpt-4o*","o3"]},"deny":{"openai":["*-2024-*"]}}, prefer: ["anthropic-exllm","openai"] })',
    );
    expect(readFileSync(join(out, "index.ts"), "utf8")).toContain('preferredProviders: readonly ProviderId[] = Object.freeze(["anthropic-exllm","openai"]);');
    const validate = await cli("validate", "--config", "test/fixtures/config/filtered.config.ts");
    expect(validate.stderr.filter((l) => l.includes("prefer_unknown_provider"))).toEqual([
      'test/fixtures/config/filtered.config.ts warning prefer_unknown_provider prefer.nope: Provider "nope" is not in the catalog; skipped',
    ]);
  });

  it("rejects an invalid config with one diagnostic per problem and exit 1", async () => {
    const result = await cli("validate", "--config", "test/fixtures/config/invalid.config.ts");
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      "test/fixtures/config/invalid.config.ts error invalid_value sources[0].format: Expected one of models-dev-json, models-dev-toml, ex-llm-yaml, llm-models-toml, overlay",
      'test/fixtures/config/invalid.config.ts error invalid_format filters.allow[0]: Expected "provider:glob"',
      'test/fixtures/config/invalid.config.ts error unknown_option: Unrecognized key: "colour"',
      "validate: failed: invalid configuration",
    ]);
    const missing = await cli("validate", "--config", "nope.config.ts");
    expect(missing.stderr[0]).toBe("nope.config.ts error config_unreadable: Config file not found");
  });
});

describe(runtimeImportFor.name, () => {
  it("is relative for output of this package, and the published subpath for any other project", () => {
    expect(runtimeImportFor(join(ROOT, "generated"))).toBe("../runtime/core.js");
    expect(runtimeImportFor(join(ROOT, "test/.out/x"))).toBe("../../../runtime/core.js");
    // A project nested in this repository has its own package.json, so it imports the package.
    expect(runtimeImportFor(join(ROOT, "examples/consumer/src/catalog"))).toBe("llm-catalog/runtime");
    expect(runtimeImportFor(join(mkdtempSync(join(tmpdir(), "llm-catalog-elsewhere-")), "src/catalog"))).toBe("llm-catalog/runtime");
  });
});

describe(defaultSourceFor.name, () => {
  it("is the project's own snapshot, else the packaged one named relative to the project", () => {
    expect(defaultSourceFor(ROOT)).toEqual({ format: "models-dev-json", path: "data/models-dev/api.json" });
    const elsewhere = mkdtempSync(join(tmpdir(), "llm-catalog-elsewhere-"));
    const source = defaultSourceFor(elsewhere);
    expect(source.path).toMatch(/^(\.\.\/)+.*data\/models-dev\/api\.json$/);
    expect(resolve(elsewhere, source.path)).toBe(join(ROOT, "data/models-dev/api.json"));
  });
});
