// What the root entry's types cost, as exact counters rather than timings: the bytes of every
// declaration file `import … from "llm-catalog"` loads, and the Types and Instantiations that the
// bench's consumer (50 `model()` calls, 10 `select`, 10 `buildRequest`) makes tsc create. Parse and
// bind time follow the bytes, check time follows the counters; a change that brings back a flag table
// per capability, the provider records or the documented catalog into the root fails here.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { compileDeclarationClosure } from "../bench/lib/compile-package.js";
import { consumerCalls, consumerText, PROJECT_OPTIONS, type ConsumerCatalog } from "../bench/lib/consumer.js";

/**
 * Measured on the default catalog plus about 5%: room for the data to grow a little, not for a design
 * change. Raised once, when the request types were made true to each provider's official client
 * (discriminated messages by role, more block kinds and fields): 560,960 → 598,704 bytes and
 * 2,135 → 2,310 instantiations. Typing `provider(id)` per provider (the ProviderCallMap of types.ts and
 * the protocol facts table it reads) added 20,704 bytes (602,749 → 623,453) and no Types or
 * Instantiations to the consumer, inside the same budget. Raised a second time when that merged with
 * the AI SDK entry's mode table (NonChatModes, the 228 non-chat models that give ChatSpec and
 * EmbeddingSpec): 642,461 bytes together, kept 5% over. The bench's figures subtract an
 * empty project's 87 types; these are the whole program's.
 */
const BUDGET = {
  closureBytes: 675_000,
  types: 7_800,
  instantiations: 2_430,
};

const out = mkdtempSync(join(tmpdir(), "llm-catalog-budget-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the root entry's type budget", () => {
  const closure = compileDeclarationClosure("runtime/index.ts", out);
  const bytes = closure.reduce((sum, f) => sum + f.bytes, 0);

  it(`loads at most ${BUDGET.closureBytes.toLocaleString("en-US")} bytes of declarations, and no provider module`, () => {
    expect(closure.map((f) => f.path)).toContain("generated/types.d.ts");
    expect(closure.filter((f) => f.path.startsWith("generated/providers/") || /records|model-catalog/.test(f.path))).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(BUDGET.closureBytes);
  });

  it("checks the bench's consumer within its Types and Instantiations budget, without errors", async () => {
    const api = (await import("../../runtime/index.js")) as ConsumerCatalog;
    const file = join(out, "consumer.ts");
    const root = relative(out, join(out, "runtime", "index.js"));
    writeFileSync(file, consumerText(`./${root}`, consumerCalls(api)));
    const parsed = ts.convertCompilerOptionsFromJson(PROJECT_OPTIONS, out).options;
    const program = ts.createProgram({ rootNames: [file], options: parsed });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    // The counters --extendedDiagnostics prints; the checker has them, its public typings do not.
    const checker = program.getTypeChecker() as ts.TypeChecker & { getTypeCount(): number; getInstantiationCount(): number };
    const counts = { types: checker.getTypeCount(), instantiations: checker.getInstantiationCount() };
    expect(counts.types).toBeLessThanOrEqual(BUDGET.types);
    expect(counts.instantiations).toBeLessThanOrEqual(BUDGET.instantiations);
    // Loaded declarations are the closure above and the default libraries, nothing else.
    const loaded = program
      .getSourceFiles()
      .map((f) => f.fileName)
      .filter((f) => !f.includes("node_modules/typescript/lib/"));
    expect(loaded.length).toBe(closure.length + 1);
  });
});

/**
 * What `import "llm-catalog/ai-sdk/register"` adds to a program that calls the AI SDK: measured on 10
 * `generateText` calls with catalog specs, with the registration against without it, plus about 5%.
 * Measured: 4,628 types and 838 instantiations. The types are the spec literals of the 5,030-spec union
 * the SDK's `LanguageModel` becomes; a key per spec (a mapped type) cost 15,547 instantiations instead.
 */
const AI_SDK_BUDGET = {
  types: 4_860,
  instantiations: 880,
};

describe("the AI SDK registration's type budget", () => {
  // Inside the repository, so that `ai` resolves from its node_modules as it would in a project.
  const dir = join(import.meta.dirname, "..", ".out", "ai-sdk-budget");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  compileDeclarationClosure("runtime/ai-sdk/register.ts", dir);

  const counters = (registered: boolean) => {
    const specs = ["openai:gpt-4o", "anthropic:claude-sonnet-4-5", "deepseek:deepseek-chat", "groq:llama-3.3-70b-versatile", "google:gemini-2.5-pro"];
    const calls = [...specs, ...specs].map((s, i) => `export const g${i} = generateText({ model: ${JSON.stringify(s)}, prompt: "Hi" });`);
    const file = join(dir, registered ? "on.ts" : "off.ts");
    writeFileSync(file, [...(registered ? ['import "./runtime/ai-sdk/register.js";'] : []), 'import { generateText } from "ai";', ...calls, ""].join("\n"));
    const program = ts.createProgram({ rootNames: [file], options: ts.convertCompilerOptionsFromJson(PROJECT_OPTIONS, dir).options });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    const checker = program.getTypeChecker() as ts.TypeChecker & { getTypeCount(): number; getInstantiationCount(): number };
    return { types: checker.getTypeCount(), instantiations: checker.getInstantiationCount() };
  };

  it("adds at most its Types and Instantiations budget to a program of generateText calls", () => {
    const off = counters(false);
    const on = counters(true);
    const added = { types: on.types - off.types, instantiations: on.instantiations - off.instantiations };
    // It does something: without the added types the registration would not be in the program.
    expect(added.types).toBeGreaterThan(0);
    expect(added.types).toBeLessThanOrEqual(AI_SDK_BUDGET.types);
    expect(added.instantiations).toBeLessThanOrEqual(AI_SDK_BUDGET.instantiations);
  });
});
