import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../../generator/cli.js";
import { resolveRoutes } from "../../generator/resolve-routes.js";
import { estimateCost, models } from "../../runtime/index.js";
import type { Model } from "../../runtime/types.js";

const ROOT = join(import.meta.dirname, "..", "..");

async function cli(...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [] };
  const code = await runCli(argv, ROOT, out);
  return { code, ...out };
}

/** Ascending by a number, unknown last. */
const ascending = (key: (m: Model) => number | undefined) => (a: Model, b: Model) => {
  const x = key(a);
  const y = key(b);
  return x === y ? 0 : x === undefined ? 1 : y === undefined ? -1 : x - y;
};

/** The first model by a plain sort: the config's preferred provider first, then `order`, then spec. */
function firstBy(keep: (m: Model) => boolean, order: (a: Model, b: Model) => number, preferred: string): string | undefined {
  const rank = (m: Model) => (m.provider === preferred ? 0 : 1);
  return models()
    .filter(keep)
    .sort((a, b) => rank(a) - rank(b) || order(a, b) || (a.spec < b.spec ? -1 : 1))[0]?.spec;
}

describe("routes in the config", () => {
  it("resolves each route against the filtered catalog into a frozen table typed by spec", async () => {
    const out = mkdtempSync(join(tmpdir(), "llm-catalog-routes-"));
    const result = await cli("gen", "--config", "test/fixtures/config/routes.config.ts", "--out", out);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);

    const shipped = (m: Model) => m.provider === "openai" || m.provider === "mistral";
    const active = (m: Model) => shipped(m) && m.status !== "deprecated";
    const simple = firstBy(
      (m) => active(m) && m.capabilities.tools,
      ascending((m) => estimateCost(m.spec, { input: 3000, output: 1000 })?.total),
      "mistral",
    );
    // Reasoning models of openai only, largest context first.
    const complex = firstBy(
      (m) => active(m) && m.provider === "openai" && m.capabilities.reasoning,
      ascending((m) => (m.limits.context === undefined ? undefined : -m.limits.context)),
      "mistral",
    );
    // Newest first (ISO dates as strings, latest first, unknown last), deprecated models included.
    const newest = (a: Model, b: Model) =>
      a.releaseDate === b.releaseDate ? 0 : a.releaseDate === undefined ? 1 : b.releaseDate === undefined ? -1 : a.releaseDate > b.releaseDate ? -1 : 1;
    const long = firstBy((m) => shipped(m) && (m.limits.context ?? 0) >= 1_000_000, newest, "mistral");
    expect(simple?.startsWith("mistral:")).toBe(true);

    const index = readFileSync(join(out, "index.ts"), "utf8");
    const table = index.slice(index.indexOf("export const routes = defineRoutes({"));
    expect(table.slice(0, table.indexOf("});") + 3)).toBe(
      [
        "export const routes = defineRoutes({",
        `  "simple": "${simple}",`,
        `  "complex": "${complex}",`,
        '  "fixed": "openai:gpt-4o",',
        `  "long-context": "${long}",`,
        "});",
      ].join("\n"),
    );
  });

  it("reports a route nothing satisfies, or whose query is invalid, at its line, naming it, and fails gen", async () => {
    const result = await cli("gen", "--config", "test/fixtures/config/unrouted.config.ts", "--out", mkdtempSync(join(tmpdir(), "llm-catalog-routes-")));
    expect(result.code).toBe(1);
    expect(result.stderr.filter((line) => line.includes(" route_"))).toEqual([
      'test/fixtures/config/unrouted.config.ts:7:5 error route_unresolved routes.gone: Route "gone": none of its 2 alternatives names a model of the catalog',
      'test/fixtures/config/unrouted.config.ts:8:5 error route_unresolved routes.huge: Route "huge": no model satisfies its query',
      expect.stringMatching(
        /^test\/fixtures\/config\/unrouted\.config\.ts:9:5 error route_invalid routes\.typo: Route "typo": Unknown require key "telepathy"/,
      ),
    ]);
  });
});

describe(resolveRoutes.name, () => {
  const catalog = {
    providers: [{ provider: { id: "p", name: "p", protocol: "openai-compatible" as const, env: [] }, models: models("openai").slice(0, 3) }],
  };

  it("takes the first alternative that names a model, and leaves an unresolved route out", () => {
    const first = catalog.providers[0]!.models[0]!.spec;
    const result = resolveRoutes(catalog, { a: ["x:gone", first], b: "x:gone" }, "c.ts", 'routes: {\n  a: [],\n  "b": "x:gone" }');
    expect(result.routes).toEqual({ a: first });
    expect(result.diagnostics).toEqual([
      {
        file: "c.ts",
        line: 3,
        column: 3,
        severity: "error",
        code: "route_unresolved",
        keyPath: "routes.b",
        message: 'Route "b": "x:gone" is not in the catalog',
      },
    ]);
  });
});
