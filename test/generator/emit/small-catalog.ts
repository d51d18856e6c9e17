import { enrichCatalog } from "../../../generator/enrich.js";
import type { MergedProvider } from "../../../generator/merge.js";
import type { Catalog, ModelDraft, ProviderDraft } from "../../../generator/stage-types.js";

/** A provider of a test catalog: its fields (defaults filled in by enrich) and its models by id. */
export interface SmallProvider {
  readonly fields?: ProviderDraft;
  readonly models: Readonly<Record<string, ModelDraft>>;
}

/** A catalog as the pipeline hands it to emit, from a few hand-written providers keyed by id; throws where enrich finds errors. */
export function smallCatalog(providers: Readonly<Record<string, SmallProvider>>, extra: Pick<Catalog, "prefer" | "policy"> = {}): Catalog {
  const merged = new Map<string, MergedProvider>(
    Object.entries(providers).map(([id, p]) => [
      id,
      { fields: { ...p.fields }, models: new Map(Object.entries(p.models).map(([m, draft]) => [m, { ...draft }])) },
    ]),
  );
  const { catalog, diagnostics } = enrichCatalog(merged, "2026-01-01");
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`not a valid catalog: ${errors.map((d) => d.message).join("; ")}`);
  return { ...catalog, ...extra };
}
