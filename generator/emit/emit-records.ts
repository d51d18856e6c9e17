import type { Catalog, EmittedFile } from "../stage-types.js";
import { docComment } from "./doc-comment.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { providerModuleSpecifier } from "./emit-provider-module.js";
import { literal } from "./ts-literal.js";

/** The alias under which records.ts imports a provider module's types. */
function moduleAlias(exportName: string): string {
  return `$${exportName}`;
}

/**
 * records.ts, an opt-in module: fills `ExactRecords` of types.ts by declaration merging with every
 * provider's exact record types, so `model()` and the provider helpers of the root return literal
 * limits, prices and dates. It pulls every provider module's declarations into the program, which
 * costs a type-check more than the rest of the root together; the root therefore never imports it.
 */
export function emitRecords(catalog: Catalog, exportNames: ReadonlyMap<string, string>): EmittedFile {
  const imports = catalog.providers.map(
    (p) => `import type * as ${moduleAlias(exportNames.get(p.provider.id)!)} from ${literal(providerModuleSpecifier(p.provider.id))};`,
  );
  const members = catalog.providers.flatMap((p) =>
    p.models.map((m) => `    readonly ${literal(m.spec)}: ${moduleAlias(exportNames.get(p.provider.id)!)}.Records[${literal(m.id)}];`),
  );
  const text = [
    GENERATED_HEADER,
    ...imports,
    "",
    'declare module "./types.js" {',
    docComment(["Every spec's exact record type, from its provider module."], "  "),
    `  interface ExactRecords {\n${members.join("\n")}\n  }`,
    "}",
    "",
    "export {};",
    "",
  ].join("\n");
  return { path: "records.ts", text };
}
