/** Words a generated export may not take: JS reserved words and the names of the catalog API. */
const RESERVED = new Set([
  ...("break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined NaN Infinity")
    .split(" "),
  ...("model models provider providers providerModel customModel getModel isModelSpec parseSpec resolve catalog " +
    "defaultModel select candidates findModels compare estimateCost allowed checkRequest buildRequest formatSpec")
    .split(" "),
  // Names generated index.ts declares, imports or calls at top level: a provider helper of the same
  // name would be a duplicate declaration, or would shadow the global `Object` it calls.
  ..."api tables requireModel createCatalogApi defineRoutes defineRoutesAny preferredProviders Object".split(" "),
  // Types index.ts imports or re-exports; a function of the same name conflicts with the import.
  ...("Capabilities CapabilityName CompareRow Cost CostEstimate CostTier FeatureKey FeatureSet Filters FindQuery Limits " +
    "LooseModelIds Modality Mode Model ModelStatus NotSupported ParsedSpec Protocol Provider ReasoningOption Register " +
    "ResolveError Result SelectQuery SpecError Usage ModelOf ModelSpec ProviderId SpecMessage ProviderModelMap " +
    "ModelIdOf ModelId CheckSpec ModelFeatures CatalogModel ExactRecords EffortIn")
    .split(" "),
]);

/**
 * The helper name for a provider id: camelCase over `-`, `.` and `_` (`amazon-bedrock` →
 * `amazonBedrock`, `wafer.ai` → `waferAi`), `_` before a leading digit (`302ai` → `_302ai`), and a
 * `Provider` suffix on reserved words. Distinct ids can still meet (`a-b`, `a_b`); the emitter
 * reports that as an error rather than picking one.
 */
export function exportNameOf(providerId: string): string {
  const words = providerId.split(/[-._]+/).filter((w) => w !== "");
  const camel = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
  const name = /^[0-9]/.test(camel) ? `_${camel}` : camel === "" ? "_" : camel;
  return RESERVED.has(name) ? `${name}Provider` : name;
}
