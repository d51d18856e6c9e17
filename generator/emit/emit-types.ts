import type { Model, Protocol, Provider } from "../../runtime/types.js";
import type { Catalog, EmittedFile } from "../stage-types.js";
import { CAPABILITY_NAMES } from "../../runtime/model-row.js";
import { CONVERSATION_MODES, effortValuesOf, protocolOf } from "../../runtime/request.js";
import { protocolEntryOf } from "../../runtime/protocols/wire-protocols.js";
import { isLocalUrl } from "../../runtime/protocols/protocol-facts.js";
import { docComment } from "./doc-comment.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { modelIdTypeName, unionLines } from "./emit-provider-module.js";
import { outputImports, readTemplate } from "./read-template.js";
import { literal } from "./ts-literal.js";

/** Input modalities besides text, as they appear in a feature set (`"image"`, `"pdf"`…). */
const INPUT_FEATURES = ["image", "audio", "video", "pdf"] as const;

/** The prefix that marks an effort value in a feature set: `"effort:high"`. */
export const EFFORT_PREFIX = "effort:";

/**
 * The slices of the feature table, one interface each: the chat models of each wire format, and the
 * rest. Every spec sits in exactly one slice, so `ModelSpec` and each request type's spec union are
 * the keys of slices (`keyof … & string`) and no spec is written twice.
 */
export const SPEC_GROUPS: readonly { readonly name: string; readonly doc: string; readonly protocols: readonly Protocol[] }[] = [
  {
    name: "OpenAIChatFeatures",
    doc: "Chat models served over OpenAI's chat completions and Responses APIs (OpenAI, Azure OpenAI).",
    protocols: ["openai-chat", "azure-openai"],
  },
  { name: "OpenAIResponsesOnlyFeatures", doc: "Chat models served over OpenAI's Responses API only.", protocols: ["openai-responses"] },
  { name: "OpenAICompatibleFeatures", doc: "Chat models served over an OpenAI-compatible chat completions endpoint.", protocols: ["openai-compatible"] },
  {
    name: "AnthropicMessagesFeatures",
    doc: "Chat models served over Anthropic's Messages API (Anthropic, Claude on Vertex AI, gateways).",
    protocols: ["anthropic-messages", "google-vertex-anthropic"],
  },
  {
    name: "GoogleGenerateContentFeatures",
    doc: "Chat models served over Google's generateContent (Gemini API, Vertex AI).",
    protocols: ["google-generative-ai", "google-vertex"],
  },
  { name: "BedrockConverseFeatures", doc: "Chat models served over Amazon Bedrock's Converse API.", protocols: ["amazon-bedrock"] },
  { name: "MistralChatFeatures", doc: "Chat models served over Mistral's chat completions API.", protocols: ["mistral"] },
  { name: "CohereChatFeatures", doc: "Chat models served over Cohere's v2 chat API.", protocols: ["cohere"] },
  { name: "OtherFeatures", doc: "Models no request type takes: embeddings, images, audio and other non-chat modes, and unknown wire formats.", protocols: [] },
];

/** The slice of `SPEC_GROUPS` a model belongs to: its wire format's for chat models, else the last. */
function specGroupOf(model: Model, provider: Provider): (typeof SPEC_GROUPS)[number] {
  const protocol = protocolOf(model, provider);
  const group = CONVERSATION_MODES.has(model.mode) ? SPEC_GROUPS.find((g) => g.protocols.includes(protocol)) : undefined;
  return group ?? SPEC_GROUPS.at(-1)!;
}

/** The catalog's models by slice name, in catalog order; every slice present, empty ones too. */
export function modelsBySpecGroup(catalog: Catalog): Map<string, Model[]> {
  const groups = new Map(SPEC_GROUPS.map((g) => [g.name, [] as Model[]]));
  for (const p of catalog.providers) for (const m of p.models) groups.get(specGroupOf(m, p.provider).name)!.push(m);
  return groups;
}

/** The effort values a model offers in its own source, from its `effort` reasoning option; `null` entries are dropped. */
function statedEffortValues(m: Model): string[] {
  const values = new Set<string>();
  for (const option of m.reasoningOptions ?? []) {
    if (option.type === "effort") for (const v of option.values) if (v !== null) values.add(v);
  }
  return [...values];
}

/**
 * Everything the types know of one model beyond its identity, as feature names: its true capability
 * flags, its input modalities besides text and its effort values (`effort:<value>`), the ones its wire
 * format's effort field can carry, as `checkRequest` accepts them (a reasoning model whose source
 * states no options gets the format's whole vocabulary). One set feeds both the record's
 * `capabilities` and the request types' gates, so the two cannot disagree.
 */
export function featureNamesOf(m: Model, provider: Provider): string[] {
  const wire = protocolEntryOf(protocolOf(m, provider))?.wire;
  const efforts = wire === undefined ? statedEffortValues(m) : (effortValuesOf(m, wire) ?? []);
  return [
    ...CAPABILITY_NAMES.filter((name) => m.capabilities[name]),
    ...INPUT_FEATURES.filter((name) => m.modalities.input.includes(name)),
    ...efforts.map((v) => `${EFFORT_PREFIX}${v}`),
  ];
}

/**
 * types.ts: provider ids, each provider's id union, the literal `ModelSpec` union (written out,
 * never a template cross product), the fixed types of `templates/spec-types.ts` (`CheckSpec`,
 * `ModelOf`…) and the one per-spec feature table. It
 * imports no provider module: its size follows the number of specs, not the size of their records.
 */
export function emitTypes(catalog: Catalog, exportNames: ReadonlyMap<string, string>, runtimeImport: string): EmittedFile {
  const template = readTemplate("spec-types");
  const providers = catalog.providers;
  const specCount = providers.reduce((n, p) => n + p.models.length, 0);
  const idUnions = providers.map((p) => {
    const name = modelIdTypeName(exportNames.get(p.provider.id)!);
    return `${docComment([`Model ids of \`${p.provider.id}\`, sorted.`])}\nexport type ${name} =${unionLines(p.models.map((m) => literal(m.id)))};`;
  });
  const providerMap = providers.map((p) => `  readonly ${literal(p.provider.id)}: ${modelIdTypeName(exportNames.get(p.provider.id)!)};`);
  // Distinct feature sets get one short alias each (`F0`…): a few hundred sets serve thousands of
  // specs, so each row is a short reference instead of a repeated union. Rows are not `readonly`:
  // nobody holds a value of this type, and the word would add 9 bytes to each of thousands of rows.
  const setNames = new Map<string, string>();
  const aliasOf = new Map<Model, string>();
  for (const p of providers)
    for (const m of p.models) {
      const key = featureNamesOf(m, p.provider).map(literal).join(" | ");
      let alias = setNames.get(key);
      if (alias === undefined) {
        alias = `F${setNames.size}`;
        setNames.set(key, alias);
      }
      aliasOf.set(m, alias);
    }
  const rows = new Map([...modelsBySpecGroup(catalog)].map(([group, models]) => [group, models.map((m) => `  ${literal(m.spec)}: ${aliasOf.get(m)};`)]));
  const sets = [...setNames].map(([union, alias]) => `type ${alias} = ${union === "" ? "never" : union};`);
  // Only the few hundred models that take no conversation get a row: chat is the rule, and a row per
  // chat model would add ~250 KB to the root's declarations for a fact `Exclude` derives.
  const nonChat = providers.flatMap((p) => p.models.filter((m) => !CONVERSATION_MODES.has(m.mode)).map((m) => `  ${literal(m.spec)}: ${literal(m.mode)};`));
  const slices = SPEC_GROUPS.map(
    (g) =>
      `${docComment([g.doc, `${rows.get(g.name)!.length} specs.`])}\nexport interface ${g.name} {\n${rows.get(g.name)!.join("\n")}${rows.get(g.name)!.length === 0 ? "" : "\n"}}`,
  );
  const parts = [
    GENERATED_HEADER,
    outputImports(template, "types", runtimeImport),
    "",
    `${docComment([`Every provider id in the catalog (${providers.length}).`])}\nexport type ProviderId =${unionLines(providers.map((p) => literal(p.provider.id)))};`,
    "",
    idUnions.join("\n\n"),
    "",
    `${docComment(["The model ids of each provider."])}\nexport interface ProviderModelMap {\n${providerMap.join("\n")}\n}`,
    "",
    `${docComment(["The wire protocol each provider speaks, as `provider(id).protocol` gives it at run time."])}\nexport interface ProviderProtocols {\n${providers.map((p) => `  readonly ${literal(p.provider.id)}: ${literal(p.provider.protocol)};`).join("\n")}\n}`,
    "",
    `${docComment(["The model ids of provider `P`."])}\nexport type ModelIdOf<P extends ProviderId> = ProviderModelMap[P];`,
    "",
    `${docComment(["Each provider's protocol, and whether its server is on this machine (no auth): what `provider(id)` is typed from."])}\nexport interface ProviderCallMap {\n${providers.map((p) => `  readonly ${literal(p.provider.id)}: [${literal(p.provider.protocol)}, ${isLocalUrl(p.provider.baseUrl)}];`).join("\n")}\n}`,
    "",
    `${docComment(["Every distinct model id of every provider."])}\nexport type ModelId = ProviderModelMap[ProviderId];`,
    "",
    `${docComment([
      `Every valid \`"provider:model"\` spec (${specCount}): the keys of the feature table, where each spec is written once.`,
    ])}\nexport type ModelSpec = keyof ModelFeatures & string;`,
    "",
    template.body.trimEnd(),
    "",
    ...sets,
    "",
    slices.join("\n\n"),
    "",
    `${docComment([
      "What each model has, as one union of feature names per spec: its true capability flags (`tools`,",
      "`reasoning`, `structuredOutput`…), its input modalities besides text (`image`, `audio`, `video`,",
      "`pdf`) and its effort values (`effort:high`). Records and request types both read this table; test",
      'with `"tools" extends ModelFeatures[S]`, so a union of specs stays permissive.',
    ])}\nexport interface ModelFeatures extends ${SPEC_GROUPS.map((g) => g.name).join(", ")} {}`,
    "",
    `${docComment([
      "The mode of every model that takes no conversation (embedding, image, audio, rerank, video), by spec;",
      `chat models are every spec not listed (\`ChatSpec\`). ${nonChat.length} specs.`,
    ])}\nexport interface NonChatModes {\n${nonChat.join("\n")}${nonChat.length === 0 ? "" : "\n"}}`,
  ];
  return { path: "types.ts", text: `${parts.join("\n")}\n` };
}
