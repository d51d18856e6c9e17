import type { Diagnostic } from "../diagnostics.js";
import type { Catalog, EmittedFile } from "../stage-types.js";
import { emitCatalogData } from "./emit-catalog-data.js";
import { emitIndex } from "./emit-index.js";
import { emitModelCatalog } from "./emit-model-catalog.js";
import { emitProviderModule } from "./emit-provider-module.js";
import { emitRecords } from "./emit-records.js";
import { emitRequests } from "./emit-requests.js";
import { emitTypes } from "./emit-types.js";
import { exportNameOf } from "./export-name.js";
import { formatKeyPath } from "../../runtime/create/format-key-path.js";
import { byCodeUnit } from "../../runtime/order.js";

/** Helper names per provider id; two ids that mangle to one name are an error, never a silent pick. */
export function exportNamesOf(catalog: Catalog): { names: Map<string, string>; diagnostics: Diagnostic[] } {
  const names = new Map<string, string>();
  const owner = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const { provider } of catalog.providers) {
    const name = exportNameOf(provider.id);
    const taken = owner.get(name);
    if (taken !== undefined) {
      diagnostics.push({
        file: "(catalog)",
        severity: "error",
        code: "export_name_collision",
        keyPath: formatKeyPath([provider.id]),
        message: `Providers "${taken}" and "${provider.id}" both become the export "${name}"; rename one with a providers map`,
      });
    }
    owner.set(name, provider.id);
    names.set(provider.id, name);
  }
  return { names, diagnostics };
}

/** Every output file for a catalog, sorted by path. Pure: returns strings, writes nothing. */
export function emitCatalog(catalog: Catalog, runtimeImport: string): { files: EmittedFile[]; diagnostics: Diagnostic[] } {
  const { names, diagnostics } = exportNamesOf(catalog);
  if (diagnostics.length > 0) return { files: [], diagnostics };
  const files = [
    emitIndex(catalog, names, runtimeImport),
    emitCatalogData(catalog, names, runtimeImport),
    emitTypes(catalog, names, runtimeImport),
    emitModelCatalog(catalog),
    emitRequests(catalog, runtimeImport),
    emitRecords(catalog, names),
    ...catalog.providers.map((p) => emitProviderModule(p, names.get(p.provider.id)!, runtimeImport)),
  ];
  return { files: files.sort((a, b) => byCodeUnit(a.path, b.path)), diagnostics };
}
