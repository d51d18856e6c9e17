import { readFileSync } from "node:fs";
import { declaredNames } from "./declared-names.js";
import { literal } from "./ts-literal.js";

/**
 * How templates name the runtime and the generated catalog: this repository's own copies, so that
 * the project's `tsc` checks every template in place (`…/runtime/core.js`, `…/generated/types.js`).
 */
const RUNTIME_IN_TEMPLATES = /^(?:\.\.\/)+runtime\/core\.js$/;
const GENERATED_IN_TEMPLATES = /^(?:\.\.\/)+generated\/([\w-]+)\.js$/;

/** The generated module a template specifier names (`"types"`), if it names one. */
function generatedModule(from: string): string | undefined {
  return GENERATED_IN_TEMPLATES.exec(from)?.[1];
}

/** One import or export-from statement of a template's import region. */
export interface TemplateImport {
  /** The statement as written, one or more lines, ending with `;`. */
  readonly text: string;
  /** The module specifier as written in the template. */
  readonly from: string;
  /** The names the statement binds or exports in its module (`b` for `a as b`); none for `export *`. */
  readonly names: readonly string[];
}

/** A template of `generator/emit/templates/`: its import region, parsed, and the text that follows it. */
export interface Template {
  readonly imports: readonly TemplateImport[];
  /** Everything after the import region, copied into the output as it stands (placeholders aside). */
  readonly body: string;
}

const cache = new Map<string, Template>();

/** A template's import region split into statements; each statement ends a line with `;`. */
function importsOf(region: string): TemplateImport[] {
  return (region.match(/[^;]*;\n/g) ?? []).map((statement) => {
    const text = statement.trim();
    const from = /from "([^"]+)";$/.exec(text)?.[1];
    if (from === undefined) throw new Error(`template import without a module specifier: ${text}`);
    return { text, from, names: declaredNames(text) };
  });
}

/**
 * Reads `templates/<name>.ts` beside this module: a leading comment, an import region between
 * `//#region imports` and `//#endregion`, then the body. Read once per process.
 */
export function readTemplate(name: string): Template {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const text = readFileSync(new URL(`./templates/${name}.ts`, import.meta.url), "utf8");
  const match = /^\/\/#region imports\n([\s\S]*?)^\/\/#endregion\n/m.exec(text);
  if (match === null) throw new Error(`template ${name}: no "//#region imports" … "//#endregion" region`);
  const template = { imports: importsOf(match[1]!), body: text.slice(match.index + match[0].length) };
  cache.set(name, template);
  return template;
}

/**
 * A template's import region as the generated file `self` (`"types"`, `"requests"`…) writes it: the
 * runtime imported from `runtimeImport`, the generated catalog from the output folder itself, and no
 * import of `self`, whose declarations the emitter writes.
 */
export function outputImports(template: Template, self: string, runtimeImport: string): string {
  return template.imports
    .filter((i) => generatedModule(i.from) !== self)
    .map((i) => {
      const module = generatedModule(i.from);
      if (RUNTIME_IN_TEMPLATES.test(i.from)) return i.text.replace(`"${i.from}"`, () => literal(runtimeImport));
      if (module !== undefined) return i.text.replace(`"${i.from}"`, () => literal(`./${module}.js`));
      throw new Error(`template import from ${i.from}: templates import only the runtime and the generated catalog`);
    })
    .join("\n");
}

/** The names a template imports from the runtime (its `import` statements only, not its re-exports). */
export function runtimeImportsOf(template: Template): readonly string[] {
  return template.imports.filter((i) => RUNTIME_IN_TEMPLATES.test(i.from) && i.text.startsWith("import ")).flatMap((i) => i.names);
}

/** The names a template imports from one generated module (`"types"`…). */
export function generatedImportsOf(template: Template, module: string): readonly string[] {
  return template.imports.filter((i) => generatedModule(i.from) === module && i.text.startsWith("import ")).flatMap((i) => i.names);
}

/**
 * A template body with each `/*@name*\/ default` placeholder replaced by `values[name]`. The default
 * keeps the template valid TypeScript; every placeholder needs a value and every value a placeholder,
 * so a renamed one fails here rather than in the output.
 */
export function fillPlaceholders(body: string, values: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const text = body.replace(/\/\*@(\w+)\*\/ (?:\{\}|\[\])/g, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new Error(`template placeholder /*@${name}*/ has no value`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`template has no placeholder for ${unused.join(", ")}`);
  return text;
}
