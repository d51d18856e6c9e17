import { describe, expect, it } from "vitest";
import { emitIndex } from "../../../generator/emit/emit-index.js";
import { readTemplate } from "../../../generator/emit/read-template.js";
import { smallCatalog } from "./small-catalog.js";

const catalog = smallCatalog(
  {
    "acme-ai": { fields: { name: "Acme AI" }, models: { "chat-1": { limits: { context: 8000 } } } },
    beta: { models: {} },
  },
  { prefer: ["beta", "acme-ai"], policy: { deny: ["acme-ai:old-*"] } },
);
const names = new Map([
  ["acme-ai", "acmeAi"],
  ["beta", "beta"],
]);
const { path, text } = emitIndex(catalog, names, "llm-catalog/runtime");

describe("emitIndex", () => {
  it("writes index.ts with the template's imports pointed at the runtime and the output folder", () => {
    expect(path).toBe("index.ts");
    expect(text).toContain('\nimport { createCatalogApi, defineRoutes as defineRoutesAny, requireModel } from "llm-catalog/runtime";\n');
    expect(text).toContain(
      '\nimport * as tables from "./catalog-data.js";\nimport type { ModelOf, ModelSpec, ProviderCallMap, ProviderId, ProviderModelMap, SpecMessage } from "./types.js";\n',
    );
    expect(text).toContain('\nexport type * from "./requests.js";\n');
    expect(text).not.toMatch(/\.\.\/generated\/|\.\.\/runtime\/|#region|#endregion|\/\*@/);
  });

  it("fills the policy and the preferred providers into their placeholders", () => {
    expect(text).toContain('\nconst api = createCatalogApi(Object.values(tables), { filters: {"deny":{"acme-ai":["old-*"]}}, prefer: ["beta","acme-ai"] });\n');
    expect(text).toContain('\nexport const preferredProviders: readonly ProviderId[] = Object.freeze(["beta","acme-ai"]);\n');
  });

  it("copies the template's API and appends one helper per provider, with an example where the provider has a model", () => {
    expect(text).toContain(
      readTemplate("catalog-api").body.replace(/\/\*@\w+\*\/ (\{\}|\[\])/g, (_, empty: string) =>
        empty === "{}" ? '{"deny":{"acme-ai":["old-*"]}}' : '["beta","acme-ai"]',
      ),
    );
    const helpers = [...text.matchAll(/^export function (\w+)<M extends ProviderModelMap\["([^"]+)"\]>/gm)].map(([, name, id]) => [name, id]);
    expect(helpers).toEqual([
      ["acmeAi", "acme-ai"],
      ["beta", "beta"],
    ]);
    expect(text).toContain("return requireModel(tables.$acmeAi, id) as unknown as ModelOf<`acme-ai:${M}`>;");
    expect(text).toContain(' * @example acmeAi("chat-1") // chat-1 · context 8,000 · price unknown\n');
    expect(text.endsWith("}\n") && !text.endsWith("\n\n")).toBe(true);
  });

  it("ends with the preferred providers when the catalog has none", () => {
    const empty = emitIndex(smallCatalog({}), new Map(), "../runtime/core.js").text;
    expect(empty.endsWith("Object.freeze([]);\n")).toBe(true);
    expect(empty).toContain("{ filters: {}, prefer: [] }");
  });
});
