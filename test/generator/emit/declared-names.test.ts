import { describe, expect, it } from "vitest";
import { declaredNames } from "../../../generator/emit/declared-names.js";

describe("declaredNames", () => {
  it("reads imports, aliases, re-exports and declarations at line starts", () => {
    const text = [
      'import { a, b as c, type D } from "x";',
      'import type {\n  E,\n  F,\n} from "x";',
      'import * as ns from "y";',
      'export type * from "z";',
      'export type { G, H as I } from "x";',
      "const api = 1;",
      "export function f<T>(x: T) {}",
      "export const g: number = 2;",
      "type J = string;",
      "export interface K {}",
      "/**\n * export function notCode() {}\n */",
      "  const indented = 3;",
    ].join("\n");
    expect(declaredNames(text)).toEqual(["a", "c", "D", "E", "F", "G", "I", "ns", "api", "f", "g", "J", "K"]);
  });
});
