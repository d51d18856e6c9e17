// Compiles the package (runtime + one generated catalog) the way it would be published: `.js` for
// node and `.d.ts` for consumers. Per file, without a type check: `tsc --declaration` over the full
// catalog takes ~40 s here (and ten times that on the 10× catalog) only to check data tables no
// consumer sees. The project compiles with isolatedModules and the generated code annotates its
// exports, so per-file output equals tsc's for every file a consumer reaches (bench.test.ts checks
// this on a small catalog); the files that are not isolated-declaration clean are counted and reported.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";
import { ROOT } from "./measure.js";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  verbatimModuleSyntax: true,
  strict: true,
};

/** What `compilePackage` wrote. */
export interface CompiledPackage {
  /** The folder mirroring the package root: `<outRoot>/runtime/index.js`, `<outRoot>/runtime/index.d.ts`… */
  readonly outRoot: string;
  readonly files: number;
  /** Files whose declarations needed inference (isolated-declaration errors): typed `any` there. */
  readonly notIsolated: readonly string[];
}

/** Statements that leave nothing in the `.js`: a file made only of these is its own declaration. */
function isTypeLevel(s: ts.Statement): boolean {
  if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) return true;
  if (ts.isImportDeclaration(s)) return s.importClause?.isTypeOnly === true;
  if (ts.isExportDeclaration(s)) return s.isTypeOnly;
  return false;
}

function compileFile(text: string, fileName: string): { js: string; dts: string; isolated: boolean } {
  // Generated type modules are megabytes of interfaces: parse once and copy rather than re-print.
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  if (source.statements.every(isTypeLevel)) {
    // tsc marks a declaration file with unexported types as a module with a trailing `export {};`.
    const local = source.statements.some(
      (s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && !ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
    );
    return { js: "export {};\n", dts: local ? `${text}export {};\n` : text, isolated: true };
  }
  // ESM output as tsc emits it for this "type": "module" package (alone, NodeNext would assume CommonJS).
  const js = ts.transpileModule(text, { fileName, compilerOptions: { ...OPTIONS, module: ts.ModuleKind.ES2022 } }).outputText;
  const d = ts.transpileDeclaration(text, { fileName, compilerOptions: OPTIONS, reportDiagnostics: true });
  return { js, dts: d.outputText, isolated: (d.diagnostics ?? []).length === 0 };
}

/**
 * Compiles every `.ts` file under `dirs` (relative to the package root) into `outRoot`, keeping
 * their paths, and marks `outRoot` as an ES module package so node imports the `.js` as users would.
 */
export function compilePackage(dirs: readonly string[], outRoot: string): CompiledPackage {
  let files = 0;
  const notIsolated: string[] = [];
  for (const dir of dirs) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })) {
      if (!entry.endsWith(".ts") || entry.endsWith(".d.ts")) continue;
      const path = join(ROOT, dir, entry);
      const rel = relative(ROOT, path);
      const out = compileFile(readFileSync(path, "utf8"), rel);
      const target = join(outRoot, rel.replace(/\.ts$/, ""));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(`${target}.js`, out.js);
      writeFileSync(`${target}.d.ts`, out.dts);
      if (!out.isolated) notIsolated.push(rel);
      files++;
    }
  }
  writeFileSync(join(outRoot, "package.json"), '{ "type": "module" }\n');
  return { outRoot, files, notIsolated };
}

/** One declaration file of a closure and its size. */
export interface ClosureFile {
  /** Path relative to the folder the closure was taken in, `.d.ts`. */
  readonly path: string;
  readonly bytes: number;
}

/** The `.ts` paths (relative to `root`) that a declaration file of `rel` imports or re-exports relatively. */
function declarationImports(dts: string, rel: string, root: string): string[] {
  return ts
    .preProcessFile(dts, true, true)
    .importedFiles.filter((ref) => ref.fileName.startsWith("."))
    .map((ref) => relative(root, join(root, dirname(rel), ref.fileName.replace(/\.js$/, ".ts"))));
}

/** Walks the closure from `entry` (a `.ts` path relative to `root`), getting each file's declarations from `dtsOf`. */
function closure(entry: string, root: string, dtsOf: (rel: string) => string): ClosureFile[] {
  const seen = new Map<string, number>();
  const queue = [entry];
  while (queue.length > 0) {
    const rel = queue.pop()!;
    if (seen.has(rel)) continue;
    const dts = dtsOf(rel);
    seen.set(rel, Buffer.byteLength(dts));
    queue.push(...declarationImports(dts, rel, root));
  }
  return [...seen].map(([path, bytes]) => ({ path: path.replace(/\.ts$/, ".d.ts"), bytes })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * The declaration closure of `entry` (a `.ts` file relative to the package root): every `.d.ts` a
 * consumer importing its `.js` loads, compiled per file into `outRoot` as `compilePackage` does.
 * Compiles only what is reached, so the guard test pays for the root, not for all 145 provider modules.
 */
export function compileDeclarationClosure(entry: string, outRoot: string): ClosureFile[] {
  return closure(entry, ROOT, (rel) => {
    const out = compileFile(readFileSync(join(ROOT, rel), "utf8"), rel);
    const target = join(outRoot, rel.replace(/\.ts$/, ""));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.d.ts`, out.dts);
    return out.dts;
  });
}

/** The declaration closure of an entry of an already compiled package (`entry`: `.ts`-style path relative to `outRoot`). */
export function declarationClosureOf(outRoot: string, entry: string): ClosureFile[] {
  return closure(entry, outRoot, (rel) => readFileSync(join(outRoot, rel.replace(/\.ts$/, ".d.ts")), "utf8"));
}
