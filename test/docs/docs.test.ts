// The user documentation: README.md and docs/. Its ```ts examples are compiled by
// test/types/types.test.ts; this file checks the rest: links, overlay examples and self-containment.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { documentFiles } from "../types/doc-blocks.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DOCS = documentFiles().map((path) => ({ path, text: readFileSync(join(ROOT, path), "utf8") }));
const schema = (name: string) => z.fromJSONSchema(JSON.parse(readFileSync(join(ROOT, "schema", name), "utf8")));

/** Every Markdown file of the repository (not dependencies, build output or test output). */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ["node_modules", ".git", "dist", ".out", ".bench"].includes(entry.name) ? [] : markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(text: string): Set<string> {
  const withoutCode = text.replace(/^```[\s\S]*?^```$/gm, "");
  return new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1]!.trim())));
}

describe("README.md and docs/", () => {
  it("has an index of docs/ that links every page", () => {
    const index = DOCS.find((d) => d.path === "docs/README.md")!;
    for (const { path } of DOCS.filter((d) => d.path.startsWith("docs/") && d.path !== "docs/README.md")) {
      expect(index.text, path).toContain(`](${path.slice("docs/".length)})`);
    }
  });

  it("links only to files and headings that exist", () => {
    const broken: string[] = [];
    for (const { path, text } of DOCS) {
      const prose = text.replace(/^```[\s\S]*?^```$/gm, "");
      for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue; // https:, mailto:
        const [file, anchor] = target!.split("#");
        const resolved = file === "" ? path : join(dirname(path), file!);
        if (!existsSync(join(ROOT, resolved))) broken.push(`${path}: ${target} (no file ${resolved})`);
        else if (anchor !== undefined && resolved.endsWith(".md") && !anchorsOf(readFileSync(join(ROOT, resolved), "utf8")).has(anchor)) {
          broken.push(`${path}: ${target} (no heading #${anchor} in ${resolved})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("stands on its own: every Markdown file it names is in the repository, and it cites no section or issue numbers", () => {
    const ours = new Set(markdownFiles(ROOT).map((p) => basename(p)));
    const found = DOCS.flatMap(({ path, text }) =>
      // Code blocks may name files a reader's own commands write (`> catalog-diff.md`); prose may not.
      text
        .replace(/^```[\s\S]*?^```$/gm, (block) => block.replace(/[^\n]/g, ""))
        .split("\n")
        .flatMap((line, i) => {
          const foreign = [...line.matchAll(/[\w.-]+\.md\b/g)].map((m) => m[0]).filter((name) => !ours.has(name));
          const cited = /§|\bissue #?\d/i.test(line);
          return foreign.length > 0 || cited ? [`${path}:${i + 1}: ${line}`] : [];
        }),
    );
    expect(found).toEqual([]);
  });

  it("shows overlays that the published JSON Schemas accept", () => {
    const pages = DOCS.filter((d) => d.path.startsWith("docs/"));
    const yamlOverlays = pages.flatMap((d) =>
      [...d.text.matchAll(/^```yaml\n(#[^\n]*\n)*?# [^\n]*overlay[^\n]*\.yaml[^\n]*\n[\s\S]*?^```$/gm)].map((m) => m[0].slice(8, -3)),
    );
    const tomlModels = pages.flatMap((d) => [...d.text.matchAll(/^```toml\n# [^\n]*\/models\/[^\n]*\.toml\n[\s\S]*?^```$/gm)].map((m) => m[0].slice(8, -3)));
    expect(yamlOverlays.length).toBeGreaterThanOrEqual(3);
    expect(tomlModels.length).toBeGreaterThanOrEqual(1);
    for (const text of yamlOverlays) expect(schema("overlay.schema.json").safeParse(parseYaml(text)).error, text).toBeUndefined();
    for (const text of tomlModels) expect(schema("overlay-model.schema.json").safeParse(parseToml(text)).error, text).toBeUndefined();
  });
});
