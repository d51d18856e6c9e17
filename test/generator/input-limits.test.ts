import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.js";
import { generateFromFiles } from "../../generator/pipeline.js";
import { INPUT_LIMITS } from "../../generator/sources/input-limits.js";
import { loadConfig } from "../../generator/sources/load-config.js";
import { readSourceFiles } from "../../generator/sources/read-source-files.js";
import type { SourceFile, SourceFormat } from "../../generator/stage-types.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** The error lines one in-memory file yields; the run must never throw. */
function errors(format: SourceFormat, path: string, text: string): string[] {
  const context = loadConfig({
    root: ROOT,
    noDefaultSources: true,
    sources: [{ format, path: format === "models-dev-json" || format === "ex-llm-yaml" ? path : "in" }],
  });
  const file: SourceFile = { path, format, rank: 0, text };
  return generateFromFiles([file], context)
    .diagnostics.filter((d) => d.severity === "error")
    .map(formatDiagnostic);
}

const BOMB =
  "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";

describe("parser limits", () => {
  it("caps YAML alias expansion with a clear message", () => {
    const message = `error yaml_limit: YAML aliases expand too far (more than ${INPUT_LIMITS.maxAliasCount} per document); the file is rejected`;
    expect(errors("overlay", "in/bomb.yaml", BOMB)).toEqual([`in/bomb.yaml:1:1 ${message}`]);
    expect(errors("ex-llm-yaml", "bomb.yml", `provider: p\nmodels:\n  m: {}\n${BOMB}`)).toEqual([`bomb.yml:1:1 ${message}`]);
  });

  it("rejects nesting deeper than the limit in JSON, YAML and TOML, and never overflows the stack", () => {
    const deep = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    const tooDeep = `error too_deep acme.models.m.x[0][0][0][0]…: Values are nested more than ${INPUT_LIMITS.maxDepth} levels deep; the file is rejected`;
    expect(errors("models-dev-json", "deep.json", `{"acme":{"models":{"m":{"x":${deep(100_000)}}}}}`)).toEqual([`deep.json:1:33 ${tooDeep}`]);
    expect(errors("overlay", "in/deep.json", `{"acme":{"models":{"m":{"x":${deep(100_000)}}}}}`)).toEqual([`in/deep.json:1:33 ${tooDeep}`]);
    expect(errors("overlay", "in/deep.yaml", `acme:\n  models:\n    m:\n      x: ${deep(100)}\n`)).toEqual([`in/deep.yaml:4:14 ${tooDeep}`]);
    // Deeper than the yaml package itself can go: its own error, still a diagnostic.
    expect(errors("overlay", "in/deeper.yaml", `x: ${deep(50_000)}\n`)[0]).toMatch(/^in\/deeper\.yaml:1:\d+ error yaml_syntax: Invalid YAML/);
    expect(errors("overlay", "in/deep.toml", `x = ${deep(100_000)}\n`)[0]).toMatch(/^in\/deep\.toml:1:\d+ error toml_syntax: Invalid TOML: .*nested/);
    expect(errors("models-dev-json", "open.json", "[".repeat(200_000))[0]).toMatch(/^open\.json:1:\d+ error json_syntax: Invalid JSON/);
  });

  it("reports duplicate keys in JSON, YAML and TOML", () => {
    expect(errors("models-dev-json", "dup.json", '{"acme": {"id": "acme", "id": "acme", "models": {}}}')).toContain(
      'dup.json:1:25 error duplicate_key acme.id: Key "id" appears twice in one object; state it once',
    );
    expect(errors("overlay", "in/dup.json", '{"acme": {"models": {"m": {"name": "a"}, "m": {"name": "b"}}}}')).toEqual([
      'in/dup.json:1:42 error duplicate_key acme.models.m: Key "m" appears twice in one object; state it once',
    ]);
    expect(errors("overlay", "in/dup.yaml", "acme:\n  name: a\n  name: b\n")[0]).toMatch(
      /^in\/dup\.yaml:3:3 error yaml_syntax: Invalid YAML: Map keys must be unique/,
    );
    expect(errors("overlay", "in/dup.toml", '[acme]\nname = "a"\nname = "b"\n')[0]).toMatch(/^in\/dup\.toml:3:\d+ error toml_syntax: Invalid TOML/);
  });

  it("does not read a file larger than the limit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "llm-catalog-large-"));
    const path = join(dir, "huge.json");
    writeFileSync(path, "");
    truncateSync(path, INPUT_LIMITS.maxFileBytes + 1); // sparse: no disk used, never read
    const read = await readSourceFiles(loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "models-dev-json", path }] }));
    expect(read.files).toEqual([]);
    expect(read.diagnostics.map(formatDiagnostic)).toEqual([`${path} error file_too_large: File is larger than 64 MiB; not read`]);
  });

  it("base_model_omit cannot reach Object.prototype", () => {
    const context = loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "models-dev-toml", path: "t" }] });
    const file = (path: string, text: string): SourceFile => ({ path: `t/${path}`, format: "models-dev-toml", rank: 0, text });
    const objectToString = Object.prototype.toString;
    generateFromFiles(
      [
        file("models/lab/base.toml", 'name = "B"\n'),
        file("providers/p/provider.toml", 'name = "P"\nnpm = "@ai-sdk/openai"\nenv = []\n'),
        file("providers/p/models/m.toml", 'base_model = "lab/base"\nbase_model_omit = ["__proto__.toString", "constructor.prototype.toString", "toString"]\n'),
      ],
      context,
    );
    expect(Object.prototype.toString).toBe(objectToString);
    expect(Object.hasOwn(Object.prototype, "toString")).toBe(true);
  });
});
