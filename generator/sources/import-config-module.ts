import { pathToFileURL } from "node:url";

/**
 * Imports a config file's module. Under tsx or vitest a `.ts` config imports natively; the published
 * bin runs as plain JavaScript, and Node 20 cannot load TypeScript, so it falls back to tsx, which
 * also compiles whatever the config imports (`llm-catalog/config`, the team's own helpers).
 */
export async function importConfigModule(absolute: string): Promise<{ default?: unknown }> {
  const url = pathToFileURL(absolute).href;
  try {
    return (await import(url)) as { default?: unknown };
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_UNKNOWN_FILE_EXTENSION") throw error;
    const { tsImport } = await import("tsx/esm/api");
    return (await tsImport(url, import.meta.url)) as { default?: unknown };
  }
}
