import type { CliOutput } from "./cli-output.js";
import { formatBytes } from "./format-bytes.js";

/**
 * A download's progress line, throttled to a few updates a second: bytes so far, of how many, and
 * the rate. `undefined` when `out` shows no progress (stderr is not a terminal).
 */
export function progressReporter(out: CliOutput, label: string): ((received: number, total: number | undefined) => void) | undefined {
  const show = out.progress;
  if (show === undefined) return undefined;
  const started = performance.now();
  let shown = 0;
  return (received, total) => {
    const now = performance.now();
    if (now - shown < 100 && received !== total) return;
    shown = now;
    const rate = received / Math.max((now - started) / 1000, 0.001);
    show(`${label}: ${formatBytes(received)}${total === undefined ? "" : ` of ${formatBytes(total)}`} · ${formatBytes(rate)}/s`);
  };
}
