// Runs `gen` once in this process and reports its own peak memory; bench.ts times the whole process.
import { runCli, type CliOutput } from "../../generator/cli.js";

const out: CliOutput = { stdout: [], stderr: [] };
const code = await runCli(process.argv.slice(2), process.cwd(), out, 0);
if (code !== 0) throw new Error(`gen failed: ${out.stderr.join("\n")}`);
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
