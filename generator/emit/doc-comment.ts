/**
 * A JSDoc block for `lines`, indented by `indent`. `*\/` inside the text would end the comment
 * early, so it is written `*\\/`; line separators become plain newlines.
 */
export function docComment(lines: readonly string[], indent = ""): string {
  const body = docLines(lines).map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`));
  return `${indent}/**\n${body.join("\n")}\n${indent} */`;
}

// Lone surrogates cannot be written as UTF-8: the file would hold U+FFFD and never equal the
// emitted text, so `gen --check` would always fail. Comments carry no run-time value, so they get
// U+FFFD up front.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Data placed where a JSDoc line starts (a model or provider name): a leading `@` would start a
 * tag (`@deprecated` would strike the member through), so it is escaped as `\@`, TSDoc's escape,
 * which Markdown hovers show as `@`.
 */
export function docData(text: string): string {
  return text.replace(/^(\s*)@/, "$1\\@");
}

/** The escaped lines of a comment; a line break inside one line of data never starts a tag. */
function docLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) =>
    line
      .replace(LONE_SURROGATE, "\uFFFD")
      .split(/\r\n|[\n\r\u2028\u2029]/)
      .map((segment, i) => (i === 0 ? segment : docData(segment)))
      .map((segment) => segment.replaceAll("*/", "*\\/").trimEnd()),
  );
}
