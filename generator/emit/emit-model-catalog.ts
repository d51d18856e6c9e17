import type { Catalog, EmittedFile } from "../stage-types.js";
import { docComment } from "./doc-comment.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { deprecationNote, modelSummary } from "./model-summary.js";
import { literal } from "./ts-literal.js";

/**
 * model-catalog.ts: `interface ModelCatalog`, one documented member per spec. String-literal types
 * carry no JSDoc, properties do: hovers, completion details and the strike-through of deprecated
 * models come from here (TYPES §7).
 */
export function emitModelCatalog(catalog: Catalog): EmittedFile {
  const members = catalog.providers.flatMap((p) =>
    p.models.map((m) => {
      const note = deprecationNote(m);
      const doc = docComment([modelSummary(m), ...(note === undefined ? [] : [`@deprecated ${note}`])], "  ");
      return `${doc}\n  readonly ${literal(m.spec)}: ModelRecordMap[${literal(m.spec)}];`;
    }),
  );
  const text = [
    GENERATED_HEADER,
    'import type { ModelRecordMap } from "./types.js";',
    "",
    docComment([
      "Every model keyed by spec, each member documented with name, limits, prices and dates, and",
      "`@deprecated` where the model is deprecated. Read it through the `catalog` value.",
    ]),
    `export interface ModelCatalog {\n${members.join("\n")}\n}`,
    "",
  ].join("\n");
  return { path: "model-catalog.ts", text };
}
