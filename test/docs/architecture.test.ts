// docs/architecture.md lists the pipeline's stages; this keeps the list, the exported stage names and
// the calls in catalogFromFiles the same, so renaming or adding a stage fails here until the doc follows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogFromFiles, PIPELINE_STAGES } from "../../generator/pipeline.js";

const ROOT = join(import.meta.dirname, "..", "..");
const doc = readFileSync(join(ROOT, "docs/architecture.md"), "utf8");
const pipelineSource = readFileSync(join(ROOT, "generator/pipeline.ts"), "utf8");

/** The bold names of the numbered list in the section `## The pipeline`. */
function documentedStages(text: string): string[] {
  const section = text.split(/^## /m).find((s) => s.startsWith("The pipeline\n")) ?? "";
  return [...section.matchAll(/^\d+\. \*\*([a-z-]+)\*\*/gm)].map((m) => m[1]!);
}

/** The stages `catalogFromFiles` runs, read from its body: each is a `run(stage, …)` call. */
function calledStages(source: string): string[] {
  const start = source.indexOf(`export function ${catalogFromFiles.name}(`);
  const body = source.slice(start, source.indexOf("\n}\n", start));
  return [...body.matchAll(/(?<![.\w])run\((\w+),/g)].map((m) => m[1]!);
}

describe("docs/architecture.md", () => {
  it("lists the stages catalogFromFiles runs, by name and in order", () => {
    expect(calledStages(pipelineSource)).toEqual(PIPELINE_STAGES);
    expect(documentedStages(doc)).toEqual(PIPELINE_STAGES);
  });

  it("notices a stage that is renamed or added", () => {
    expect(documentedStages("## The pipeline\n\n1. **parse**: a\n2. **check**: b\n\n## Next\n3. **late**: c\n")).toEqual(["parse", "check"]);
    expect(calledStages("export function catalogFromFiles() {\n  const a = run(parse, files);\n  const b = run(check, a);\n}\n")).toEqual(["parse", "check"]);
  });

  it("has the sections the rest of the design is described in", () => {
    for (const heading of ["## Emit", "## Runtime", "## CLI", "## Packages"]) expect(doc).toMatch(new RegExp(`^${heading}$`, "m"));
  });
});
