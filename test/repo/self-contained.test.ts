// A clone has nothing beside it: no file of the repository may refer to a folder outside it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outsideReferences, readTextFiles, report, repositoryFiles, type TextFile } from "./scan.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** The check's own rules and examples name what they look for; they are the only files left out. */
const THE_CHECK_ITSELF = ["test/repo/scan.ts", "test/repo/self-contained.test.ts"];

describe("the repository is self-contained", () => {
  it("no tracked file refers to the shared folder beside a dev checkout, to a machine's absolute path, or climbs above the root", () => {
    const { paths, from } = repositoryFiles(ROOT);
    expect(paths).toEqual(expect.arrayContaining(THE_CHECK_ITSELF));
    const files = readTextFiles(
      ROOT,
      paths.filter((p) => !THE_CHECK_ITSELF.includes(p)),
    );
    // A sanity floor, so an empty listing cannot pass: the corpora alone are over 150 files.
    expect(files.length, `files listed by ${from}`).toBeGreaterThan(300);
    expect(files.some((f) => f.path === "test/generator/formats/ex-llm-yaml/read-ex-llm-yaml.test.ts")).toBe(true);
    expect(report(outsideReferences(files))).toEqual([]);
  });
});

describe("outsideReferences", () => {
  const at = (path: string, text: string): TextFile => ({ path, text });
  // Spelled in two parts, so that this file holds no literal reference for a plain text search to find.
  const SHARED = `${".."}/shared`;

  it("finds the shared folder, machine paths and paths that climb out, in any file", () => {
    const files = [
      at("test/generator/x.test.ts", `const DATA = "${SHARED}/data/ex_llm/models";\nconst OK = "test/corpus/ex_llm/models";\n`),
      at("test/bench/all.config.ts", `sources: [{ format: "models-dev-toml", path: "${SHARED}/data/models-dev" }],\n`),
      at("test/bench/bench.ts", 'const on = existsSync(join(ROOT, "..", "shared", "data"));\n'),
      at("scripts/win.ts", 'const p = "..\\\\shared\\\\data";\n'),
      at("test/a.test.ts", 'const TREE = "/work/shared/data/models-dev";\nconst HOME = "/home/someone/data";\n'),
      at("catalog.config.ts", 'export default { sources: [{ path: "../other-checkout/api.json" }] };\n'),
      at("test/generator/y.test.ts", 'import x from "../../../outside/module.js";\nconst up = join(ROOT, "..", "sibling");\n'),
      at("test/z.test.ts", 'const ROOT = join(import.meta.dirname, "..", "..");\n'),
      at("README.md", "See [the data](../data-repo/README.md).\n"),
    ];
    expect(report(outsideReferences(files))).toEqual([
      `test/generator/x.test.ts:1 shared-folder: const DATA = "${SHARED}/data/ex_llm/models";`,
      `test/bench/all.config.ts:1 shared-folder: sources: [{ format: "models-dev-toml", path: "${SHARED}/data/models-dev" }],`,
      'test/bench/bench.ts:1 shared-folder: const on = existsSync(join(ROOT, "..", "shared", "data"));',
      'test/bench/bench.ts:1 climbs-out: const on = existsSync(join(ROOT, "..", "shared", "data"));',
      'scripts/win.ts:1 shared-folder: const p = "..\\\\shared\\\\data";',
      'test/a.test.ts:1 machine-path: const TREE = "/work/shared/data/models-dev";',
      'test/a.test.ts:2 machine-path: const HOME = "/home/someone/data";',
      'catalog.config.ts:1 climbs-out: export default { sources: [{ path: "../other-checkout/api.json" }] };',
      'test/generator/y.test.ts:1 climbs-out: import x from "../../../outside/module.js";',
      'test/generator/y.test.ts:2 climbs-out: const up = join(ROOT, "..", "sibling");',
      'test/z.test.ts:1 climbs-out: const ROOT = join(import.meta.dirname, "..", "..");',
      "README.md:1 climbs-out: See [the data](../data-repo/README.md).",
    ]);
  });

  it("lets relative paths inside the repository, URLs, node_modules paths and expected output through", () => {
    const files = [
      at("test/generator/x.test.ts", 'import { a } from "../../generator/pipeline.js";\nconst ROOT = join(import.meta.dirname, "..", "..");\n'),
      at("generated/providers/openai.ts", 'import type { Model } from "../../runtime/core.js";\n'),
      at("README.md", "# yaml-language-server: $schema=../../node_modules/llm-catalog/schema/overlay.schema.json\nhttps://example.com/home/work/x\n"),
      at("test/generator/config.test.ts", 'expect(runtimeImportFor(join(ROOT, "generated"))).toBe("../../../runtime/core.js");\n'),
      at("test/generator/pull.test.ts", 'for (const out of ["../escape", "data/../escape"]) {}\n'),
    ];
    expect(report(outsideReferences(files))).toEqual([]);
  });
});
