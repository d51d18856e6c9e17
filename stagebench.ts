import { readFileSync } from "node:fs";
import { emitCatalog } from "./generator/emit/emit-catalog.js";
import { catalogFromFiles } from "./generator/pipeline.js";
import { loadConfig } from "./generator/sources/load-config.js";
import { readSourceFiles } from "./generator/sources/read-source-files.js";
const root = process.cwd();
const context = loadConfig({ root, config: { sources: [{ format: "models-dev-json", path: "data/models-dev/api.json" }] } } as never);
const { files } = await readSourceFiles(context);
const times: Record<string, number[]> = { catalog: [], emit: [] };
for (let i = 0; i < 6; i++) {
  let t = performance.now();
  const r = catalogFromFiles(files, context);
  if (i === 0) console.log(r.catalog.providers.length, "providers", r.diagnostics.filter((d) => d.severity === "error").length, "errors");
  times.catalog!.push(performance.now() - t);
  t = performance.now();
  emitCatalog(r.catalog, context.runtimeImport);
  times.emit!.push(performance.now() - t);
}
for (const [k, v] of Object.entries(times)) console.log(k, v.slice(1).sort((a, b) => a - b).map((x) => x.toFixed(0)).join(" "));
