import type { Diagnostic } from "../diagnostics.js";
import type { SourceFile, SourceRecord } from "../stage-types.js";
import { readExLlmYaml } from "./ex-llm-yaml.js";
import { readLlmModelsToml } from "./llm-models-toml.js";
import { readModelsDevJson } from "./models-dev-json.js";
import { readModelsDevToml } from "./models-dev-toml.js";
import { readOverlay } from "./overlay.js";

function concatReads(reads: readonly { records: SourceRecord[]; diagnostics: Diagnostic[] }[]): { records: SourceRecord[]; diagnostics: Diagnostic[] } {
  return { records: reads.flatMap((r) => r.records), diagnostics: reads.flatMap((r) => r.diagnostics) };
}

/** The records of one source: a file, or the files of a folder (`root`), all in one format. */
export function readSource(files: readonly SourceFile[], root: string): { records: SourceRecord[]; diagnostics: Diagnostic[] } {
  const format = files[0]!.format;
  switch (format) {
    case "models-dev-json":
      return concatReads(files.map(readModelsDevJson));
    case "ex-llm-yaml":
      // A capability-discovery file counts only when it is named as a source on its own.
      return concatReads(files.map((file) => readExLlmYaml(file, file.path === root)));
    case "models-dev-toml":
      return readModelsDevToml(files, root);
    case "overlay":
      return readOverlay(files, root);
    case "llm-models-toml":
      return readLlmModelsToml(files, root);
  }
}
