// The README, docs/ and the bench results are read by users with only the repository in hand: they
// must not send the reader to an issue tracker's numbers or to documents that are not in the repository.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isUserProse, proseProblems, readTextFiles, report, repositoryFiles } from "./scan.js";

const ROOT = join(import.meta.dirname, "..", "..");

describe("user-facing prose", () => {
  it("names no issue numbers, no reference documents outside the repository, and no § sections", () => {
    const { paths } = repositoryFiles(ROOT);
    const prose = readTextFiles(ROOT, paths.filter(isUserProse));
    expect(prose.map((f) => f.path)).toContain("README.md");
    expect(report(proseProblems(prose, paths))).toEqual([]);
  });
});

describe("proseProblems", () => {
  it("finds issue numbers, outside documents and section signs, and allows documents the repository has", () => {
    const text = [
      "The figures of issue 7, and issues #12.",
      "`estimateCost` follows SEMANTICS §14; see TYPES.md and SEMANTICS.md.",
      "The API is in docs/API.md. PROTOTYPES.md, TYPES-X, an API, DATA and an issue tracker are fine (TYPES §11).",
    ].join("\n");
    const found = proseProblems([{ path: "README.md", text }], ["README.md", "docs/API.md"]);
    expect(report(found)).toEqual([
      "README.md:1 issue-number: The figures of issue 7, and issues #12.",
      "README.md:1 issue-number: The figures of issue 7, and issues #12.",
      "README.md:2 outside-doc: `estimateCost` follows SEMANTICS §14; see TYPES.md and SEMANTICS.md.",
      "README.md:2 outside-doc: `estimateCost` follows SEMANTICS §14; see TYPES.md and SEMANTICS.md.",
      "README.md:2 outside-doc: `estimateCost` follows SEMANTICS §14; see TYPES.md and SEMANTICS.md.",
      "README.md:2 section-sign: `estimateCost` follows SEMANTICS §14; see TYPES.md and SEMANTICS.md.",
      "README.md:3 outside-doc: The API is in docs/API.md. PROTOTYPES.md, TYPES-X, an API, DATA and an issue tracker are fine (TYPES §11).",
      "README.md:3 section-sign: The API is in docs/API.md. PROTOTYPES.md, TYPES-X, an API, DATA and an issue tracker are fine (TYPES §11).",
    ]);
    expect(["README.md", "docs/guide.md", "test/bench/RESULTS.md"].every(isUserProse)).toBe(true);
    expect(["test/fixtures/diff/models-dev.expected.md", "examples/consumer/README.md"].some(isUserProse)).toBe(false);
  });
});
