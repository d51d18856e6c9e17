import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../generator/diagnostics.js";
import { generateCatalog, generateFromFiles, type GenerateResult } from "../../generator/pipeline.js";
import { loadConfig } from "../../generator/sources/load-config.js";
import { writeOutput } from "../../generator/write-output.js";
import { typeDiagnostics } from "../types/check-cases.js";
import { HOSTILE, writeHostileSources, type HostileSource } from "./hostile/corpus.js";
import { providerInfoOf } from "../../runtime/protocols/protocol-facts.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Every own property of Object.prototype with its descriptor, to prove nothing was added or changed. */
function prototypeState(): string {
  return Object.getOwnPropertyNames(Object.prototype)
    .sort()
    .map((name) => `${name}:${String(Object.getOwnPropertyDescriptor(Object.prototype, name)!.value)}`)
    .join("\n");
}

interface Run {
  readonly input: HostileSource;
  readonly result: GenerateResult;
  readonly out: string;
}

describe("hostile input through every source format", () => {
  const before = prototypeState();
  const inputs = writeHostileSources(mkdtempSync(join(tmpdir(), "llm-catalog-hostile-")));
  let runs: Run[] = [];

  it("generates without errors from every format", async () => {
    runs = [];
    for (const input of inputs) {
      const out = `test/.out/hostile-${input.source.format}-${runs.length}`;
      const context = loadConfig({ root: ROOT, out, noDefaultSources: true, sources: [input.source] });
      const result = await generateCatalog(context);
      const errors = result.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
      expect(errors, input.source.path).toEqual([]);
      await writeOutput(join(ROOT, out), result.files);
      runs.push({ input, result, out: join(ROOT, out) });
    }
    expect(runs.map((r) => r.result.stats.models)).toEqual(inputs.map((i) => i.models.length));
  });

  it("emits code that type-checks", () => {
    const files = runs.flatMap((r) => r.result.files.map((f) => join(r.out, f.path)));
    expect(files.some((f) => f.endsWith("providers/~0063on.ts"))).toBe(true); // `con` encoded for Windows
    expect(typeDiagnostics(files)).toEqual([]);
  });

  it("reads back every value exactly at run time", async () => {
    for (const { input, result, out } of runs) {
      const api = (await import(join(out, "index.ts"))) as typeof import("../../generated/index.js");
      for (const expected of input.models) {
        const spec = `${expected.provider}:${expected.id}`;
        const model = api.getModel(spec);
        expect(model?.spec, `${input.source.format} ${spec.slice(0, 60)}`).toBe(spec);
        expect(model!.id).toBe(expected.id);
        if (expected.name !== undefined) expect(model!.name).toBe(expected.name);
        expect(model!.extra?.note).toEqual(expected.note);
        expect(
          isDeepStrictEqual(
            Object.keys(model!.extra!.note as object),
            Object.keys(expected.note).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
          ),
        ).toBe(true);
        for (const alias of expected.aliases ?? []) expect(api.resolve(alias, { scope: expected.provider as never }).ok).toBe(true);
      }
      // Every record equals the catalog the generator built, prototypes included (a provider with its call facts).
      for (const entry of result.catalog!.providers) {
        expect(isDeepStrictEqual(api.provider(entry.provider.id), providerInfoOf(entry.provider)), entry.provider.id).toBe(true);
        for (const m of entry.models) expect(isDeepStrictEqual(api.getModel(m.spec), m), m.spec.slice(0, 60)).toBe(true);
      }
      if (input.providerNames) {
        const names = runs.length > 0 ? api.providers().map((p) => p.name) : [];
        for (const name of names) expect(name.includes("@deprecated tag")).toBe(true);
      }
      expect(api.getModel("__proto__:constructor")?.id).toBe(
        input.models.some((m) => m.provider === "__proto__" && m.id === "constructor") ? "constructor" : undefined,
      );
      expect(api.getModel("constructor:__proto__:x")).toBeUndefined();
    }
  });

  it("leaves Object.prototype unchanged", () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeState()).toBe(before);
  });

  it("writes nothing but escapes where data meets code", () => {
    const json = runs.find((r) => r.input.source.format === "models-dev-json")!;
    const text = (path: string) => readFileSync(join(json.out, path), "utf8");
    // JSDoc: no early close, no injected tag, no lone surrogate (it would be written as U+FFFD).
    expect(text("model-catalog.ts")).not.toMatch(/^\s*\* @deprecated tag/m);
    expect(text("model-catalog.ts")).toContain("\\@deprecated tag");
    for (const f of json.result.files) {
      expect(f.text, f.path).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(f.text.includes("\u2028") || f.text.includes("\u2029"), f.path).toBe(false);
    }
    expect(HOSTILE.length).toBeGreaterThan(20);
  });
});

describe("hostile input that cannot be represented is rejected, never altered", () => {
  const context = loadConfig({ root: ROOT, noDefaultSources: true, sources: [{ format: "models-dev-json", path: "x.json" }] });
  const codes = (text: string) =>
    generateFromFiles([{ path: "x.json", format: "models-dev-json", rank: 0, text }], context)
      .diagnostics.filter((d) => d.severity === "error")
      .map(formatDiagnostic);
  const model = {
    name: "M",
    release_date: "2024-01-01",
    last_updated: "2024-01-01",
    attachment: false,
    reasoning: false,
    tool_call: false,
    temperature: true,
    open_weights: false,
    limit: { context: 1, output: 1 },
    modalities: { input: ["text"], output: ["text"] },
  };
  const provider = (id: string, models: Record<string, unknown>) => ({ id, name: "P", env: [], npm: "@ai-sdk/openai-compatible", models });

  it("model ids with control characters or padding, provider ids with ':' or outside [A-Za-z0-9._-]", () => {
    const text = JSON.stringify({
      acme: provider("acme", { "nul\u0000id": model, " padded": model, "line\u2028": model, ok: model }),
      "bad:provider": provider("bad:provider", { m: model }),
      "emoji🦙": provider("emoji🦙", { m: model }),
    });
    expect(codes(text)).toEqual([
      'x.json:1:100 error model_id_invalid acme.models["nul\\u0000id"]: Model id "nul\\u0000id" contains control characters',
      'x.json:1:357 error model_id_invalid acme.models[" padded"]: Model id " padded" has leading or trailing whitespace',
      'x.json:1:612 error model_id_invalid acme.models["line\u2028"]: Model id "line\u2028" has leading or trailing whitespace',
      'x.json:1:1128 error provider_id_invalid ["bad:provider"]: Provider id "bad:provider" contains ":", which separates provider and model in a spec',
      'x.json:1:1476 error provider_id_invalid ["emoji🦙"]: Provider id "emoji🦙" must be 1-64 characters of A-Z a-z 0-9 . _ -',
    ]);
  });

  it("a field named __proto__, at any depth", () => {
    const text = `{"acme":{"id":"acme","name":"P","env":[],"npm":"@ai-sdk/openai","models":{"m":${JSON.stringify(model).replace(/}$/, ',"extra":{"x":[{"__proto__":{"polluted":true}}]}}')}}}}`;
    expect(codes(text)).toEqual([
      'x.json:1:352 error unsafe_key acme.models.m.extra.x[0].__proto__: A field named "__proto__" cannot be kept exactly (JavaScript treats it as the prototype); rename it',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("providers whose helper names collide, or that would shadow the generated module's own names", () => {
    const text = JSON.stringify({ "a-b": provider("a-b", { m: model }), "a.b": provider("a.b", { m: model }), Model: provider("Model", { m: model }) });
    const result = generateFromFiles([{ path: "x.json", format: "models-dev-json", rank: 0, text }], context);
    expect(result.diagnostics.filter((d) => d.code === "export_name_collision").map(formatDiagnostic)).toEqual([
      '(catalog) error export_name_collision ["a.b"]: Providers "a-b" and "a.b" both become the export "aB"; rename one with a providers map',
    ]);
  });
});
