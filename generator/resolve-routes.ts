import { createModelSelector, type SelectQuery } from "../runtime/select.js";
import type { RouteConfig } from "./config/define-config.js";
import type { Diagnostic } from "./diagnostics.js";
import { formatKeyPath } from "../runtime/create/format-key-path.js";
import type { Catalog, Position } from "./stage-types.js";

/**
 * Where a route's key is written: the first `name:` (quoted or not) after the config's `routes:`. A
 * best effort, since the config is code and its routes may be built rather than written out.
 */
function routePosition(text: string, name: string): Position | undefined {
  const start = text.search(/\broutes\s*:/);
  if (start < 0) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const key = new RegExp(`(?<![\\w$"'-])(["']?)${escaped}\\1\\s*:`, "g");
  key.lastIndex = start;
  const match = key.exec(text);
  if (match === null) return undefined;
  const before = text.slice(0, match.index);
  const line = before.split("\n").length;
  return { line, column: match.index - before.lastIndexOf("\n") };
}

/**
 * The config's routes resolved against the catalog that ships: each route's alternatives are tried in
 * order, a spec when the catalog has it, a query through the runtime's own `select` ranking with the
 * catalog's preference, so a route picks exactly what `select` would at run time. A route nothing
 * satisfies is an error naming it, and is left out.
 */
export function resolveRoutes(
  catalog: Catalog,
  routes: Readonly<Record<string, RouteConfig>>,
  configFile: string,
  configText = "",
): { routes: Record<string, string>; diagnostics: Diagnostic[] } {
  const models = catalog.providers.flatMap((p) => p.models);
  const specs = new Set(models.map((m) => m.spec));
  const selector = createModelSelector(() => models);
  const resolved: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  for (const [name, route] of Object.entries(routes)) {
    const at = { file: configFile, ...routePosition(configText, name) };
    const choices: readonly (string | SelectQuery)[] = Array.isArray(route) ? route : [route as string | SelectQuery];
    let spec: string | undefined;
    let invalid = false;
    for (const [i, choice] of choices.entries()) {
      const keyPath = formatKeyPath(Array.isArray(route) ? ["routes", name, i] : ["routes", name]);
      if (typeof choice === "string") spec = specs.has(choice) ? choice : undefined;
      else {
        try {
          spec = selector.first(choice, catalog.prefer ?? [])?.spec;
        } catch (error) {
          if (!(error instanceof TypeError)) throw error;
          invalid = true;
          diagnostics.push({ ...at, severity: "error", code: "route_invalid", keyPath, message: `Route "${name}": ${error.message}` });
        }
      }
      if (spec !== undefined) break;
    }
    if (spec !== undefined) resolved[name] = spec;
    else if (!invalid) {
      const what =
        choices.length === 1
          ? typeof choices[0] === "string"
            ? `"${choices[0]}" is not in the catalog`
            : "no model satisfies its query"
          : `none of its ${choices.length} alternatives names a model of the catalog`;
      diagnostics.push({ ...at, severity: "error", code: "route_unresolved", keyPath: formatKeyPath(["routes", name]), message: `Route "${name}": ${what}` });
    }
  }
  return { routes: resolved, diagnostics };
}
