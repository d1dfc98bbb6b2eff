/**
 * Everything a command needs from the outside world, passed in so commands stay testable:
 * the real process supplies files, stdin and the terminal; tests supply memory.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Rejects with a Node error (code "ENOENT" for a missing file) when the file cannot be read. */
  readFile(path: string): Promise<Buffer>;
  readStdin(): Promise<Buffer>;
  lang: "vi" | "en";
}
