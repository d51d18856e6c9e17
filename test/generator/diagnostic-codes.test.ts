import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, type DiagnosticCode } from "../../generator/diagnostic-codes.js";

const ROOT = join(import.meta.dirname, "..", "..");
const GOLDENS = ["test/fixtures/broken/expected.txt", "test/fixtures/bad-snapshot.expected.txt", "test/fixtures/malformed-snapshot.expected.txt"];

describe("DIAGNOSTIC_CODES", () => {
  it("is listed in docs/diagnostics.md, code for code, with the same severity and meaning", () => {
    const doc = readFileSync(join(ROOT, "docs/diagnostics.md"), "utf8");
    const rows = [...doc.matchAll(/^\| `([a-z_]+)` \| (\w+) \| (.+) \|$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(Object.entries(DIAGNOSTIC_CODES).map(([code, { severity, meaning }]) => [code, severity, meaning]));
  });

  it("gives every code in the golden diagnostics its catalogued severity", () => {
    const lines = GOLDENS.flatMap((path) => readFileSync(join(ROOT, path), "utf8").split("\n"));
    const found = lines.flatMap((line) => {
      const m = / (error|warning|info) ([a-z_]+)[ :]/.exec(line);
      return m ? [[m[2], m[1]]] : [];
    });
    expect(found.length).toBeGreaterThan(10);
    for (const [code, severity] of found) expect([code, DIAGNOSTIC_CODES[code as DiagnosticCode]?.severity]).toEqual([code, severity]);
  });
});
