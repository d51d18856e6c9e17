import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const FORBIDDEN = [
  /\bfrom\s+["'](?:node:)?(?:fs|fs\/promises|net|http|https|http2|dgram|child_process|worker_threads|os|process|tls|dns)["']/,
  /\bimport\(\s*["'][^"']*["']\s*\)/,
  /\brequire\s*\(/,
  /\bfrom\s+["']undici["']/,
  /\bprocess\s*\./,
  /\b(?:fetch|XMLHttpRequest|WebSocket)\s*\(/,
  /\bglobalThis\s*\.\s*process\b/,
];

function sourceFiles(dir: string): string[] {
  return (
    readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      // dist/ holds the package build (declarations and compiled copies), not sources.
      .filter((f) => f.endsWith(".ts") && !f.startsWith("dist/"))
      .map((f) => join(dir, f))
  );
}

describe("runtime/ and generated/", () => {
  it("do no file, network or process access", () => {
    const files = [...sourceFiles("runtime"), ...sourceFiles("generated")];
    expect(files.length).toBeGreaterThan(140);
    const offending: string[] = [];
    for (const file of files) {
      // JSDoc examples may mention process.env; only code counts.
      const code = readFileSync(join(ROOT, file), "utf8")
        .replace(/\/\*\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      for (const pattern of FORBIDDEN) if (pattern.test(code)) offending.push(`${file}: ${pattern}`);
    }
    expect(offending).toEqual([]);
  });

  it("the scan would catch an import of node:fs", () => {
    expect(FORBIDDEN.some((p) => p.test('import { readFileSync } from "node:fs";'))).toBe(true);
    expect(FORBIDDEN.some((p) => p.test("const k = process.env.KEY;"))).toBe(true);
  });
});
