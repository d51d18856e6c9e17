/**
 * A JSDoc block for `lines`, indented by `indent`. `*\/` inside the text would end the comment
 * early, so it is written `*\\/`; line separators become plain newlines.
 */
export function docComment(lines: readonly string[], indent = ""): string {
  const body = lines
    .flatMap((line) => line.split(/\r\n|[\n\r\u2028\u2029]/))
    .map((line) => line.replaceAll("*/", "*\\/").trimEnd())
    .map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`));
  return `${indent}/**\n${body.join("\n")}\n${indent} */`;
}

/** JSDoc text for a ts-morph structure's `docs`, escaped as `docComment` escapes it. */
export function docText(lines: readonly string[]): string {
  return lines
    .flatMap((line) => line.split(/\r\n|[\n\r\u2028\u2029]/))
    .map((line) => line.replaceAll("*/", "*\\/").trimEnd())
    .join("\n");
}
