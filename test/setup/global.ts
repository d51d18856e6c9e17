// vitest globalSetup: unpacks the models.dev TOML tree once per run into a new temporary folder, and
// hands its path to the tests as inject("modelsDevTree"). The folder is removed when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { unpackModelsDevTree } from "./models-dev-tree.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute folder holding the models.dev `providers/` and `models/` TOML tree. */
    modelsDevTree: string;
  }
}

const ROOT = join(import.meta.dirname, "..", "..");

export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), "llm-catalog-models-dev-"));
  unpackModelsDevTree(ROOT, folder);
  project.provide("modelsDevTree", folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
