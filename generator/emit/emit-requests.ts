import type { Catalog, EmittedFile } from "../stage-types.js";
import { docComment } from "./doc-comment.js";
import { GENERATED_HEADER } from "./generated-header.js";
import { literal } from "./ts-literal.js";
import { EFFORT_PREFIX, modelsBySpecGroup } from "./emit-types.js";
import { generatedImportsOf, outputImports, readTemplate, runtimeImportsOf, type Template } from "./read-template.js";

/** One spec union per request type: the slices of the feature table (types.ts) whose models it takes. */
const SPEC_UNIONS: readonly { readonly name: string; readonly doc: string; readonly groups: readonly string[] }[] = [
  { name: "OpenAIChatSpec", doc: "Specs served over OpenAI's chat completions API (OpenAI, Azure OpenAI).", groups: ["OpenAIChatFeatures"] },
  {
    name: "OpenAIResponsesSpec",
    doc: "Specs served over OpenAI's Responses API: OpenAI's and Azure's models (which serve both APIs) and models only served there.",
    groups: ["OpenAIChatFeatures", "OpenAIResponsesOnlyFeatures"],
  },
  { name: "OpenAICompatibleSpec", doc: "Specs served over an OpenAI-compatible chat completions endpoint.", groups: ["OpenAICompatibleFeatures"] },
  {
    name: "AnthropicMessagesSpec",
    doc: "Specs served over Anthropic's Messages API (Anthropic, Claude on Vertex AI, gateways).",
    groups: ["AnthropicMessagesFeatures"],
  },
  { name: "GoogleGenerateContentSpec", doc: "Specs served over Google's generateContent (Gemini API, Vertex AI).", groups: ["GoogleGenerateContentFeatures"] },
  { name: "BedrockConverseSpec", doc: "Specs served over Amazon Bedrock's Converse API.", groups: ["BedrockConverseFeatures"] },
  { name: "MistralChatSpec", doc: "Specs served over Mistral's chat completions API.", groups: ["MistralChatFeatures"] },
  { name: "CohereChatSpec", doc: "Specs served over Cohere's v2 chat API.", groups: ["CohereChatFeatures"] },
];

/**
 * What the request types' template shares with the emitter, checked where both meet: the effort
 * prefix of the feature table, and the slices of it that the spec unions written here read.
 */
function checkTemplate(template: Template): void {
  if (!template.body.includes(`\`${EFFORT_PREFIX}\${infer E}\``))
    throw new Error(`templates/request-types.ts: EffortIn does not read the "${EFFORT_PREFIX}" prefix`);
  const slices = ["ModelFeatures", ...SPEC_UNIONS.flatMap((u) => u.groups)];
  const imported = generatedImportsOf(template, "types");
  const missing = slices.filter((name) => !imported.includes(name));
  if (missing.length > 0) throw new Error(`templates/request-types.ts: the import from types.js lacks ${[...new Set(missing)].join(", ")}`);
}

/**
 * requests.ts: one spec union per wire format (the keys of its slices of the feature table) and the request types
 * gated per spec by the feature table of types.ts.
 */
export function emitRequests(catalog: Catalog, runtimeImport: string): EmittedFile {
  const template = readTemplate("request-types");
  checkTemplate(template);
  const byGroup = modelsBySpecGroup(catalog);
  const unions = SPEC_UNIONS.map(({ name, doc, groups }) => {
    const specs = groups.reduce((sum, g) => sum + byGroup.get(g)!.length, 0);
    const keys = groups.map((g) => `keyof ${g}`).join(" | ");
    return `${docComment([doc, `${specs} specs, chat models only.`])}\nexport type ${name} = ${groups.length === 1 ? keys : `(${keys})`} & string;`;
  });
  const text = [
    GENERATED_HEADER,
    outputImports(template, "requests", runtimeImport),
    "",
    // NotSupported stays out: index.ts re-exports it with the runtime's other record types.
    `export type {\n${runtimeImportsOf(template)
      .filter((n) => n !== "NotSupported")
      .map((n) => `  ${n},`)
      .join("\n")}\n} from ${literal(runtimeImport)};`,
    "",
    unions.join("\n\n"),
    "",
    template.body.trimEnd(),
  ].join("\n");
  return { path: "requests.ts", text: `${text}\n` };
}
