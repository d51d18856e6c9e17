// The package as users get it: `npm pack` (after `npm run build`), checked by publint and
// attw, then installed into a copy of examples/consumer that generates its own catalog and
// type-checks against it with TypeScript 5.9 and, when it can be installed, TypeScript 7.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedErrors, run, tscErrors, type RunResult } from "./run.js";

const ROOT = join(import.meta.dirname, "..", "..");
const EXAMPLE = join(ROOT, "examples", "consumer");
const TSC5 = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const BIN = (name: string) => join(ROOT, "node_modules", ".bin", name);
const NPM_QUIET = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];

let work: string;
let tarball: string;
let packedFiles: string[];
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

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "llm-catalog-package-"));
  ts7 = installTs7();
  // The same steps as `npm pack` with its prepack script, split so the file list comes back as JSON.
  ok(await run("npm", ["run", "build", "--silent"], ROOT), "npm run build");
  const packed = ok(await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work, "--loglevel=error"], ROOT), "npm pack");
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  tarball = join(work, info.filename);
  packedFiles = info.files.map((f) => f.path);
}, 240_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds the build, the snapshot, the schemas and the licences, and no sources or tests", () => {
    expect(packedFiles).toContain("dist/runtime/index.js");
    expect(packedFiles).toContain("dist/runtime/index.d.ts");
    expect(packedFiles).toContain("dist/generator/cli.js");
    expect(packedFiles).toContain("dist/generated/providers/openai.d.ts");
    expect(packedFiles).toContain("data/models-dev/api.json");
    expect(packedFiles).toContain("schema/overlay.schema.json");
    expect(packedFiles).toEqual(expect.arrayContaining(["LICENSE", "NOTICE", "data/models-dev/LICENSE"]));
    expect(packedFiles.filter((f) => /^(test|generator|runtime|generated)\//.test(f) || (f.endsWith(".ts") && !f.endsWith(".d.ts")))).toEqual([]);
  });

  it("passes publint with no errors, warnings or suggestions", async () => {
    const result = ok(await run(BIN("publint"), ["run", "--strict", tarball], ROOT), "publint");
    expect(result.stdout).toMatch(/All good!/);
  });

  it("passes attw for ESM consumers (node16 from ESM, bundler)", async () => {
    // ESM only, like the engines field says: the esm-only profile leaves out CommonJS require and node10.
    const entries = ["./providers/openai", "./providers/anthropic"];
    const result = await run(BIN("attw"), [tarball, "--profile", "esm-only", "--format", "json", "--include-entrypoints", ...entries], ROOT);
    const report = JSON.parse(result.stdout) as { analysis: { problems: { resolutionKind?: string }[] } };
    // The JSON lists every problem; the profile decides which count. Node10 and CommonJS are out of scope.
    const counted = report.analysis.problems.filter((p) => p.resolutionKind !== "node10" && p.resolutionKind !== "node16-cjs");
    expect(counted).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe("examples/consumer", () => {
  beforeAll(async () => {
    consumer = join(work, "consumer");
    cpSync(EXAMPLE, consumer, { recursive: true, filter: (path) => !/(node_modules|dist|src\/catalog)$/.test(path) });
    // Installs only the packed tarball (and its dependencies); TypeScript 5.9 is this repository's.
    const manifest = JSON.parse(readFileSync(join(consumer, "package.json"), "utf8"));
    manifest.dependencies["llm-catalog"] = `file:${tarball}`;
    delete manifest.devDependencies;
    writeFileSync(join(consumer, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    ok(await run("npm", ["install", ...NPM_QUIET], consumer), "npm install in the consumer");
  }, 240_000);

  it("generates its own catalog into src/catalog: overlay, deny rule, runtime from llm-catalog/runtime", async () => {
    const manifest = JSON.parse(readFileSync(join(EXAMPLE, "package.json"), "utf8"));
    const args = (manifest.scripts.gen as string).split(" ").slice(1);
    const result = ok(await run(join(consumer, "node_modules", ".bin", "llm-catalog"), args, consumer), "llm-catalog gen");
    expect(result.stdout).toMatch(/^gen: 3 providers, 8 models \(5,251 filtered out\) → src\/catalog\/ \(9 files, 9 written, 0 removed\) · 0 errors, \d+ warnings, \d+ info · \d+\.\d\d s\n$/);
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
