import { createRequire } from "node:module";

// Loaded through require: the ESM build is about 100 files, each resolved through the loader
// hooks, which costs about 50 ms of every `gen` run; the CommonJS build is the same library.
/** zod's `z` namespace. */
export const z: typeof import("zod").z = (createRequire(import.meta.url)("zod") as typeof import("zod")).z;
