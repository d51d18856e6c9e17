/** A run's text output, so the CLI can be tested without a process. */
export interface CliOutput {
  readonly stdout: string[];
  readonly stderr: string[];
  /** Shows a transient status line (download progress); set only when stderr is a terminal. */
  readonly progress?: (line: string) => void;
  /** The environment `--api-key-env` reads from. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}
