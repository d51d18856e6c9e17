import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(import.meta.dirname, "..", "..");

/** `file:line TSnnnn: message` for every diagnostic `tsc` reports on `files`, with the project's options. */
export function typeDiagnostics(files: readonly string[]): string[] {
  const configPath = join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => readFileSync(p, "utf8"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const program = ts.createProgram({ rootNames: [...files], options: { ...parsed.options, noEmit: true } });
  const wanted = new Set(files.map((f) => relative(ROOT, f)));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && wanted.has(relative(ROOT, d.file.fileName)))
    .map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start!);
      const message = ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0];
      return `${relative(ROOT, d.file!.fileName)}:${line + 1} TS${d.code}: ${message}`;
    });
}
