import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../../../generator/cli.js";
import type { CatalogDiff } from "../../../generator/diff-catalogs.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures");
const OLD = "data/models-dev/api.json";
const NEW = "test/corpus/models-dev/api.from-toml.json";

async function cli(root: string, ...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [] };
  return { code: await runCli(argv, root, out), ...out };
}

describe("diff on the two models.dev snapshots", () => {
  it("prints Markdown for a pull-request comment, equal to the golden excerpt", async () => {
    const result = await cli(ROOT, "diff", OLD, NEW, "--max-rows", "5");
    // The one summary line goes to stderr, so stdout is exactly the comment.
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/^diff: \S+ → \S+: \+\d[^·]* · \d+\.\d\d s$/);
    expect(result.code).toBe(0);
    const expected = await readFile(join(FIXTURES, "diff", "models-dev.expected.md"), "utf8");
    expect(`${result.stdout.join("\n")}\n`).toBe(expected);
  });

  it("--json gives every change, in numbers that match the Markdown summary", async () => {
    const result = await cli(ROOT, "diff", OLD, NEW, "--json");
    const diff = JSON.parse(result.stdout.join("\n")) as CatalogDiff & { before: string; after: string };
    expect(diff.before).toBe(OLD);
    expect(diff.models).toMatchObject({ before: 5258, after: 5276 });
    expect([diff.models.added.length, diff.models.removed.length, diff.prices.length, diff.limits.length, diff.statuses.length]).toEqual([
      217, 199, 329, 109, 13,
    ]);
    const price = diff.prices.find((p) => p.spec === "azure:deepseek-v4-flash" && p.field === "input");
    expect(price).toEqual({ spec: "azure:deepseek-v4-flash", field: "input", before: 1.74, after: 0.19, percent: ((0.19 - 1.74) / 1.74) * 100 });
  });

  it("reads a generated folder back as the catalog it was generated from", async () => {
    const result = await cli(ROOT, "diff", "generated", "data/models-dev/api.json");
    expect(result.code).toBe(0);
    expect(result.stdout.join("\n")).toContain("**No changes.**");
  });
});

describe("diff between git revisions", () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: repo, stdio: "pipe" });

  beforeAll(async () => {
    // Two commits, each with a snapshot and the folder `gen` made from it.
    repo = await mkdtemp(join(tmpdir(), "llm-catalog-diff-"));
    git("init", "-q");
    await mkdir(join(repo, "data/models-dev"), { recursive: true });
    for (const name of ["old.json", "new.json"]) {
      await copyFile(join(FIXTURES, "pull", name), join(repo, "data/models-dev/api.json"));
      expect((await cli(repo, "gen", "--quiet")).code).toBe(0);
      git("add", "-A");
      git("commit", "-qm", name);
    }
  }, 60_000);
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it("a bare revision means its generated folder; rev:path names a snapshot file or folder", async () => {
    const expected = ["+1 model", "1 price change"].join(", ");
    for (const [a, b] of [
      ["HEAD~1", "HEAD"],
      ["HEAD~1:data/models-dev/api.json", "HEAD:data/models-dev/api.json"],
      ["HEAD~1:data/models-dev", "data/models-dev"],
      ["HEAD~1:generated", "generated"],
    ] as const) {
      const result = await cli(repo, "diff", a!, b!);
      expect(result.stderr, `${a} ${b}`).toEqual([expect.stringMatching(/^diff: .* · \d+\.\d\d s$/)]);
      expect(result.stdout.join("\n")).toContain(`**${expected}**`);
    }
    const json = JSON.parse((await cli(repo, "diff", "HEAD~1", "HEAD", "--json")).stdout.join("\n")) as CatalogDiff;
    expect(json.prices).toEqual([{ spec: "acme:acme-1", field: "input", before: 1, after: 1.5, percent: 50 }]);
  });

  it("an unknown side exits 1 with one reason per side; a wrong argument count exits 2", async () => {
    const missing = await cli(repo, "diff", "no-such-rev", "HEAD:nowhere");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual([
      "no-such-rev error diff_side_unreadable: No such file or folder, and not a git revision",
      'HEAD:nowhere error diff_side_unreadable: No "nowhere" at revision HEAD',
      "diff: failed: cannot read no-such-rev and HEAD:nowhere",
    ]);
    expect((await cli(repo, "diff", "--upload-pack=x", "HEAD")).code).toBe(2);
    expect((await cli(repo, "diff", "-x", "HEAD")).code).toBe(2);
    expect((await cli(repo, "diff", "HEAD")).code).toBe(2);
  });
});

describe("gen's summary line", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "llm-catalog-gen-"));
    await mkdir(join(root, "data/models-dev"), { recursive: true });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("says what changed since the previous output, and nothing when there was none", { timeout: 30_000 }, async () => {
    await copyFile(join(FIXTURES, "pull", "old.json"), join(root, "data/models-dev/api.json"));
    const first = await cli(root, "gen");
    expect(first.stdout[0]).not.toContain("since the previous output");
    await copyFile(join(FIXTURES, "pull", "new.json"), join(root, "data/models-dev/api.json"));
    const second = await cli(root, "gen");
    expect(second.stdout).toHaveLength(1);
    expect(second.stdout[0]).toMatch(/ · since the previous output: \+1 model, 1 price change · \d+\.\d\d s$/);
    expect((await cli(root, "gen")).stdout[0]).toContain(" · since the previous output: no model changes · ");
    const json = JSON.parse((await cli(root, "gen", "--json")).stdout.join("\n")) as { changes: Record<string, number> };
    expect(json.changes).toMatchObject({ modelsAdded: 0, prices: 0 });
    // A previous output that is not ours is ignored rather than misread.
    await writeFile(join(root, "generated/catalog-data.ts"), "export {};\n");
    expect((await cli(root, "gen")).stdout[0]).not.toContain("since the previous output");
  });
});
