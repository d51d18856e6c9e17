import { styleText } from "node:util";

/** The stream facts and environment that decide whether output may be coloured. */
export interface ColorContext {
  readonly isTTY: boolean | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Colour only for a person at a terminal: never when the stream is a pipe or file (logs, CI, `--json`
 * consumers), never with `NO_COLOR` set to anything (https://no-color.org), never on a dumb terminal.
 */
export function hasColor({ isTTY, env }: ColorContext): boolean {
  if (isTTY !== true) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return env.TERM !== "dumb";
}

type Style = "red" | "yellow" | "green" | "dim";

/**
 * `text` in `style`, unconditionally: whether to colour is `hasColor`'s decision, per stream. styleText's
 * own check looks at stdout even for stderr lines, and Node's colour rules differ from the ones above
 * (an empty NO_COLOR disables colour, FORCE_COLOR colours pipes).
 */
const paint = (style: Style, text: string) => styleText(style, text, { validateStream: false });
const SEVERITY_STYLE: Readonly<Record<string, Style>> = { error: "red", warning: "yellow", info: "dim" };

/**
 * One output line with its key words coloured: the severity of a GNU-style diagnostic
 * (`file:line:col error code …`), and the verdict of a summary line (`gen: failed:`, `validate: ok:`,
 * `up to date`, `stale`). Lines keep their text exactly; only escape codes are added.
 */
export function colorLine(line: string): string {
  const diagnostic = /^(\S+?(?::\d+:\d+)? )(error|warning|info)( )/.exec(line);
  if (diagnostic) return `${diagnostic[1]}${paint(SEVERITY_STYLE[diagnostic[2]!]!, diagnostic[2]!)}${line.slice(diagnostic[0].length - 1)}`;
  const verdict = /^([a-z -]+: )(failed|ok)(:)/.exec(line);
  if (verdict) return `${verdict[1]}${paint(verdict[2] === "failed" ? "red" : "green", verdict[2]!)}${line.slice(verdict[1]!.length + verdict[2]!.length)}`;
  const stale = /^(stale|missing|orphan)( +)/.exec(line);
  if (stale) return `${paint("yellow", stale[1]!)}${line.slice(stale[1]!.length)}`;
  if (line.startsWith("gen --check: "))
    return line.replace(/ (up to date|\d+ files out of date)/, (_, text: string) => ` ${paint(text === "up to date" ? "green" : "red", text)}`);
  return line;
}
