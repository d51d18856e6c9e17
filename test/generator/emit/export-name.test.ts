import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { emitCatalog, exportNamesOf } from "../../../generator/emit/emit-catalog.js";
import { exportNameOf } from "../../../generator/emit/export-name.js";
import type { EmittedFile } from "../../../generator/stage-types.js";
import { typeDiagnostics } from "../../types/check-cases.js";
import { smallCatalog } from "./small-catalog.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const OUT = join(ROOT, "test", ".out", "export-name");
// From test/.out/export-name/<case>/ to the repository's runtime.
const RUNTIME = relative(join(OUT, "case"), join(ROOT, "runtime", "core.js"))
  .split(sep)
  .join("/");

/** Writes emitted files under test/.out/<name>/ and returns their paths. */
function written(name: string, files: readonly EmittedFile[]): string[] {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  return files.map((file) => {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    return path;
  });
}

/**
 * Every name a generated index.ts binds at its top level or exports (through `export type *` too),
 * and every global value it uses, as the compiler sees them: independent of the emitter's own account.
 */
function namesBoundBy(indexPath: string): Set<string> {
  const program = ts.createProgram({
    rootNames: [indexPath],
    options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true },
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(indexPath)!;
  const names = new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((s) => s.name));
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) names.add(statement.name.text);
    if (ts.isVariableStatement(statement)) for (const d of statement.declarationList.declarations) names.add(d.name.getText(source));
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) names.add(e.name.text);
  }
  // Globals the index uses by name (`Object`), not their members (`values`).
  const visit = (node: ts.Node): void => {
    const member = node.parent !== undefined && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node;
    if (ts.isIdentifier(node) && !member) {
      const symbol = checker.getSymbolAtLocation(node);
      const fromLib = symbol?.declarations?.some((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()));
      if (symbol && fromLib && symbol.flags & ts.SymbolFlags.Value && symbol.name === node.text) names.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** A provider id whose helper would be `name` if nothing were reserved: `buildResponsesRequest` → `build-responses-request`. */
function idNaming(name: string): string {
  return name.replace(/(?<=.)[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

describe("exportNameOf", () => {
  it("camel-cases ids and keeps them identifiers", () => {
    expect(["amazon-bedrock", "wafer.ai", "302ai", "a__b", "---"].map(exportNameOf)).toEqual(["amazonBedrock", "waferAi", "_302ai", "aB", "_"]);
  });

  it("suffixes reserved words and the index's own names", () => {
    expect(["default", "model", "build-responses-request", "Model-spec", "Object"].map(exportNameOf)).toEqual([
      "defaultProvider",
      "modelProvider",
      "buildResponsesRequestProvider",
      "ModelSpecProvider",
      "ObjectProvider",
    ]);
  });
});

describe("provider ids that collide with the generated index's names", () => {
  const base = smallCatalog({ acme: { models: { m: {} } } });
  const basePaths = written("base", emitCatalog(base, RUNTIME).files);
  const own = new Set(["acme", "AcmeModelId"]);
  const taken = [...namesBoundBy(basePaths.find((p) => p.endsWith("index.ts"))!)].filter((name) => !own.has(name)).sort();
  // Two catalogs, since one may not hold ids that differ only in case (`model`, `Model`).
  const catalogOf = (names: readonly string[]) => smallCatalog(Object.fromEntries(names.map((name) => [idNaming(name), { models: { m: {} } }])));
  const colliding = [catalogOf(taken.filter((n) => /^[a-z]/.test(n))), catalogOf(taken.filter((n) => !/^[a-z]/.test(n)))];

  it("covers the whole API, its imports, its re-exported types and the globals it calls", () => {
    expect(taken).toEqual(
      expect.arrayContaining([
        "model",
        "select",
        "catalog",
        "buildResponsesRequest",
        "api",
        "tables",
        "defineRoutesAny",
        "ModelSpec",
        "RequestOf",
        "CapabilityFlags",
        "Object",
      ]),
    );
  });

  it("get helper names the index does not already bind", () => {
    const results = colliding.map(exportNamesOf);
    expect(results.flatMap((r) => r.diagnostics)).toEqual([]);
    const names = results.flatMap((r) => [...r.names.values()]);
    expect(names.length).toBe(taken.length);
    expect(names.filter((name) => taken.includes(name))).toEqual([]);
  });

  it("emit an index that compiles", () => {
    const [values, types] = colliding.map((catalog) => emitCatalog(catalog, RUNTIME));
    expect([...values!.diagnostics, ...types!.diagnostics]).toEqual([]);
    expect(typeDiagnostics([...written("values", values!.files), ...written("types", types!.files)])).toEqual([]);
  }, 60_000);
});
