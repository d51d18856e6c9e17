// The floor for gen: read the snapshot, parse it, and write as many bytes as gen writes, nothing else.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [outDir, bytes] = [process.argv[2]!, Number(process.argv[3])];
const text = readFileSync("data/models-dev/api.json", "utf8");
const parsed = JSON.parse(text) as Record<string, unknown>;
mkdirSync(outDir, { recursive: true });
const chunk = Math.ceil(bytes / Object.keys(parsed).length);
for (const id of Object.keys(parsed)) writeFileSync(join(outDir, `${id}.ts`), "x".repeat(chunk));
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
