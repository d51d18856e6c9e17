import type { Catalog, EmittedFile } from "../stage-types.js";
import { docComment } from "./doc-comment.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { deprecationNote, modelSummary } from "./model-summary.js";
import { literal } from "./ts-literal.js";

/**
 * model-catalog.ts, an opt-in module: `interface ModelCatalog` with one documented member per spec,
 * and the root's `catalog` object typed by it. String-literal types carry no JSDoc, properties do:
 * hovers, completion details and the strike-through of deprecated models come from here. The
 * comments are most of this file's size, so the root does not load it; a project that wants them
 * imports this module.
 */
export function emitModelCatalog(catalog: Catalog): EmittedFile {
  const members = catalog.providers.flatMap((p) =>
    p.models.map((m) => {
      const note = deprecationNote(m);
      const doc = docComment([modelSummary(m), ...(note === undefined ? [] : [`@deprecated ${note}`])], "  ");
      return `${doc}\n  readonly ${literal(m.spec)}: ModelOf<${literal(m.spec)}>;`;
    }),
  );
  const text = [
    GENERATED_HEADER,
    'import { catalog as records } from "./index.js";',
    'import type { ModelOf } from "./types.js";',
    "",
    docComment([
      "Every model keyed by spec, each member documented with name, limits, prices and dates, and",
      "`@deprecated` where the model is deprecated. Read it through `catalog`.",
    ]),
    `export interface ModelCatalog {\n${members.join("\n")}\n}`,
    "",
    docComment([
      "Every model keyed by spec, as documented properties: hover a key for its summary; deprecated",
      "models are struck through. The root's `catalog` object; records are built on first access.",
      '@example catalog["openai:gpt-4o"].cost?.input // 2.5',
    ]),
    "export const catalog: ModelCatalog = records as unknown as ModelCatalog;",
    "",
  ].join("\n");
  return { path: "model-catalog.ts", text };
}
