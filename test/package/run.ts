import { execFile } from "node:child_process";

/** What a child process printed and how it ended. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without a shell and never throws for a non-zero exit, so tests can assert on it. */
export function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((done) => {
    execFile(command, [...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
      done({ code, stdout, stderr });
    });
  });
}

/** `file(line,col): error TSnnnn: message` lines of `tsc --pretty false`, keyed by file and line. */
export function tscErrors(output: string): { file: string; line: number; code: string; message: string }[] {
  const errors = [];
  for (const match of output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)) {
    errors.push({ file: match[1]!, line: Number(match[2]), code: match[3]!, message: match[4]! });
  }
  return errors;
}

/** The `// expect TSnnnn: text` markers of a file: the lines that must fail, with code and message part. */
export function expectedErrors(source: string): Map<number, { code: string; text: string }> {
  const expected = new Map<number, { code: string; text: string }>();
  source.split("\n").forEach((line, i) => {
    const match = /\/\/ expect (TS\d+): (.+)$/.exec(line);
    if (match) expected.set(i + 1, { code: match[1]!, text: match[2]!.trim() });
  });
  return expected;
}
