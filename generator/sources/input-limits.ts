/**
 * Bounds on what one source file may cost to read. Real inputs stay far below them (the packaged
 * api.json is 4 MB and 7 levels deep); past them a file is hostile or broken, and is rejected with a
 * diagnostic instead of exhausting memory or the stack.
 */
export const INPUT_LIMITS = {
  /** Largest source file read, in bytes. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Deepest nesting of objects and arrays in one file. */
  maxDepth: 64,
  /** YAML aliases expanded per document, so a few lines cannot expand into gigabytes. */
  maxAliasCount: 100,
} as const;
