/** `1234.5` ms → `1.23 s`: the elapsed time on summary lines. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
