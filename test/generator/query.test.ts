import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliOutput } from "../../generator/cli.js";
import { findModels, providers } from "../../runtime/index.js";
import type { Model } from "../../runtime/types.js";

const ROOT = join(import.meta.dirname, "..", "..");

async function cli(...argv: string[]) {
  const out: CliOutput = { stdout: [], stderr: [] };
  return { code: await runCli(argv, ROOT, out), ...out };
}

describe("query", () => {
  it("--providers: each provider with its protocol, auth, key variable, endpoints and docs, as provider(id) states them", async () => {
    const result = await cli("query", "--providers", "--provider", "anthropic,amazon-bedrock,lmstudio");
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^provider +protocol +auth +key +endpoints +docs$/);
    const rows = result.stdout.slice(1, -1).map((line) => line.split(/ {2,}/));
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      [
        "amazon-bedrock",
        "amazon-bedrock",
        "AWS SigV4 | authorization: Bearer ${AWS_BEARER_TOKEN_BEDROCK}",
        "AWS_BEARER_TOKEN_BEDROCK",
        "chat,embeddings,images,countTokens,models",
      ],
      ["anthropic", "anthropic-messages", "x-api-key: ${ANTHROPIC_API_KEY}", "ANTHROPIC_API_KEY", "chat,countTokens,models"],
      ["lmstudio", "openai-compatible", "none | authorization: Bearer ${LMSTUDIO_API_KEY}", "LMSTUDIO_API_KEY", "chat,models"],
    ]);
    expect(result.stdout.at(-1)).toMatch(/^query: 3 providers · \d+\.\d\d s$/);
    const json = await cli("query", "--providers", "--json");
    expect(JSON.parse(json.stdout.join("\n"))).toEqual(JSON.parse(JSON.stringify(providers())));
  });

  it("prints an aligned table of what findModels returns, and a count", async () => {
    const result = await cli("query", "--require", "tools,vision", "--forbid", "deprecated", "--min-context", "1000000", "--max-input-cost", "0.5");
    expect(result.code).toBe(0);
    const expected = findModels({ capabilities: { tools: true, vision: true, deprecated: false }, minContext: 1_000_000, maxInputCost: 0.5 });
    expect(expected.length).toBeGreaterThan(10);
    expect(result.stdout[0]).toMatch(/^spec +context +output +\$ in\/1M +\$ out\/1M +flags$/);
    expect(result.stdout.slice(1, -1).map((line) => line.split(" ")[0])).toEqual(expected.map((m) => m.spec));
    expect(result.stdout.at(-1)).toMatch(new RegExp(`^query: ${expected.length} models · \\d+\\.\\d\\d s$`));
    // Numbers are right-aligned under their headers: every row's output column ends where the header's does.
    const end = result.stdout[0]!.indexOf("output") + "output".length;
    for (const line of result.stdout.slice(1, -1)) expect(line[end - 1], line).toMatch(/[0-9?]/);
  });

  it("prints JSON with --json, and rejects unknown features and bad numbers with exit 2", async () => {
    const json = await cli("query", "--provider", "openai", "--input", "image,pdf", "--json");
    const models = JSON.parse(json.stdout.join("\n")) as Model[];
    expect(models.length).toBeGreaterThan(5);
    expect(models.every((m) => m.provider === "openai" && m.modalities.input.includes("pdf"))).toBe(true);
    expect((await cli("query", "--require", "telepathy")).code).toBe(2);
    expect((await cli("query", "--min-context", "lots")).code).toBe(2);
  });

  it("ranks with --order-by and --usage, takes the new constraints, and leaves deprecated models out unless included", async () => {
    const ranked = await cli(
      "query",
      "--require",
      "tools",
      "--order-by",
      "cheapest",
      "--usage",
      "20000,500",
      "--min-output",
      "32000",
      "--provider",
      "openai,google",
      "--json",
    );
    const query = { require: ["tools"], orderBy: "cheapest", usage: { input: 20000, output: 500 }, minOutput: 32000, provider: ["openai", "google"] } as const;
    const specs = (JSON.parse(ranked.stdout.join("\n")) as Model[]).map((m) => m.spec);
    expect(specs.length).toBeGreaterThan(5);
    expect(specs).toEqual(findModels(query).map((m) => m.spec));

    const open = await cli("query", "--output", "audio", "--open-weights", "--json");
    expect((JSON.parse(open.stdout.join("\n")) as Model[]).every((m) => m.openWeights === true && m.modalities.output.includes("audio"))).toBe(true);

    const flash = async (...more: string[]) =>
      (JSON.parse((await cli("query", "--provider", "google", "--family", "gemini-flash", "--json", ...more)).stdout.join("\n")) as Model[]).map((m) => m.spec);
    expect(await flash()).not.toContain("google:gemini-2.0-flash");
    expect(await flash("--include-deprecated")).toContain("google:gemini-2.0-flash");
    expect((await cli("query", "--order-by", "best")).code).toBe(2);
    expect((await cli("query", "--usage", "5")).code).toBe(2);
  });
});
