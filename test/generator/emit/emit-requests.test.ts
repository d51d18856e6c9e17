import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitRequests } from "../../../generator/emit/emit-requests.js";
import { readTemplate, runtimeImportsOf } from "../../../generator/emit/read-template.js";
import { REQUEST_FIELDS, type WireApi } from "../../../runtime/request.js";
import { smallCatalog } from "./small-catalog.js";

const INTERFACE_OF: Record<WireApi, string> = {
  "openai-chat": "OpenAIChatRequest",
  "openai-compatible": "OpenAICompatibleRequest",
  "openai-responses": "OpenAIResponsesRequest",
  "anthropic-messages": "AnthropicMessagesRequest",
  "google-generate-content": "GoogleGenerateContentRequest",
  "bedrock-converse": "BedrockConverseRequest",
  "mistral-chat": "MistralChatRequest",
  "cohere-chat": "CohereChatRequest",
};

/** The property names of each top-level interface of a generated requests.ts, read syntactically. */
function interfaceFields(text: string): Map<string, string[]> {
  const source = ts.createSourceFile("requests.ts", text, ts.ScriptTarget.Latest);
  const fields = new Map<string, string[]>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    fields.set(
      statement.name.text,
      statement.members.flatMap((m) => (ts.isPropertySignature(m) && m.name !== undefined ? [m.name.getText(source)] : [])),
    );
  }
  return fields;
}

describe("emitRequests", () => {
  const text = readFileSync(join(import.meta.dirname, "..", "..", "..", "generated", "requests.ts"), "utf8");

  it("declares exactly the top-level fields checkRequest knows, for every wire format", () => {
    const fields = interfaceFields(text);
    for (const [api, name] of Object.entries(INTERFACE_OF)) {
      expect([...(fields.get(name) ?? [])].sort(), name).toEqual([...REQUEST_FIELDS[api as WireApi]].sort());
    }
  });

  it("puts every chat model of a known protocol in one spec union, and no embedding model", () => {
    // The unions are keys of the feature table's slices in types.ts: ask the checker for their members.
    const file = join(import.meta.dirname, "..", "..", "..", "generated", "requests.ts");
    const program = ts.createProgram({
      rootNames: [file],
      options: { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
    });
    const checker = program.getTypeChecker();
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
    const union = (name: string) => {
      const type = checker.getDeclaredTypeOfSymbol(exports.find((e) => e.name === name)!);
      return new Set((type.isUnion() ? type.types : [type]).map((t) => (t as ts.StringLiteralType).value));
    };
    expect(union("OpenAIChatSpec").has("openai:gpt-4o")).toBe(true);
    expect(union("OpenAIResponsesSpec").has("openai:gpt-4o")).toBe(true);
    // A model-level override moves a Bedrock model to the Responses API, and Azure's Claude to Anthropic's.
    expect(union("OpenAIResponsesSpec").has("amazon-bedrock:openai.gpt-oss-120b")).toBe(true);
    expect(union("BedrockConverseSpec").has("amazon-bedrock:openai.gpt-oss-120b")).toBe(false);
    expect(union("AnthropicMessagesSpec").has("azure:claude-haiku-4-5")).toBe(true);
    expect(union("OpenAIChatSpec").has("openai:text-embedding-3-small")).toBe(false);
    expect(union("OpenAICompatibleSpec").size).toBeGreaterThan(3000);
  });
});

describe("emitRequests on a small catalog", () => {
  const catalog = smallCatalog({
    openai: { fields: { protocol: "openai-chat" }, models: { "gpt-a": {}, "gpt-b": {} } },
    "responses-only": { fields: { protocol: "openai-responses" }, models: { "o-pro": {} } },
    cohere: { fields: { protocol: "cohere" }, models: { "command-a": {}, "embed-v4": { mode: "embedding" } } },
  });
  const { path, text } = emitRequests(catalog, "llm-catalog/runtime");

  it("counts each union's specs from the feature table's slices", () => {
    expect(path).toBe("requests.ts");
    expect(text).toContain(" * 2 specs, chat models only.\n */\nexport type OpenAIChatSpec = keyof OpenAIChatFeatures & string;");
    expect(text).toContain(
      " * 3 specs, chat models only.\n */\nexport type OpenAIResponsesSpec = (keyof OpenAIChatFeatures | keyof OpenAIResponsesOnlyFeatures) & string;",
    );
    expect(text).toContain(" * 1 specs, chat models only.\n */\nexport type CohereChatSpec = keyof CohereChatFeatures & string;");
    expect(text).toContain(" * 0 specs, chat models only.\n */\nexport type MistralChatSpec = keyof MistralChatFeatures & string;");
  });

  it("imports and re-exports the runtime types its template imports, NotSupported only imported", () => {
    const names = runtimeImportsOf(readTemplate("request-types"));
    expect(names).toContain("NotSupported");
    expect(text).toContain(`import type {\n${names.map((n) => `  ${n},`).join("\n")}\n} from "llm-catalog/runtime";`);
    expect(text).toContain(
      `export type {\n${names
        .filter((n) => n !== "NotSupported")
        .map((n) => `  ${n},`)
        .join("\n")}\n} from "llm-catalog/runtime";`,
    );
    expect(text).toMatch(/^import type \{ [^}]*\bModelFeatures\b[^}]* \} from "\.\/types\.js";$/m);
    expect(text).not.toMatch(/from "\.\/requests\.js"|#region|\.\.\/generated/);
    expect(text.endsWith(`${readTemplate("request-types").body.trimEnd()}\n`)).toBe(true);
  });
});
