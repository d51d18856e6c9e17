import { describe, expect, it } from "vitest";
import { emitRecords } from "../../../generator/emit/emit-records.js";
import { smallCatalog } from "./small-catalog.js";

describe("emitRecords", () => {
  const catalog = smallCatalog({ "acme-ai": { models: { a: {}, "b:c": {} } }, "302ai": { models: { m: {} } } });
  const { path, text } = emitRecords(
    catalog,
    new Map([
      ["acme-ai", "acmeAi"],
      ["302ai", "_302ai"],
    ]),
  );

  it("imports each provider module for types only", () => {
    expect(path).toBe("records.ts");
    expect(text).toContain('\nimport type * as $_302ai from "./providers/302ai.js";\nimport type * as $acmeAi from "./providers/acme-ai.js";\n');
  });

  it("merges one exact record per spec into ExactRecords of types.ts", () => {
    expect(text).toContain('declare module "./types.js" {');
    expect(text).toContain(
      '  interface ExactRecords {\n    readonly "302ai:m": $_302ai.Records["m"];\n    readonly "acme-ai:a": $acmeAi.Records["a"];\n    readonly "acme-ai:b:c": $acmeAi.Records["b:c"];\n  }\n}',
    );
    expect(text.endsWith("\nexport {};\n")).toBe(true);
  });
});
