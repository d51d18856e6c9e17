import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../../../generator/cli.js";
import { ollamaContextOf } from "../../../generator/commands/discover.js";
import { generateCatalog } from "../../../generator/pipeline.js";
import { loadConfig } from "../../../generator/sources/load-config.js";
import { startServer, type LocalServer, type SeenRequest } from "./local-server.js";
import type { ServerResponse } from "node:http";

let root: string;
let server: LocalServer | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "llm-catalog-discover-"));
  await mkdir(join(root, "data"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

/** Stands for the elapsed time that ends each summary line, which differs from run to run. */
const TIME = "<time>";

async function cli(env: Record<string, string>, ...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [], env };
  const code = await runCli(argv, root, out);
  return { code, stdout: out.stdout.map((line) => line.replace(/ · \d+\.\d\d s$/, ` · ${TIME}`)), stderr: out.stderr };
}

const json = (res: ServerResponse, value: unknown, status = 200) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));

/** A fake Ollama with three models: one with tools and vision, one thinking, one embedding whose /api/show fails. */
function fakeOllama(req: SeenRequest, res: ServerResponse): void {
  if (req.method === "GET" && req.url === "/api/tags") {
    json(res, {
      models: [
        { name: "qwen3:8b", model: "qwen3:8b", details: { family: "qwen3", parameter_size: "8.2B", quantization_level: "Q4_K_M", format: "gguf" } },
        { name: "llama3.2-vision:latest", model: "llama3.2-vision:latest", details: { family: "mllama", parameter_size: "10.7B" } },
        { name: "nomic-embed-text:latest", model: "nomic-embed-text:latest", details: { family: "nomic-bert" } },
        { name: " bad id" },
        { name: "qwen3:8b" },
      ],
    });
  } else if (req.method === "POST" && req.url === "/api/show") {
    const { model } = JSON.parse(req.body) as { model: string };
    if (model === "qwen3:8b")
      json(res, { model_info: { "general.architecture": "qwen3", "qwen3.context_length": 40960 }, capabilities: ["completion", "tools", "thinking"] });
    else if (model === "llama3.2-vision:latest")
      json(res, { model_info: { "general.architecture": "mllama", "mllama.context_length": 131072 }, capabilities: ["completion", "vision", "tools"] });
    else json(res, { error: "boom" }, 500);
  } else json(res, { error: "not found" }, 404);
}

describe("discover --ollama", () => {
  it("lists a fake Ollama's models into data/discovered/ollama.yaml with a manifest, and gen merges it", { timeout: 30_000 }, async () => {
    server = await startServer(fakeOllama);
    const result = await cli({}, "discover", "--ollama", server.url, "--timeout", "0.3", "--retries", "0");
    expect(result.stderr).toEqual([
      'discover: warning: Model id " bad id" has leading or trailing whitespace; skipped',
      `discover: warning: nomic-embed-text:latest: no details (HTTP 500 from ${server.url}/api/show)`,
    ]);
    expect(result.stdout).toEqual([
      `discover: 3 models → data/discovered/ollama.yaml (provider ollama) · gen merges it with --source overlay:data/discovered/ollama.yaml, or add { format: "overlay", path: "data/discovered/ollama.yaml" } to the config's sources · ${TIME}`,
    ]);
    expect(result.code).toBe(0);
    const yaml = await readFile(join(root, "data/discovered/ollama.yaml"), "utf8");
    expect(yaml).toBe(`# Models of ${server.url}, listed by \`llm-catalog discover\`. Each run rewrites this file;
# put corrections in another overlay.
ollama:
  name: Ollama
  env: []
  npm: "@ai-sdk/openai-compatible"
  api: ${server.url}/v1
  models:
    llama3.2-vision:latest:
      name: llama3.2-vision:latest
      family: mllama
      mode: chat
      limit:
        context: 131072
      capabilities:
        - local_inference
        - vision
        - tools
      extra:
        parameter_size: 10.7B
        ollama_capabilities:
          - completion
          - vision
          - tools
    nomic-embed-text:latest:
      name: nomic-embed-text:latest
      family: nomic-bert
      capabilities:
        - local_inference
    qwen3:8b:
      name: qwen3:8b
      family: qwen3
      mode: chat
      limit:
        context: 40960
      capabilities:
        - local_inference
        - tools
        - reasoning
      extra:
        parameter_size: 8.2B
        quantization_level: Q4_K_M
        format: gguf
        ollama_capabilities:
          - completion
          - tools
          - thinking
`);
    const manifest = JSON.parse(await readFile(join(root, "data/discovered/ollama.manifest"), "utf8")) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      source_url: server.url,
      kind: "ollama",
      provider: "ollama",
      api_key_env: null,
      models: 3,
      size_bytes: Buffer.byteLength(yaml),
    });

    // gen merges it like any other overlay.
    const context = loadConfig({ root, sources: [{ format: "overlay", path: "data/discovered/ollama.yaml" }], noDefaultSources: true, asOf: "2026-06-13" });
    const generated = await generateCatalog(context);
    expect(generated.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const models = generated.catalog!.providers[0]!.models;
    expect(models.map((m) => m.spec)).toEqual(["ollama:llama3.2-vision:latest", "ollama:nomic-embed-text:latest", "ollama:qwen3:8b"]);
    expect(models[0]).toMatchObject({
      limits: { context: 131072 },
      capabilities: { tools: true, localInference: true },
      modalities: { input: ["text", "image"] },
    });
    expect(models[2]).toMatchObject({ capabilities: { tools: true, reasoning: true } });
    expect(generated.catalog!.providers[0]!.provider).toMatchObject({ id: "ollama", protocol: "openai-compatible", baseUrl: `${server.url}/v1` });
  });

  it("an unreachable or broken server exits 1 with one line and leaves the previous file", { timeout: 10_000 }, async () => {
    await mkdir(join(root, "data/discovered"));
    await writeFile(join(root, "data/discovered/ollama.yaml"), "previous\n");
    server = await startServer((req, res) => (req.url === "/api/tags" ? res.end("{not json") : res.writeHead(404).end()));
    const broken = await cli({}, "discover", "--ollama", server.url, "--retries", "0");
    expect(broken).toMatchObject({ code: 1, stdout: [], stderr: ["discover: failed: /api/tags is not valid JSON · data/discovered/ left untouched"] });
    await server.close();
    server = await startServer((_req, res) => json(res, { models: [] }));
    expect((await cli({}, "discover", "--ollama", server.url)).stderr).toEqual([
      `discover: failed: ${server.url} lists no models · data/discovered/ left untouched`,
    ]);
    const url = server.url;
    await server.close();
    server = undefined;
    const refused = await cli({}, "discover", "--ollama", url, "--retries", "0", "--timeout", "0.3");
    expect(refused).toMatchObject({ code: 1, stderr: ["discover: failed: connection refused · data/discovered/ left untouched"] });
    expect(await readFile(join(root, "data/discovered/ollama.yaml"), "utf8")).toBe("previous\n");
    expect(existsSync(join(root, "data/discovered/ollama.manifest"))).toBe(false);
  });

  it("reads the context length under the model's own architecture first", () => {
    expect(ollamaContextOf({ "general.architecture": "llama", "bert.context_length": 512, "llama.context_length": 8192 })).toBe(8192);
    expect(ollamaContextOf({ "gemma3.context_length": 32768 })).toBe(32768);
    expect(ollamaContextOf({ "llama.context_length": -1 })).toBeUndefined();
    expect(ollamaContextOf(null)).toBeUndefined();
  });
});

describe("discover --openai", () => {
  const KEY = "sk-test-do-not-store";

  it("lists /models with a bearer key from --api-key-env, and never writes the key", { timeout: 10_000 }, async () => {
    server = await startServer((req, res) => {
      if (req.headers.authorization !== `Bearer ${KEY}`) return json(res, { error: "unauthorized" }, 401);
      if (req.url !== "/v1/models") return json(res, {}, 404);
      json(res, {
        object: "list",
        data: [
          { id: "mistral-small", object: "model", owned_by: "mistralai", max_model_len: 32768 },
          { id: "gpt-local", object: "model", owned_by: "me", context_length: 8192 },
          { id: "plain", object: "model" },
        ],
      });
    });
    const result = await cli({ LOCAL_API_KEY: KEY }, "discover", "--openai", `${server.url}/v1`, "--api-key-env", "LOCAL_API_KEY", "--provider", "local-vllm");
    expect(result.stderr).toEqual([]);
    expect(result.stdout[0]).toMatch(/^discover: 3 models → data\/discovered\/local-vllm\.yaml \(provider local-vllm\) · /);
    expect(result.code).toBe(0);
    const yaml = await readFile(join(root, "data/discovered/local-vllm.yaml"), "utf8");
    const manifest = await readFile(join(root, "data/discovered/local-vllm.manifest"), "utf8");
    for (const text of [yaml, manifest]) expect(text).not.toContain(KEY);
    expect(yaml).toContain(
      `local-vllm:\n  name: local-vllm\n  env:\n    - LOCAL_API_KEY\n  npm: "@ai-sdk/openai-compatible"\n  api: ${server.url}/v1\n  models:\n    gpt-local:\n      name: gpt-local\n      limit:\n        context: 8192\n`,
    );
    expect(yaml).toContain("    plain:\n      name: plain\n");
    expect(JSON.parse(manifest)).toMatchObject({ kind: "openai", api_key_env: "LOCAL_API_KEY", models: 3 });
  });

  it("without the key the server's 401 is the reason; a missing variable is a usage error", { timeout: 10_000 }, async () => {
    server = await startServer((_req, res) => json(res, { error: "unauthorized" }, 401));
    expect(await cli({}, "discover", "--openai", `${server.url}/v1`)).toMatchObject({
      code: 1,
      stderr: [`discover: failed: HTTP 401 from ${server.url}/v1/models · data/discovered/ left untouched`],
    });
    expect((await cli({}, "discover", "--openai", `${server.url}/v1`, "--api-key-env", "MISSING_KEY")).code).toBe(2);
    expect(server.requests).toHaveLength(1);
  });

  it("usage errors: both or neither server, a provider id that is no file name, a folder outside data/", async () => {
    expect((await cli({}, "discover")).code).toBe(2);
    expect((await cli({}, "discover", "--ollama", "http://127.0.0.1:1", "--openai", "http://127.0.0.1:1")).code).toBe(2);
    expect((await cli({}, "discover", "--ollama", "http://127.0.0.1:1", "--provider", "..")).code).toBe(2);
    expect((await cli({}, "discover", "--ollama", "http://127.0.0.1:1", "--provider", "a/b")).code).toBe(2);
    expect((await cli({}, "discover", "--ollama", "http://127.0.0.1:1", "--out", "../x")).code).toBe(2);
  });
});
