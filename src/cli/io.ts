/** The streams a command uses, passed in so tests can drive commands without a real terminal. */
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** True when stdin is an interactive terminal. */
  interactive: boolean;
}

export function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, interactive: Boolean(process.stdin.isTTY) };
}

/** A usage error: the message goes to stderr and the exit code is 2. */
export class UsageError extends Error {}
