// Imports one compiled module in a fresh process and measures it. Arguments: <entry.js> [mode].
// Modes: none (import time and heap), "first-lookup <spec>" (the first getModel, which parses that
// provider's rows), "lookups [n]" (getModel, estimateCost and select rates; needs a package root).
const [entry, mode] = process.argv.slice(2);
const t0 = performance.now();
const api = await import(entry);
const importMs = performance.now() - t0;
globalThis.gc?.();
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
const result = { importMs, heapMb };
if (mode === "first-lookup") {
  const spec = process.argv[4];
  const start = performance.now();
  if (api.getModel(spec) === undefined) throw new Error(`lookup of ${spec} missed`);
  result.firstLookupMs = performance.now() - start;
}
if (mode === "lookups") {
  const first = performance.now();
  const all = api.models();
  result.materializeAllMs = performance.now() - first;
  const specs = all.map((m) => m.spec);
  const sample = Array.from({ length: 1024 }, (_, i) => specs[(i * 7919) % specs.length]);
  const run = (n) => {
    let hits = 0;
    const start = performance.now();
    for (let i = 0; i < n; i++) if (api.getModel(sample[i & 1023]) !== undefined) hits++;
    return [performance.now() - start, hits];
  };
  run(2_000_000);
  const n = Number(process.argv[4] ?? 20_000_000);
  const [ms, hits] = run(n);
  if (hits !== n) throw new Error("lookup missed");
  result.lookupsPerSecond = n / (ms / 1000);
  const usage = { input: 12_000, output: 800, cacheRead: 4_000 };
  for (let i = 0; i < 200_000; i++) api.estimateCost(sample[i & 1023], usage);
  const costStart = performance.now();
  const costCalls = Math.ceil(n / 10);
  for (let i = 0; i < costCalls; i++) api.estimateCost(sample[i & 1023], usage);
  result.estimateCostPerSecond = costCalls / ((performance.now() - costStart) / 1000);
  // Median of 50 calls, after a first call that computes the per-model sort keys once.
  const medianOf = (query) => {
    api.select(query);
    const times = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      api.select(query);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[25];
  };
  result.selectFullScanMs = medianOf({ require: ["rerank", "tools"] }); // no model matches: a scan of the whole catalog
  result.selectNewestMs = medianOf({ require: ["tools", "vision"] }); // every tools + vision model ranked, newest first
  result.selectCheapestMs = medianOf({ require: ["tools"], orderBy: "cheapest", usage }); // ranked by estimateCost of usage
  const miss = performance.now();
  for (let i = 0; i < 1_000_000; i++) api.getModel("__proto__:nope");
  result.missLookupsPerSecond = 1_000_000 / ((performance.now() - miss) / 1000);
}
process.stdout.write(JSON.stringify(result));
