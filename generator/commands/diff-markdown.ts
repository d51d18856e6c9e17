import { changeSummary, isEmptyDiff, type CatalogDiff } from "../diff-catalogs.js";
import { groupDigits } from "../emit/model-summary.js";

/** Options for `diffMarkdown`. */
export interface DiffMarkdownOptions {
  /** How the two sides are named in the heading. */
  readonly before: string;
  readonly after: string;
  /** Rows per table before "… and N more"; 0 shows all. Keeps a pull-request comment under GitHub's size limit. */
  readonly maxRows: number;
}

/** A table cell: `|` escaped, line breaks flattened, so data cannot break the table. */
function cell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ");
}

/** A code span that survives backticks in the text. */
function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return cell(`${fence}${fence.length > 1 ? " " : ""}${text}${fence.length > 1 ? " " : ""}${fence}`);
}

function number(n: number | undefined): string {
  return n === undefined ? "—" : groupDigits(n);
}

function price(n: number | undefined): string {
  return n === undefined ? "—" : `${n}`;
}

function percent(p: number | undefined): string {
  if (p === undefined) return "—";
  return `${p > 0 ? "+" : p < 0 ? "−" : "±"}${Math.abs(p).toFixed(1)}%`;
}

function list(items: readonly string[]): string {
  return items.length === 0 ? "—" : items.map(code).join(", ");
}

/** One `####` section with a table, cut at `maxRows`; nothing when there are no rows. */
function section(title: string, header: readonly string[], rows: readonly string[][], maxRows: number, align?: readonly ("l" | "r")[]): string[] {
  if (rows.length === 0) return [];
  const shown = maxRows > 0 ? rows.slice(0, maxRows) : rows;
  const lines = [
    "",
    `#### ${title} (${groupDigits(rows.length)})`,
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, i) => (align?.[i] === "r" ? "---:" : "---")).join(" | ")} |`,
    ...shown.map((r) => `| ${r.join(" | ")} |`),
  ];
  if (shown.length < rows.length) lines.push("", `… and ${groupDigits(rows.length - shown.length)} more (\`--max-rows 0\` or \`--json\` for all).`);
  return lines;
}

/**
 * The diff as Markdown for a pull-request comment: a heading, a counts table and a summary line,
 * then one table per kind of change (added, removed, renamed, prices with percentages, limits,
 * capabilities, modalities, statuses). Deterministic: the same diff gives the same bytes.
 */
export function diffMarkdown(diff: CatalogDiff, options: DiffMarkdownOptions): string {
  const { providers, models } = diff;
  const lines = [
    `### Catalog changes: ${code(options.before)} → ${code(options.after)}`,
    "",
    "| | before | after |",
    "| --- | ---: | ---: |",
    `| providers | ${groupDigits(providers.before)} | ${groupDigits(providers.after)} |`,
    `| models | ${groupDigits(models.before)} | ${groupDigits(models.after)} |`,
    "",
    isEmptyDiff(diff) ? "**No changes.**" : `**${changeSummary(diff)}**`,
  ];
  if (providers.added.length > 0) lines.push("", `Providers added: ${list(providers.added)}`);
  if (providers.removed.length > 0) lines.push("", `Providers removed: ${list(providers.removed)}`);
  const max = options.maxRows;
  const brief = (m: CatalogDiff["models"]["added"][number]) => [code(m.spec), cell(m.name), number(m.context), price(m.input), price(m.output)];
  const briefHeader = ["model", "name", "context", "$ in/1M", "$ out/1M"];
  const briefAlign = ["l", "l", "r", "r", "r"] as const;
  lines.push(
    ...section("Added models", briefHeader, models.added.map(brief), max, briefAlign),
    ...section("Removed models", briefHeader, models.removed.map(brief), max, briefAlign),
    ...section(
      "Renamed, old id kept as an alias",
      ["before", "after"],
      models.renamed.map((r) => [code(r.before), code(r.after)]),
      max,
    ),
    ...section(
      "Price changes, USD per 1M tokens",
      ["model", "price", "before", "after", "change"],
      diff.prices.map((p) => [code(p.spec), p.field, price(p.before), price(p.after), percent(p.percent)]),
      max,
      ["l", "l", "r", "r", "r"],
    ),
    ...section(
      "Limit changes, tokens",
      ["model", "limit", "before", "after"],
      diff.limits.map((l) => [code(l.spec), l.field, number(l.before), number(l.after)]),
      max,
      ["l", "l", "r", "r"],
    ),
    ...section(
      "Capability changes",
      ["model", "gained", "lost"],
      diff.capabilities.map((c) => [code(c.spec), list(c.gained), list(c.lost)]),
      max,
    ),
    ...section(
      "Modality changes",
      ["model", "side", "gained", "lost"],
      diff.modalities.map((m) => [code(m.spec), m.side, list(m.gained), list(m.lost)]),
      max,
    ),
    ...section(
      "Status changes",
      ["model", "before", "after", "deprecation date"],
      diff.statuses.map((s) => [code(s.spec), s.before, s.after, s.deprecationDate ?? "—"]),
      max,
    ),
  );
  return `${lines.join("\n")}\n`;
}
