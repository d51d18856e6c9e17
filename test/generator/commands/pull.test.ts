import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../../../generator/cli.js";
import { defaultPullFolder, formatManifest, pullSnapshot, sha256Of, type PullOptions } from "../../../generator/commands/pull.js";
import { startServer, type LocalServer, type SeenRequest } from "./local-server.js";
import type { ServerResponse, IncomingMessage } from "node:http";

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "pull");
const OLD = await readFile(join(FIXTURES, "old.json"));
const NEW = await readFile(join(FIXTURES, "new.json"));
const ETAG = '"v1"';
const OLD_MANIFEST = formatManifest({
  source_url: "(set per test)",
  etag: ETAG,
  last_modified: "Sat, 13 Jun 2026 07:27:49 GMT",
  sha256: sha256Of(OLD),
  size_bytes: OLD.length,
  downloaded_at: "2026-06-13T07:27:49Z",
});

let root: string;
let server: LocalServer | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "llm-catalog-pull-"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

type Handler = (req: SeenRequest, res: ServerResponse, raw: IncomingMessage) => void;

/** Starts the server and stores the old snapshot with a manifest naming the server's URL. */
async function setUp(handler: Handler): Promise<{ url: string; expectUntouched: () => Promise<void> }> {
  server = await startServer(handler);
  const url = `${server.url}/api.json`;
  await mkdir(join(root, "data/models-dev"), { recursive: true });
  await writeFile(join(root, "data/models-dev/api.json"), OLD);
  await writeFile(join(root, "data/models-dev/manifest.json"), OLD_MANIFEST.replace("(set per test)", url));
  const manifest = await readFile(join(root, "data/models-dev/manifest.json"));
  // Checks that both files are byte-identical to what the test started with.
  const expectUntouched = async () => {
    expect((await readFile(join(root, "data/models-dev/api.json"))).equals(OLD)).toBe(true);
    expect((await readFile(join(root, "data/models-dev/manifest.json"))).equals(manifest)).toBe(true);
    expect(existsSync(join(root, "data/models-dev/api.json.tmp"))).toBe(false);
  };
  return { url, expectUntouched };
}

function options(url: string, extra: Partial<PullOptions> = {}): PullOptions {
  return {
    root,
    url,
    into: "data/models-dev",
    timeoutMs: 300,
    maxBytes: 100_000,
    retries: 0,
    backoffMs: 10,
    now: () => new Date("2026-07-01T12:00:00.123Z"),
    ...extra,
  };
}

/** Stands for the elapsed time that ends each summary line, which differs from run to run. */
const TIME = "<time>";

async function cli(...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [] };
  const code = await runCli(argv, root, out);
  return { code, stdout: out.stdout.map((line) => line.replace(/ · \d+\.\d\d s$/, ` · ${TIME}`)), stderr: out.stderr };
}

const ok: Handler = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json", etag: '"v2"', "last-modified": "Wed, 01 Jul 2026 00:00:00 GMT" });
  res.end(NEW);
};

describe("pullSnapshot", () => {
  it("200: stores the body byte for byte, then the manifest, and says to run gen", { timeout: 10_000 }, async () => {
    const { url } = await setUp(ok);
    const result = await pullSnapshot(options(url));
    expect(result).toMatchObject({ ok: true, changed: true, folder: "data/models-dev" });
    expect((await readFile(join(root, "data/models-dev/api.json"))).equals(NEW)).toBe(true);
    expect(JSON.parse(await readFile(join(root, "data/models-dev/manifest.json"), "utf8"))).toEqual({
      source_url: url,
      etag: '"v2"',
      last_modified: "Wed, 01 Jul 2026 00:00:00 GMT",
      sha256: sha256Of(NEW),
      size_bytes: NEW.length,
      downloaded_at: "2026-07-01T12:00:00Z",
    });
    // The stored file still matched its manifest, so the GET was conditional.
    expect(server!.requests[0]!.headers["if-none-match"]).toBe(ETAG);
    expect(server!.requests[0]!.headers["if-modified-since"]).toBe("Sat, 13 Jun 2026 07:27:49 GMT");
  });

  it("304: nothing to do, both files untouched", { timeout: 10_000 }, async () => {
    const { url, expectUntouched } = await setUp((req, res) => {
      res.writeHead(req.headers["if-none-match"] === ETAG ? 304 : 200);
      res.end(req.headers["if-none-match"] === ETAG ? undefined : NEW);
    });
    expect(await pullSnapshot(options(url))).toEqual({ ok: true, changed: false, folder: "data/models-dev", reason: "not modified (HTTP 304)" });
    await expectUntouched();
  });

  it("sends a plain GET when the stored file no longer matches its manifest", { timeout: 10_000 }, async () => {
    const { url } = await setUp(ok);
    await writeFile(join(root, "data/models-dev/api.json"), "{}");
    await pullSnapshot(options(url));
    expect(server!.requests[0]!.headers["if-none-match"]).toBeUndefined();
    expect((await readFile(join(root, "data/models-dev/api.json"))).equals(NEW)).toBe(true);
  });

  it("a body identical to the stored file changes nothing", { timeout: 10_000 }, async () => {
    const { url, expectUntouched } = await setUp((_req, res) => res.end(OLD));
    expect(await pullSnapshot(options(url))).toMatchObject({ ok: true, changed: false, reason: "not modified (same content)" });
    await expectUntouched();
  });

  it("500 then 200: retried after a backoff, then stored", { timeout: 10_000 }, async () => {
    let calls = 0;
    const { url } = await setUp((req, res, raw) => (++calls === 1 ? res.writeHead(500).end("oops") : ok(req, res, raw)));
    const waits: number[] = [];
    const result = await pullSnapshot(options(url, { retries: 2, sleep: async (ms) => void waits.push(ms) }));
    expect(result).toMatchObject({ ok: true, changed: true });
    expect(calls).toBe(2);
    expect(waits).toEqual([10]);
  });

  it("retries only transient failures, a bounded number of times with growing waits", { timeout: 10_000 }, async () => {
    const { url } = await setUp((_req, res) => res.writeHead(503, { "retry-after": "1" }).end());
    const waits: number[] = [];
    expect(await pullSnapshot(options(url, { retries: 2, sleep: async (ms) => void waits.push(ms) }))).toMatchObject({
      ok: false,
      reason: `HTTP 503 from ${url}`,
    });
    expect(waits).toEqual([1000, 1000]);
    await server!.close();
    const notFound = await setUp((_req, res) => res.writeHead(404).end());
    expect(await pullSnapshot(options(notFound.url, { retries: 3, sleep: async () => undefined }))).toMatchObject({ ok: false });
    expect(server!.requests).toHaveLength(1);
    await notFound.expectUntouched();
  });

  it("a server that trickles bytes forever is cut off by the attempt's deadline", { timeout: 10_000 }, async () => {
    const { url, expectUntouched } = await setUp((_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => (res.writable ? res.write(" ") : clearInterval(timer)), 50);
      res.on("close", () => clearInterval(timer));
    });
    const started = performance.now();
    expect(await pullSnapshot(options(url, { deadlineMs: 400 }))).toMatchObject({ ok: false, reason: "no complete response within 0.4 s" });
    expect(performance.now() - started).toBeLessThan(3000);
    await expectUntouched();
  });

  it("follows up to 5 redirects and refuses a loop", { timeout: 10_000 }, async () => {
    const { url, expectUntouched } = await setUp((req, res) => {
      const hop = Number(/\/hop(\d+)/.exec(req.url)?.[1] ?? 0);
      if (req.url.startsWith("/loop")) res.writeHead(302, { location: "/loop" }).end();
      else if (req.url === "/api.json" || hop < 3) res.writeHead(302, { location: `/hop${hop + 1}` }).end();
      else ok(req, res, undefined as never);
    });
    expect(await pullSnapshot(options(`${server!.url}/loop`))).toMatchObject({ ok: false, reason: expect.stringMatching(/^redirect refused/) });
    await expectUntouched();
    expect(await pullSnapshot(options(url))).toMatchObject({ ok: true, changed: true });
  });

  it("stores any other URL in data/remote-<h8>/ and the default in data/models-dev/", () => {
    expect(defaultPullFolder("https://models.dev/api.json")).toBe("data/models-dev");
    expect(defaultPullFolder("https://mirror.test/api.json")).toBe(`data/remote-${sha256Of(Buffer.from("https://mirror.test/api.json")).slice(0, 8)}`);
    expect(sha256Of(Buffer.from("https://models.dev/api.json")).slice(0, 8)).toBe("ea9de843");
  });
});

/** Each failure: exit 1, one line naming the cause, and both files byte-identical. */
const FAILURES: [string, Handler, RegExp, string[]?][] = [
  [
    "404",
    (_req, res) => res.writeHead(404).end("no such file"),
    /^pull: failed: HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/api\.json · data\/models-dev\/ left untouched$/,
  ],
  ["500 on every attempt", (_req, res) => res.writeHead(500).end(), /^pull: failed: HTTP 500 from .* · data\/models-dev\/ left untouched$/],
  ["a server that stalls past the timeout", () => undefined, /^pull: failed: no response within 0\.3 s · data\/models-dev\/ left untouched$/],
  [
    "a body that stalls midway",
    (_req, res) => res.writeHead(200, { "content-length": String(NEW.length) }).write(NEW.subarray(0, 100)),
    /^pull: failed: the body stalled for more than 0\.3 s · /,
  ],
  [
    "a truncated body",
    (_req, res) => {
      res.writeHead(200, { "content-length": String(NEW.length) });
      res.write(NEW.subarray(0, 200), () => res.socket?.destroy());
    },
    /^pull: failed: truncated body: the connection closed after 200 of 730 bytes · /,
  ],
  ["a connection reset", (_req, _res, raw) => raw.socket.resetAndDestroy(), /^pull: failed: the connection was reset · /],
  [
    "invalid JSON",
    (_req, res) => res.end(NEW.subarray(0, 300)),
    /^pull: failed: invalid snapshot: data\/models-dev\/api\.json:1:301 error json_syntax: Invalid JSON: .* · /,
  ],
  [
    "schema-invalid JSON",
    (_req, res) => res.end(JSON.stringify({ acme: { name: "Acme", env: [], npm: "x", models: { m: { name: "M", limit: { context: "big" } } } } })),
    /^pull: failed: invalid snapshot \(\d+ errors\), first: data\/models-dev\/api\.json:1:\d+ error \w+ acme\.models\.m\.\w+: .* · /,
  ],
  ["an empty body", (_req, res) => res.end(), /^pull: failed: empty body · /],
  ["not UTF-8", (_req, res) => res.end(Buffer.from([0x7b, 0xff, 0x7d])), /^pull: failed: the body is not UTF-8 text · /],
  [
    "a body over the size limit (announced)",
    (_req, res) => res.end(NEW),
    /^pull: failed: the body \(730 bytes announced\) exceeds the 500-byte limit · /,
    ["--max-bytes", "500"],
  ],
  [
    "a body over the size limit (streamed)",
    (_req, res) => {
      res.writeHead(200);
      res.write(NEW);
      res.end(NEW);
    },
    /^pull: failed: the body exceeds the 1000-byte limit · /,
    ["--max-bytes", "1000"],
  ],
];

describe("pull (CLI)", () => {
  for (const [name, handler, reason, flags] of FAILURES) {
    it(`${name}: exit 1, one line, previous snapshot and manifest byte-identical`, { timeout: 10_000 }, async () => {
      const { url, expectUntouched } = await setUp(handler);
      const started = performance.now();
      const result = await cli("pull", "--url", url, "--out", "data/models-dev", "--timeout", "0.3", "--retries", "0", ...(flags ?? []));
      expect(result.stdout).toEqual([]);
      expect(result.stderr).toHaveLength(1);
      expect(result.stderr[0]).not.toContain("\n");
      expect(result.stderr[0]).toMatch(reason);
      expect(result.code).toBe(1);
      expect(performance.now() - started).toBeLessThan(5000);
      await expectUntouched();
    });
  }

  it("200 after a 500: exit 0 and a line that says to run gen", { timeout: 10_000 }, async () => {
    let calls = 0;
    const { url } = await setUp((req, res, raw) => (++calls === 1 ? res.writeHead(500).end() : ok(req, res, raw)));
    const result = await cli("pull", "--url", url, "--out", "data/models-dev", "--retries", "1");
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toEqual([
      `pull: ${url} → data/models-dev/api.json (730 bytes, sha256 ${sha256Of(NEW).slice(0, 12)}) · run \`npm run gen\` to regenerate · ${TIME}`,
    ]);
    expect(result.code).toBe(0);
  });

  it("shows bytes and rate on a terminal's status line, and nothing when there is no terminal", { timeout: 10_000 }, async () => {
    const { url } = await setUp(ok);
    const shown: string[] = [];
    const out: CliOutput = { stdout: [], stderr: [], progress: (line) => shown.push(line) };
    expect(await runCli(["pull", "--url", url, "--out", "data/models-dev"], root, out)).toBe(0);
    expect(shown.at(-2)).toMatch(/^pull: 730 B( of 730 B)? · [\d.]+ (B|kB|MB|GB)\/s$/);
    // The status line is cleared before the summary is printed.
    expect(shown.at(-1)).toBe("");
    expect(out.stderr).toEqual([]);
  });

  it("304 prints one line and exits 0; --json gives the result", { timeout: 10_000 }, async () => {
    const { url, expectUntouched } = await setUp((_req, res) => res.writeHead(304).end());
    const result = await cli("pull", "--url", url, "--out", "data/models-dev");
    expect(result).toMatchObject({ code: 0, stdout: [`pull: not modified (HTTP 304) · data/models-dev/ unchanged · ${TIME}`], stderr: [] });
    const json = await cli("pull", "--url", url, "--out", "data/models-dev", "--json");
    expect(JSON.parse(json.stdout[0]!)).toEqual({
      command: "pull",
      url,
      ok: true,
      changed: false,
      folder: "data/models-dev",
      reason: "not modified (HTTP 304)",
    });
    await expectUntouched();
  });

  it("--gen regenerates from the new snapshot", { timeout: 20_000 }, async () => {
    const { url } = await setUp(ok);
    const result = await cli("pull", "--url", url, "--out", "data/models-dev", "--gen");
    expect(result.stderr).toEqual([]);
    expect(result.stdout[0]).toMatch(/· running gen · <time>$/);
    expect(result.stdout[1]).toMatch(/^gen: 1 providers, 2 models → generated\/ /);
    expect(result.code).toBe(0);
    expect(existsSync(join(root, "generated/catalog-data.ts"))).toBe(true);
  });

  it("a URL that is not in the config's sources is stored under data/remote-<h8>/ with a hint", { timeout: 10_000 }, async () => {
    const { url } = await setUp(ok);
    const result = await cli("pull", "--url", url);
    const folder = defaultPullFolder(url);
    expect(result.stdout[0]).toContain(`→ ${folder}/api.json`);
    expect(result.stdout[0]).toMatch(/add \{ format: "models-dev-json", path: "data\/remote-[0-9a-f]{8}\/api\.json" \} to the config's sources/);
    expect((await readFile(join(root, folder, "api.json"))).equals(NEW)).toBe(true);
  });

  it("takes the URL from the config's pull.url, and never stores credentials from a URL", { timeout: 10_000 }, async () => {
    const { url } = await setUp(ok);
    const withCredentials = url.replace("http://", "http://user:secret@");
    await writeFile(join(root, "catalog.config.ts"), `export default { pull: { url: ${JSON.stringify(withCredentials)} } };\n`);
    const result = await cli("pull", "--out", "data/models-dev");
    expect(result.stderr).toEqual([]);
    expect(result.stdout[0]).toMatch(new RegExp(`^pull: ${url.replace(/[.]/g, "\\.")} → data/models-dev/api\\.json`));
    const manifest = await readFile(join(root, "data/models-dev/manifest.json"), "utf8");
    expect(JSON.parse(manifest)).toMatchObject({ source_url: url });
    expect(manifest).not.toContain("secret");
    expect(server!.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from("user:secret").toString("base64")}`);
    // Another file name: an imported config stays cached for the process.
    await writeFile(join(root, "ftp.config.ts"), `export default { pull: { url: "ftp://example.com/api.json" } };\n`);
    expect(await cli("pull", "--config", "ftp.config.ts")).toMatchObject({
      code: 1,
      stderr: ["ftp.config.ts error invalid_format pull.url: Expected an http or https URL", "pull: failed: invalid configuration"],
    });
  });

  it("never writes outside data/: escaping folders and symlinks are usage errors", { timeout: 10_000 }, async () => {
    const { url, expectUntouched } = await setUp(ok);
    const outside = await mkdtemp(join(tmpdir(), "llm-catalog-outside-"));
    await symlink(outside, join(root, "data/elsewhere"));
    for (const out of ["../escape", "data/../escape", "data", "/tmp/escape", "data/elsewhere", "data/elsewhere/deeper"]) {
      const result = await cli("pull", "--url", url, "--out", out);
      expect(result.code, out).toBe(2);
      expect(result.stderr[0]).toMatch(/is not a folder inside data\//);
    }
    expect(server!.requests).toHaveLength(0);
    expect(existsSync(join(root, "escape"))).toBe(false);
    await rm(outside, { recursive: true });
    await expectUntouched();
  });

  it("rejects non-http URLs and bad numbers with exit 2", async () => {
    expect((await cli("pull", "--url", "file:///etc/passwd")).code).toBe(2);
    expect((await cli("pull", "--url", "not a url")).code).toBe(2);
    expect((await cli("pull", "--timeout", "soon")).code).toBe(2);
    expect((await cli("pull", "--max-bytes", "1.5")).code).toBe(2);
  });
});
