// Section 4: the editor, through the TypeScript 5.9 language service in process:
// push a one-character edit, then ask for completions inside `""` or for semantic diagnostics.
// Median of `runs` after 2 warm-ups; without the edit the answer would come from cache.
import ts from "typescript";
import { median } from "./measure.js";
import { PROJECT_OPTIONS } from "./consumer.js";

/** A latency and what the service answered (entries or diagnostics), to catch a broken setup. */
export interface LsFigure {
  readonly ms: number;
  readonly count: number;
}

const OPTIONS: ts.CompilerOptions = ts.convertCompilerOptionsFromJson(PROJECT_OPTIONS, ".").options;

/** A language service over one editable file; every other file is read from disk once. */
function service(file: string, text: () => string, version: () => number, cwd: string): ts.LanguageService {
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: (f) => (f === file ? String(version()) : "0"),
    getScriptSnapshot: (f) => {
      if (f === file) return ts.ScriptSnapshot.fromString(text());
      const t = ts.sys.readFile(f);
      return t === undefined ? undefined : ts.ScriptSnapshot.fromString(t);
    },
    getCurrentDirectory: () => cwd,
    getCompilationSettings: () => OPTIONS,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

/**
 * Times `ask` after each one-character edit of `text`: a trailing comment alternates between
 * `//` and `//x`, after everything `ask` looks at, so positions stay put.
 */
function afterEdit(file: string, text: string, runs: number, ask: (ls: ts.LanguageService) => number): LsFigure {
  let version = 0;
  let current = text;
  const ls = service(
    file,
    () => current,
    () => version,
    ts.sys.getCurrentDirectory(),
  );
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < runs + 2; i++) {
    version++;
    current = `${text}\n//${"x".repeat(i % 2)}\n`;
    const start = performance.now();
    count = ask(ls);
    if (i >= 2) times.push(performance.now() - start);
  }
  ls.dispose();
  return { ms: median(times), count };
}

/**
 * Completion latency inside the quotes of `call` (e.g. `model("")`), appended as the last line of
 * `text` (the consumer file, so the program is a realistic one); `count` is the list's length.
 */
export function completionAfterEdit(file: string, text: string, call: string, runs: number): LsFigure {
  const full = `${text}${call};\n`;
  const position = text.length + call.indexOf('""') + 1;
  return afterEdit(file, full, runs, (ls) => ls.getCompletionsAtPosition(file, position, {})?.entries.length ?? 0);
}

/** Semantic-diagnostics latency for `text`; `count` is the number of diagnostics (0 when it type-checks). */
export function diagnosticsAfterEdit(file: string, text: string, runs: number): LsFigure {
  return afterEdit(file, text, runs, (ls) => ls.getSemanticDiagnostics(file).length);
}
