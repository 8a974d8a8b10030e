/** Everything the command reads from or writes to its surroundings, so tests can run it in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Rewrites the current terminal line (progress bars); absent when the output is not a terminal. */
  status?(text: string): void;
  /** Width of the terminal; tables are cut to it. Undefined when the output is not a terminal. */
  columns?: number;
  env: Record<string, string | undefined>;
  cwd: string;
  readFile(path: string): Promise<string>;
}
