// The two packages as users get them: `npm pack -ws` (after `npm run build`) gives the runtime
// `llm-catalog` and the generator `llm-catalog-generator`, each checked by publint and attw. Both are
// installed into a copy of examples/consumer (the runtime as a dependency, the generator as a
// devDependency) that generates its own catalog and type-checks against it with TypeScript 5.9 and,
// when it can be installed, TypeScript 7; a production install of that copy holds the runtime alone.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedErrors, run, tscErrors, type RunResult } from "./run.js";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(ROOT, "examples", "consumer");
const TSC5 = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const BIN = (name: string) => join(ROOT, "node_modules", ".bin", name);
const NPM_QUIET = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];
const TEMPLATES = join(ROOT, "generator", "emit", "templates");

/** One packed package: its tarball and the paths it holds. */
interface Packed {
  readonly tarball: string;
  readonly files: readonly string[];
}

let work: string;
let runtime: Packed;
let generator: Packed;
let consumer: string;
/** TypeScript 7's tsc, or why it could not be installed; started early, it installs during the build. */
let ts7: Promise<{ tsc?: string; reason?: string }>;

function ok(result: RunResult, what: string): RunResult {
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result;
}

function installTs7(): Promise<{ tsc?: string; reason?: string }> {
  const folder = join(work, "ts7");
  return (async () => {
    mkdirSync(folder);
    writeFileSync(join(folder, "package.json"), '{ "private": true }\n');
    const result = await run("npm", ["install", "typescript@7.0.2", ...NPM_QUIET], folder);
    if (result.code !== 0) return { reason: `npm install typescript@7.0.2 failed (offline?): ${result.stderr.trim().split("\n")[0]}` };
    return { tsc: join(folder, "node_modules", ".bin", "tsc") };
  })();
}

/** Paths that are sources or tests rather than build output: what no tarball may hold. */
function sourcePaths(files: readonly string[]): string[] {
  return files.filter(
    (f) =>
      /^(test|generator|runtime|generated|data)\//.test(f) || (f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.startsWith("dist/generator/emit/templates/")),
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "llm-catalog-package-"));
  ts7 = installTs7();
  // The same steps as `npm pack -ws` with the prepack scripts, split so the file lists come back as JSON.
  ok(await run("npm", ["run", "build", "--silent"], ROOT), "npm run build");
  const packed = ok(await run("npm", ["pack", "--workspaces", "--json", "--ignore-scripts", "--pack-destination", work, "--loglevel=error"], ROOT), "npm pack");
  const infos = JSON.parse(packed.stdout) as { name: string; filename: string; files: { path: string }[] }[];
  expect(infos.map((i) => i.name).sort()).toEqual(["llm-catalog", "llm-catalog-generator"]);
  const byName = (name: string): Packed => {
    const info = infos.find((i) => i.name === name)!;
    return { tarball: join(work, info.filename), files: info.files.map((f) => f.path) };
  };
  runtime = byName("llm-catalog");
  generator = byName("llm-catalog-generator");
}, 240_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe("the runtime package, llm-catalog", () => {
  it("holds the compiled runtime, the packaged catalog, defineConfig, the schemas and the licences, and nothing of the generator", () => {
    expect(runtime.files).toEqual(
      expect.arrayContaining([
        "dist/runtime/index.js",
        "dist/runtime/index.d.ts",
        "dist/runtime/core.js",
        "dist/runtime/ai-sdk/index.js",
        "dist/runtime/ai-sdk/index.d.ts",
        "dist/runtime/ai-sdk/register.d.ts",
        "dist/runtime/ai-sdk/openai-compatible.d.ts",
        "dist/generated/providers/openai.d.ts",
        "dist/generator/config/define-config.js",
        "schema/overlay.schema.json",
        "LICENSE",
        "NOTICE",
        "README.md",
      ]),
    );
    expect(runtime.files).not.toContain("dist/generator/cli.js");
    expect(runtime.files.filter((f) => f.startsWith("dist/generator/") && !/^dist\/generator\/config\/(define-config|source-formats)\./.test(f))).toEqual([]);
    expect(sourcePaths(runtime.files)).toEqual([]);
  });

  it("has no dependencies; the AI SDK packages are optional peers, for the ai-sdk entries only", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "runtime", "package.json"), "utf8")) as Record<string, unknown>;
    for (const field of ["dependencies", "optionalDependencies", "bundleDependencies"]) expect(manifest[field], field).toBeUndefined();
    // AI SDK 6: its Node 22-only 7.x line pairs with @ai-sdk/openai-compatible 3.x, which these ranges leave out.
    expect(manifest.peerDependencies).toEqual({ "@ai-sdk/openai-compatible": "^2.0.0", ai: "^6.0.0" });
    expect(manifest.peerDependenciesMeta).toEqual({ "@ai-sdk/openai-compatible": { optional: true }, ai: { optional: true } });
    // Only the ai-sdk entries import them: no other compiled module names either package (the build the tarball packed).
    const importers = runtime.files.filter(
      (f) => f.endsWith(".js") && /from\s*["'](?:ai|@ai-sdk\/[^"']+)["']/.test(readFileSync(join(ROOT, "runtime", f), "utf8")),
    );
    expect(importers.sort()).toEqual(["dist/runtime/ai-sdk/index.js", "dist/runtime/ai-sdk/openai-compatible.js"]);
  });

  it("passes publint with no errors, warnings or suggestions", async () => {
    const result = ok(await run(BIN("publint"), ["run", "--strict", runtime.tarball], ROOT), "publint");
    expect(result.stdout).toMatch(/All good!/);
  });

  it("passes attw for ESM consumers (node16 from ESM, bundler)", async () => {
    // ESM only, like the engines field says: the esm-only profile leaves out CommonJS require and node10.
    const entries = ["./providers/openai", "./providers/anthropic", "./ai-sdk", "./ai-sdk/register", "./ai-sdk/openai-compatible"];
    const result = await run(BIN("attw"), [runtime.tarball, "--profile", "esm-only", "--format", "json", "--include-entrypoints", ...entries], ROOT);
    const report = JSON.parse(result.stdout) as { analysis: { problems: { resolutionKind?: string }[] } };
    // The JSON lists every problem; the profile decides which count. Node10 and CommonJS are out of scope.
    const counted = report.analysis.problems.filter((p) => p.resolutionKind !== "node10" && p.resolutionKind !== "node16-cjs");
    expect(counted).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe("the generator package, llm-catalog-generator", () => {
  it("holds the compiled bin, the runtime modules it uses, the snapshot, the schemas, the templates and the licences", () => {
    expect(generator.files).toEqual(
      expect.arrayContaining([
        "dist/generator/cli.js",
        "dist/generator/sources/load-config.js",
        "dist/runtime/model-row.js",
        "dist/data/models-dev/api.json",
        "dist/data/models-dev/manifest.json",
        "dist/data/models-dev/LICENSE",
        "dist/schema/overlay.schema.json",
        "LICENSE",
        "NOTICE",
        "README.md",
      ]),
    );
    // The emitter reads its templates beside its own module at run time, so they ship as they are.
    const templates = existsSync(TEMPLATES) ? readdirSync(TEMPLATES).map((name) => `dist/generator/emit/templates/${name}`) : [];
    expect(generator.files).toEqual(expect.arrayContaining(templates));
    // Neither the packaged catalog nor declarations: the package's interface is its bin.
    expect(generator.files.filter((f) => f.startsWith("dist/generated/") || f.endsWith(".d.ts"))).toEqual([]);
    expect(sourcePaths(generator.files)).toEqual([]);
  });

  it("depends on the generator's libraries and takes the runtime as a peer, at its own version", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "generator", "package.json"), "utf8"));
    const runtimeManifest = JSON.parse(readFileSync(join(ROOT, "runtime", "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies).sort()).toEqual(["smol-toml", "tsx", "undici", "yaml", "zod"]);
    expect(manifest.peerDependencies).toEqual({ "llm-catalog": runtimeManifest.version });
    expect(manifest.version).toBe(runtimeManifest.version);
    expect(manifest.bin).toEqual({ "llm-catalog": "./dist/generator/cli.js" });
  });

  it("passes publint with no errors, warnings or suggestions", async () => {
    const result = ok(await run(BIN("publint"), ["run", "--strict", generator.tarball], ROOT), "publint");
    expect(result.stdout).toMatch(/All good!/);
  });

  it("passes attw: its entry points (the JSON schemas, package.json) resolve in every mode, with no problems", async () => {
    // The emit templates are .ts files read as text at run time, so attw sees "types included".
    const result = await run(BIN("attw"), [generator.tarball, "--profile", "esm-only", "--format", "json"], ROOT);
    const report = JSON.parse(result.stdout) as { analysis: { packageName: string; entrypoints: Record<string, unknown>; problems: unknown[] } };
    expect(report.analysis.packageName).toBe("llm-catalog-generator");
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(["./package.json", "./schema/*.json"]);
    expect(report.analysis.problems).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe("the licences", () => {
  it("are in both packages: the repository's LICENSE, and a NOTICE that carries the models.dev licence with its data", () => {
    const text = (path: string) => readFileSync(join(ROOT, path), "utf8");
    expect(text("runtime/LICENSE")).toBe(text("LICENSE"));
    expect(text("generator/LICENSE")).toBe(text("LICENSE"));
    // The runtime package ships no copy of the snapshot, only the catalog generated from it.
    expect(text("runtime/NOTICE")).toContain(text("data/models-dev/LICENSE"));
    expect(text("generator/NOTICE")).toContain("dist/data/models-dev/LICENSE");
  });
});

describe("examples/consumer", () => {
  beforeAll(async () => {
    consumer = join(work, "consumer");
    cpSync(EXAMPLE, consumer, { recursive: true, filter: (path) => !/(node_modules|dist|src\/catalog)$/.test(path) });
    // Installs the packed tarballs (and the generator's dependencies); TypeScript 5.9 is this repository's.
    const manifest = JSON.parse(readFileSync(join(consumer, "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(["llm-catalog"]);
    manifest.dependencies["llm-catalog"] = `file:${runtime.tarball}`;
    expect(Object.keys(manifest.devDependencies)).toEqual(["llm-catalog-generator", "typescript"]);
    manifest.devDependencies = { "llm-catalog-generator": `file:${generator.tarball}` };
    writeFileSync(join(consumer, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    ok(await run("npm", ["install", ...NPM_QUIET], consumer), "npm install in the consumer");
  }, 240_000);

  it("generates its own catalog into src/catalog: overlay, deny rule, runtime from llm-catalog/runtime", async () => {
    const manifest = JSON.parse(readFileSync(join(EXAMPLE, "package.json"), "utf8"));
    const args = (manifest.scripts.gen as string).split(" ").slice(1);
    const result = ok(await run(join(consumer, "node_modules", ".bin", "llm-catalog"), args, consumer), "llm-catalog gen");
    expect(result.stdout).toMatch(
      /^gen: 3 providers, 8 models \(5,251 filtered out\) → src\/catalog\/ \(9 files, 9 written, 0 removed\) · 0 errors, \d+ warnings, \d+ info · \d+\.\d\d s\n$/,
    );
    const index = readFileSync(join(consumer, "src/catalog/index.ts"), "utf8");
    expect(index).toContain('from "llm-catalog/runtime";');
    expect(index).not.toContain("../");
  });

  it("answers `query` from the compiled bin, which loads the generated TypeScript through tsx", async () => {
    const bin = join(consumer, "node_modules", ".bin", "llm-catalog");
    const result = ok(await run(bin, ["query", "--out", "src/catalog", "--require", "tools,vision", "--provider", "acme"], consumer), "llm-catalog query");
    expect(result.stdout).toMatch(/^acme:acme-chat-large +200,000 +16,000 +0\.5 +1\.5 /m);
    expect(result.stdout).toMatch(/^query: 1 models · \d+\.\d\d s$/m);
    const help = ok(await run(bin, ["gen", "--help"], consumer), "llm-catalog gen --help");
    expect(help.stdout).toMatch(/^Usage: llm-catalog gen \[flags\]$/m);
  });

  it("type-checks, builds and runs with TypeScript 5.9", async () => {
    ok(await run(process.execPath, [TSC5, "-p", "tsconfig.json", "--pretty", "false"], consumer), "tsc 5.9");
    const output = ok(await run(process.execPath, ["dist/index.js"], consumer), "node dist/index.js");
    expect(JSON.parse(output.stdout)).toEqual({
      gpt: 128000,
      privateContext: 200000,
      picked: "acme:acme-chat-large",
      cost: 2,
      url: "https://api.openai.com/v1/chat/completions",
      chat: "Acme Chat Large",
    });
  });

  it("installs for production with llm-catalog alone, and runs from that install", async () => {
    // `npm ci --omit=dev` from the consumer's lock file, beside it so the tarballs' relative paths hold.
    const production = join(work, "production");
    mkdirSync(production);
    for (const file of ["package.json", "package-lock.json"]) cpSync(join(consumer, file), join(production, file));
    cpSync(join(consumer, "dist"), join(production, "dist"), { recursive: true });
    ok(await run("npm", ["ci", "--omit=dev", ...NPM_QUIET], production), "npm ci --omit=dev");
    expect(readdirSync(join(production, "node_modules")).filter((name) => !name.startsWith("."))).toEqual(["llm-catalog"]);
    const output = ok(await run(process.execPath, ["dist/index.js"], production), "node dist/index.js");
    expect(JSON.parse(output.stdout)).toMatchObject({ picked: "acme:acme-chat-large", cost: 2 });
  });

  const invalidUsesFail = async (tsc: readonly string[]) => {
    const result = await run(tsc[0]!, [...tsc.slice(1), "-p", "tsconfig.invalid.json", "--pretty", "false"], consumer);
    expect(result.code).not.toBe(0);
    const expected = expectedErrors(readFileSync(join(consumer, "src/invalid-uses.ts"), "utf8"));
    const errors = tscErrors(result.stdout);
    expect(errors.map((e) => `${e.file}:${e.line}`)).toEqual([...expected.keys()].map((line) => `src/invalid-uses.ts:${line}`));
    for (const error of errors) {
      const want = expected.get(error.line)!;
      expect(`${error.code}: ${error.message}`).toContain(`${want.code}: `);
      expect(error.message).toContain(want.text);
    }
  };

  it("rejects each invalid use with its expected error (TypeScript 5.9)", () => invalidUsesFail([process.execPath, TSC5]));

  it("type-checks with TypeScript 7 (native) and rejects the same invalid uses", async (context) => {
    const installed = await ts7;
    if (installed.tsc === undefined) {
      console.warn(`skipping TypeScript 7: ${installed.reason}`);
      context.skip();
    }
    ok(await run(installed.tsc!, ["-p", "tsconfig.json", "--noEmit", "--pretty", "false"], consumer), "tsc 7");
    await invalidUsesFail([installed.tsc!]);
  });
});

describe("examples/ai-sdk", () => {
  let project: string;
  beforeAll(async () => {
    project = join(work, "ai-sdk");
    cpSync(join(ROOT, "examples", "ai-sdk"), project, { recursive: true, filter: (path) => !/(node_modules|dist)$/.test(path) });
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8"));
    manifest.dependencies["llm-catalog"] = `file:${runtime.tarball}`;
    // TypeScript and Node's types are this repository's; the SDK packages install from the npm cache the repository's install filled.
    manifest.devDependencies = {};
    writeFileSync(join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    ok(await run("npm", ["install", ...NPM_QUIET], project), "npm install in examples/ai-sdk");
  }, 240_000);

  it("uses the same AI SDK versions as the repository's tests", () => {
    const example = JSON.parse(readFileSync(join(ROOT, "examples", "ai-sdk", "package.json"), "utf8"));
    const repo = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const name of ["ai", "@ai-sdk/anthropic", "@ai-sdk/openai-compatible"]) expect(example.dependencies[name], name).toBe(repo.devDependencies[name]);
  });

  it("type-checks with TypeScript 5.9 and runs offline against its local server: strict specs, compatible providers, costs", async () => {
    const types = join(ROOT, "node_modules", "@types");
    ok(await run(process.execPath, [TSC5, "-p", "tsconfig.json", "--typeRoots", types, "--pretty", "false"], project), "tsc 5.9");
    const output = JSON.parse(ok(await run(process.execPath, ["dist/index.js"], project), "node dist/index.js").stdout);
    expect(output).toEqual({
      texts: ["Hello from Claude", "Hello from DeepSeek", "Streamed hello"],
      // 200 × $3 + 3,000 cached × $0.30 + 40 × $15 per 1M tokens.
      claudeCost: 0.0021,
      maxOutputTokens: 384_000,
      reports: [
        { spec: "anthropic:claude-sonnet-4-5", kind: "generate", total: 0.0021 },
        { spec: "deepseek:deepseek-chat", kind: "generate", total: 0.000053 },
        { spec: "deepseek:deepseek-chat", kind: "stream", total: 0.000053 },
      ],
      calls: [
        { path: "/v1/messages", key: "sk-ant-example", model: "claude-sonnet-4-5" },
        { path: "/chat/completions", key: "sk-deepseek-example", model: "deepseek-chat" },
        { path: "/chat/completions", key: "sk-deepseek-example", model: "deepseek-chat" },
      ],
    });
  });

  it("rejects a spec the catalog lacks in generateText once the registration is imported", async () => {
    writeFileSync(
      join(project, "src", "typo.ts"),
      'import "llm-catalog/ai-sdk/register";\nimport { generateText } from "ai";\nexport const r = generateText({ model: "anthropic:claude-sonet-4-5", prompt: "Hi" });\n',
    );
    const result = await run(
      process.execPath,
      [TSC5, "-p", "tsconfig.json", "--noEmit", "--typeRoots", join(ROOT, "node_modules", "@types"), "--pretty", "false"],
      project,
    );
    rmSync(join(project, "src", "typo.ts"));
    expect(tscErrors(result.stdout).map((e) => `${e.file}:${e.line} ${e.code}`)).toEqual(["src/typo.ts:3 TS2820"]);
  });
});
