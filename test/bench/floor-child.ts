// The floor for gen: read the snapshot, parse it, and write as many bytes as gen writes, nothing else.
// Arguments: <snapshot> <out dir> <bytes>.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [snapshot, outDir, bytes] = [process.argv[2]!, process.argv[3]!, Number(process.argv[4])];
const text = readFileSync(snapshot, "utf8");
const parsed = JSON.parse(text) as Record<string, unknown>;
mkdirSync(outDir, { recursive: true });
const chunk = Math.ceil(bytes / Object.keys(parsed).length);
for (const id of Object.keys(parsed)) writeFileSync(join(outDir, `${id}.ts`), "x".repeat(chunk));
process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
