import { describe, expect, it } from "vitest";
import ts from "typescript";
import { docComment, docData } from "../../../generator/emit/doc-comment.js";
import { exportNameOf } from "../../../generator/emit/export-name.js";
import { jsonRow, literal, literalType, propertyName } from "../../../generator/emit/ts-literal.js";

const HOSTILE = [
  'double " quote',
  "single ' quote",
  "back`tick",
  "back\\slash",
  "*/ closes",
  "/* opens",
  "${injection}",
  "line\u2028sep",
  "para\u2029sep",
  "lone \ud800 surrogate",
  "nul \u0000 and \u001b",
  "rtl \u202e mark",
  "emoji 🦙",
  "x".repeat(10_000),
  "__proto__",
  "constructor",
  "new\nline",
];

/** Evaluates a JS expression the way an emitted module would see it. */
function evaluate(expression: string): unknown {
  const js = ts.transpileModule(`export default ${expression};`, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const module = { exports: {} as { default?: unknown } };
  new Function("module", "exports", js)(module, module.exports);
  return module.exports.default;
}

describe("literal and jsonRow", () => {
  it.each(HOSTILE.map((s) => [s.slice(0, 20), s]))("round-trips %j exactly", (_label, text) => {
    expect(evaluate(literal(text))).toBe(text);
    expect(JSON.parse(evaluate(jsonRow({ [text]: text })) as string)).toEqual({ [text]: text });
    expect(literal(text)).not.toMatch(/[\u2028\u2029\n]/);
  });

  it("keeps __proto__ as plain data in JSON rows", () => {
    const parsed = JSON.parse(evaluate(jsonRow({ __proto__: 1 } as object)) as string) as object;
    expect(Object.keys(parsed)).toEqual([]); // the object literal above set the prototype; JSON has none
    const row = JSON.parse(evaluate(jsonRow(JSON.parse('{"__proto__":{"polluted":true}}'))) as string) as Record<string, unknown>;
    expect(Object.hasOwn(row, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("literal with __proto__ keys", () => {
  it("defines an own property instead of setting the prototype", () => {
    const value = JSON.parse('{"allow":{"__proto__":["x"],"b":[1]}}') as { allow: Record<string, unknown> };
    const back = evaluate(literal(value)) as typeof value;
    expect(Object.hasOwn(back.allow, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(back.allow)).toBe(Object.prototype);
    expect(back).toEqual(value);
    expect(literal({ a: [1, "x"], b: { c: null } })).toBe(JSON.stringify({ a: [1, "x"], b: { c: null } }));
  });
});

describe("literalType", () => {
  it("writes readonly literal types that tsc accepts for the same value", () => {
    const value = { spec: "a:b", n: 0.30000000000000004, neg: -1, list: ["text", null], nested: { "odd key": true }, __proto__x: HOSTILE.slice(0, 13) };
    const source = `const v: ${literalType(value)} = ${literal(value)};`;
    const diagnostics = ts.transpileModule(source, { reportDiagnostics: true }).diagnostics ?? [];
    expect(diagnostics).toEqual([]);
    expect(literalType([1, "a"])).toBe('readonly [1, "a"]');
    expect(literalType({})).toBe("{}");
    expect(() => literalType(Number.NaN)).toThrow(TypeError);
  });

  it("quotes property names that are not identifiers", () => {
    expect(propertyName("spec")).toBe("spec");
    expect(propertyName("gpt-4o")).toBe('"gpt-4o"');
    expect(propertyName("__proto__")).toBe('"__proto__"');
  });
});

describe("docComment", () => {
  it("cannot be closed early by its text", () => {
    const doc = docComment(["name */ alert(1) /*", "second\u2028line"]);
    expect(doc).toBe("/**\n * name *\\/ alert(1) /*\n * second\n * line\n */");
    const scanned = ts.createSourceFile("x.ts", `${doc}\nexport const x = 1;`, ts.ScriptTarget.Latest);
    expect(scanned.statements).toHaveLength(1);
  });

  it("never lets data start a tag, and writes lone surrogates as U+FFFD", () => {
    expect(docComment(["name\n@deprecated x", `${docData("@example y")} · more`, "lone \ud800"])).toBe(
      "/**\n * name\n * \\@deprecated x\n * \\@example y · more\n * lone \ufffd\n */",
    );
    const scanned = ts.createSourceFile("x.ts", `${docComment(["a\n@deprecated"])}\nexport const x = 1;`, ts.ScriptTarget.Latest, true);
    expect(ts.getJSDocTags(scanned.statements[0]!)).toEqual([]);
  });
});

describe("exportNameOf", () => {
  it.each([
    ["openai", "openai"],
    ["amazon-bedrock", "amazonBedrock"],
    ["302ai", "_302ai"],
    ["wafer.ai", "waferAi"],
    ["vertex_ai-anthropic_models", "vertexAiAnthropicModels"],
    ["models", "modelsProvider"],
    ["default", "defaultProvider"],
  ])("%s → %s", (id, name) => expect(exportNameOf(id)).toBe(name));
});
