import type { KeyPath } from "../diagnostics.js";
import type { ModelDraft, ProviderDraft, ReadResult, SourceFile, SourceFormat } from "../stage-types.js";
import { exLlmModelFieldsOf, exLlmModelSchema, exLlmProviderFieldsOf, exLlmProviderSchema } from "./ex-llm-yaml/ex-llm-schema.js";
import { readExLlmYaml } from "./ex-llm-yaml/read-ex-llm-yaml.js";
import { llmModelsModelFieldsOf, llmModelsModelSchema, llmModelsProviderFieldsOf, llmModelsProviderSchema } from "./llm-models-toml/llm-models-schema.js";
import { readLlmModelsToml } from "./llm-models-toml/read-llm-models-toml.js";
import { mapping, type Mapping } from "./mapping.js";
import { modelsDevKeyPath } from "./models-dev-json/models-dev-key-path.js";
import { modelFieldsOf, providerFieldsOf } from "../../runtime/create/models-dev-fields.js";
import { overlayModelFieldsOf, overlayProviderFieldsOf } from "../../runtime/create/overlay-fields.js";
import { modelsDevModelSchema, modelsDevProviderSchema } from "./models-dev-json/models-dev-schema.js";
import { readModelsDevJson } from "./models-dev-json/read-models-dev-json.js";
import { readModelsDevToml } from "./models-dev-toml/read-models-dev-toml.js";
import { overlayModelSchema, overlayProviderSchema } from "./overlay/overlay-schema.js";
import { readOverlay } from "./overlay/read-overlay.js";

/** Everything the pipeline knows about one source format; nothing outside `generator/formats/` branches on a format. */
export interface FormatDef {
  /** File names read when the source is a folder; other files there are ignored. Absent: the source is one file. */
  readonly folderFiles?: RegExp;
  /** The records of one source: its files in path order, and the source's configured path (`root`). */
  readonly read: (files: readonly SourceFile[], root: string) => ReadResult;
  readonly provider: Mapping<ProviderDraft>;
  readonly model: Mapping<ModelDraft>;
  /**
   * Whether its records usually patch models an earlier source has, so that a sparse record creating a
   * model is more likely a misspelt id than a new model.
   */
  readonly patchesModels: boolean;
  /** Where a canonical field path sits in a record of this format, for locating merged values; `[]` is the record. */
  readonly sourceKeyPath: (kind: "provider" | "model", path: KeyPath) => KeyPath;
}

function eachFile(read: (file: SourceFile) => ReadResult): FormatDef["read"] {
  return (files) => {
    const reads = files.map(read);
    return { records: reads.flatMap((r) => r.records), diagnostics: reads.flatMap((r) => r.diagnostics) };
  };
}

const modelsDev = {
  provider: mapping(modelsDevProviderSchema, providerFieldsOf),
  model: mapping(modelsDevModelSchema, modelFieldsOf),
  patchesModels: false,
  sourceKeyPath: modelsDevKeyPath,
};

/** The format registry: how each source format is read, checked, mapped and located. */
export const FORMATS: Readonly<Record<SourceFormat, FormatDef>> = {
  "models-dev-json": { ...modelsDev, read: eachFile(readModelsDevJson) },
  "models-dev-toml": { ...modelsDev, folderFiles: /\.toml$/, read: readModelsDevToml },
  "ex-llm-yaml": {
    folderFiles: /\.ya?ml$/,
    // A capability-discovery file counts only when it is named as a source on its own.
    read: (files, root) => eachFile((file) => readExLlmYaml(file, file.path === root))(files, root),
    provider: mapping(exLlmProviderSchema, (_id, value, report) => exLlmProviderFieldsOf(value, report)),
    model: mapping(exLlmModelSchema, (_id, value, report) => exLlmModelFieldsOf(value, report)),
    patchesModels: false,
    sourceKeyPath: () => [],
  },
  "llm-models-toml": {
    folderFiles: /\.toml$/,
    read: readLlmModelsToml,
    provider: mapping(llmModelsProviderSchema, llmModelsProviderFieldsOf),
    model: mapping(llmModelsModelSchema, (_id, value, report) => llmModelsModelFieldsOf(value, report)),
    patchesModels: true,
    sourceKeyPath: () => [],
  },
  overlay: {
    folderFiles: /\.(?:ya?ml|toml|json)$/,
    read: readOverlay,
    provider: mapping(overlayProviderSchema, overlayProviderFieldsOf),
    model: mapping(overlayModelSchema, overlayModelFieldsOf),
    patchesModels: true,
    sourceKeyPath: modelsDevKeyPath,
  },
};
