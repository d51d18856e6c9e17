import { describe, expect, it } from "vitest";
import { createJsonLocator } from "../../../generator/sources/locate-json.js";
import { readModelsDevJson } from "../../../generator/formats/models-dev-json/read-models-dev-json.js";

describe("createJsonLocator", () => {
  const text = '{\n  "a": {\n    "b": [10, {"c": "x\\"y"}],\n    "b2": true\n  }\n}';
  const locator = createJsonLocator(text);

  it("finds values, array items, and the nearest ancestor of a missing key", () => {
    expect(locator.locate(["a", "b", 0])).toEqual({ line: 3, column: 11 });
    expect(locator.locate(["a", "b", 1, "c"])).toEqual({ line: 3, column: 21 });
    expect(locator.locate(["a", "b2"])).toEqual({ line: 4, column: 11 });
    expect(locator.locate(["a", "missing", "deeper"])).toEqual({ line: 2, column: 8 });
  });

  it("locates the last of a repeated key, the value JSON.parse keeps", () => {
    const duplicated = createJsonLocator('{\n  "a": 1,\n  "a": 2\n}');
    expect(duplicated.locate(["a"])).toEqual({ line: 3, column: 8 });
  });
});

describe("readModelsDevJson", () => {
  const file = (text: string) => ({ path: "api.json", format: "models-dev-json" as const, rank: 0, text });

  it("yields a provider record without its models and one record per model", () => {
    const { records, diagnostics } = readModelsDevJson(file('{"p":{"name":"P","models":{"m:1":{"name":"M"}}}}'));
    expect(diagnostics).toEqual([]);
    expect(records.map((r) => [r.kind, r.provider, r.id, r.value])).toEqual([
      ["provider", "p", undefined, { name: "P" }],
      ["model", "p", "m:1", { name: "M" }],
    ]);
  });

  it("reports syntax errors with a position and never throws", () => {
    for (const text of ["", "{", '{"a": }', "[1, 2]", "null", "{}"]) {
      const { diagnostics } = readModelsDevJson(file(text));
      expect(diagnostics.length, text).toBe(1);
      expect(diagnostics[0]!.severity).toBe("error");
    }
    expect(readModelsDevJson(file('{\n  "a": }')).diagnostics[0]).toMatchObject({ code: "json_syntax", line: 2, column: 8 });
  });
});
