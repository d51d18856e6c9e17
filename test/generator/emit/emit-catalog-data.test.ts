import { describe, expect, it } from "vitest";
import { emitCatalogData, tableName } from "../../../generator/emit/emit-catalog-data.js";
import { rowTextOf } from "../../../generator/emit/row-text.js";
import { smallCatalog } from "./small-catalog.js";

describe("emitCatalogData", () => {
  const catalog = smallCatalog({ "acme-ai": { fields: { name: "  " }, models: { a: {}, b: {} } }, beta: { fields: { name: "@Beta" }, models: {} } });
  const { path, text } = emitCatalogData(
    catalog,
    new Map([
      ["acme-ai", "acmeAi"],
      ["beta", "beta"],
    ]),
    "llm-catalog/runtime",
  );

  it("imports the two runtime functions it calls", () => {
    expect(path).toBe("catalog-data.ts");
    expect(text.split("\n")[1]).toBe('import { defineProviderData, type ProviderData } from "llm-catalog/runtime";');
  });

  it("exports one table per provider under its helper's name, one JSON row per model", () => {
    expect(tableName("acmeAi")).toBe("$acmeAi");
    const [acme] = catalog.providers;
    expect(text).toContain(`/**\n * acme-ai: 2 models.\n */\nexport const $acmeAi: ProviderData = defineProviderData(\n  {"id":"acme-ai"`);
    expect(text).toContain(`  [\n    ${rowTextOf(acme!.models[0]!)},\n    ${rowTextOf(acme!.models[1]!)},\n  ],\n);`);
    // A name that starts with `@` would start a JSDoc tag.
    expect(text).toContain(" * \\@Beta: 0 models.\n");
  });
});
