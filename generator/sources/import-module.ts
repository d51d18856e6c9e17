import { pathToFileURL } from "node:url";

/**
 * Imports a module that may be TypeScript: the config file, or a generated catalog's `index.ts` for
 * `query`. Under tsx or vitest it imports natively; the published bin runs as plain JavaScript, and
 * Node 20 cannot load TypeScript, so it falls back to tsx, which also compiles what the module imports.
 */
export async function importModule(absolute: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(absolute).href;
  try {
    return (await import(url)) as Record<string, unknown>;
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_UNKNOWN_FILE_EXTENSION") throw error;
    const { tsImport } = await import("tsx/esm/api");
    return (await tsImport(url, import.meta.url)) as Record<string, unknown>;
  }
}
