import { createRequire } from "node:module";

// Loaded through require: Node's ESM loader would first scan ts-morph's CommonJS bundle for its
// export names, which costs about 80 ms of every `gen` run.
const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

/** ts-morph's structure printer and kinds, the parts the emitter uses. */
export const { printStructure, StructureKind, VariableDeclarationKind } = tsMorph;
