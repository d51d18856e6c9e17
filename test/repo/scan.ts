// Checks over the text of the repository's own files: that nothing reaches outside the checkout
// (self-contained.test.ts), and that the user-facing prose names nothing a reader cannot open (prose.test.ts).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";

export interface TextFile {
  /** Relative to the repository root, with `/`. */
  readonly path: string;
  readonly text: string;
}

export interface Finding {
  readonly path: string;
  readonly line: number;
  readonly rule: string;
  readonly excerpt: string;
}

/** Folders the fallback walk skips: installs, build output and scratch space, as in .gitignore. */
const UNTRACKED = new Set([".git", "node_modules", "dist", ".bench", ".gdist", "generated.tmp", "generated.old", "test/.out"]);

function walk(root: string, dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory() && !UNTRACKED.has(path)) found.push(...walk(root, path));
    else if (entry.isFile() && !/\.tgz$/.test(entry.name)) found.push(path);
  }
  return found;
}

/** The files git tracks; without git (or outside a git checkout), every file but the ignored folders. */
export function repositoryFiles(root: string): { paths: string[]; from: "git" | "walk" } {
  try {
    const out = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const paths = out.split("\0").filter((p) => p !== "");
    if (paths.length > 0) return { paths, from: "git" };
  } catch {
    // no git, or not a checkout: walk the folder instead
  }
  return { paths: walk(root, "").sort(), from: "walk" };
}

/** The text files among `paths` (a NUL byte marks a binary file, such as an archive, which is skipped). */
export function readTextFiles(root: string, paths: readonly string[]): TextFile[] {
  const files: TextFile[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(join(root, path), "utf8");
    } catch {
      continue; // deleted in the work tree but still in the index
    }
    if (!text.includes("\0")) files.push({ path, text });
  }
  return files;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

function excerptAt(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  const line = text.slice(start, end < 0 ? undefined : end);
  const at = index - start;
  return line.length <= 160 ? line.trim() : `…${line.slice(Math.max(0, at - 60), at + 100).trim()}…`;
}

/** The shared reference folder beside a dev checkout, however it is spelled: `..` then `shared` joined by `/` or `\`, or `"..", "shared"`. */
const SHARED_FOLDER = /\.\.[\\/]+shared\b|["'`]\.\.["'`]\s*,\s*["'`]shared["'`]/g;

/** An absolute path on some machine: `/work/…`, `/home/…`, `/Users/…`, `/root/…`, `C:\Users\…`. Not inside a URL. */
const MACHINE_PATH = /(?<![\w.~:/\\$-])(?:\/(?:work|home|Users|root|mnt)\/[\w.$-]|[A-Za-z]:\\(?:Users|work)\\)/g;

/** A relative path that starts by going up, as a whole token: `"../x"`, `(../x)`, ` ../x`. */
const UP_PATH = /(?<=^|[\s"'`(=<[,])\.\.(?:[\\/]\.\.)*[\\/][^\s"'`)\]>,;]*/gm;

/** `join(ROOT, "..")`, `resolve(root, "..", …)`: going up from the repository root itself. */
const ABOVE_ROOT_CALL = /\b(?:join|resolve)\(\s*(?:ROOT|root|repoRoot|REPO_ROOT)\s*,\s*["'`]\.\.["'`]/g;

/** `join(import.meta.dirname, "..", "..", …)`: how many levels it goes up. */
const DIRNAME_CALL = /\b(?:join|resolve)\(\s*(?:import\.meta\.dirname|__dirname)((?:\s*,\s*["'`]\.\.["'`])+)/g;

/**
 * Every place where a file refers to something outside the repository:
 * - `shared-folder`: the `shared` folder beside a dev checkout, in any spelling;
 * - `machine-path`: an absolute path of one machine (`/work/…`, `/home/…`);
 * - `climbs-out`: a `../…` path that, from the folder of the file it is written in, leads above the
 *   repository root; or a call that goes up from the root, or from `import.meta.dirname` past the root.
 *   A path into `node_modules/` is the user's install, not ours, and an `expect(…)` line holds expected
 *   output rather than a path the file uses, so neither counts.
 */
export function outsideReferences(files: readonly TextFile[]): Finding[] {
  const findings: Finding[] = [];
  for (const { path, text } of files) {
    const found: Finding[] = [];
    const add = (rule: string, index: number) => found.push({ path, line: lineOf(text, index), rule, excerpt: excerptAt(text, index) });
    for (const m of text.matchAll(SHARED_FOLDER)) add("shared-folder", m.index);
    for (const m of text.matchAll(MACHINE_PATH)) add("machine-path", m.index);
    const folder = posix.dirname(path);
    for (const m of text.matchAll(UP_PATH)) {
      const target = posix.normalize(posix.join(folder, m[0].replaceAll("\\", "/")));
      if (!target.startsWith("../") && target !== "..") continue;
      if (/(?:^|\/)node_modules(?:\/|$)/.test(target)) continue;
      if (excerptAt(text, m.index).includes("expect(")) continue;
      if (/\.\.[\\/]+shared\b/.test(m[0])) continue; // already reported as shared-folder
      add("climbs-out", m.index);
    }
    for (const m of text.matchAll(ABOVE_ROOT_CALL)) add("climbs-out", m.index);
    const depth = folder === "." ? 0 : folder.split("/").length;
    for (const m of text.matchAll(DIRNAME_CALL)) {
      if ((m[1]!.match(/\.\./g) ?? []).length > depth) add("climbs-out", m.index);
    }
    findings.push(...found.sort((a, b) => a.line - b.line));
  }
  return findings;
}

/** The engineers' reference documents that live outside the repository. */
const OUTSIDE_DOCS = ["API.md", "ARCHITECTURE.md", "TYPES.md", "SEMANTICS.md", "DATA.md", "STYLE.md", "ECOSYSTEM.md", "REVIEW-2026-12.md"];

/** The prose a user reads: the README, docs/, and the bench results. */
export function isUserProse(path: string): boolean {
  return path === "README.md" || path.startsWith("docs/") || path === "test/bench/RESULTS.md";
}

/**
 * In user-facing prose, what a reader of the repository cannot follow:
 * - `issue-number`: "issue 7", "issues #12": the tracker's numbers mean nothing in a clone;
 * - `outside-doc`: a reference document that is not in the repository (`TYPES.md`, bare `SEMANTICS` or `TYPES`),
 *   unless a file of that name is tracked (say docs/API.md);
 * - `section-sign`: `§`, which points into those documents' numbered sections.
 */
export function proseProblems(files: readonly TextFile[], trackedPaths: readonly string[]): Finding[] {
  const tracked = new Set(trackedPaths.map((p) => posix.basename(p)));
  const missing = OUTSIDE_DOCS.filter((name) => !tracked.has(name));
  // Bare names too where a capitalised word can only mean the document ("SEMANTICS §14", "TYPES §11").
  const bare = new Set(["SEMANTICS.md", "TYPES.md", "ARCHITECTURE.md", "ECOSYSTEM.md"]);
  const names = missing.map((name) => name.replace(/\.md$/, bare.has(name) ? "(?:\\.md)?" : "\\.md"));
  const outsideDoc = names.length === 0 ? undefined : new RegExp(`(?<![\\w-])(?:${names.join("|")})(?![\\w-])`, "g");
  const findings: Finding[] = [];
  for (const { path, text } of files) {
    const found: Finding[] = [];
    const add = (rule: string, index: number) => found.push({ path, line: lineOf(text, index), rule, excerpt: excerptAt(text, index) });
    for (const m of text.matchAll(/\bissues?\s+#?\d+/gi)) add("issue-number", m.index);
    if (outsideDoc !== undefined) for (const m of text.matchAll(outsideDoc)) add("outside-doc", m.index);
    for (const m of text.matchAll(/§/g)) add("section-sign", m.index);
    findings.push(...found.sort((a, b) => a.line - b.line));
  }
  return findings;
}

/** One line per finding, for a failure message a reader can act on. */
export function report(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.path}:${f.line} ${f.rule}: ${f.excerpt}`);
}
