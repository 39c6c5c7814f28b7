import { Readable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

export interface CapturedIo extends Io {
  out: () => string;
  err: () => string;
}

/** Streams for `main()`: stdin from a string, stdout and stderr captured. */
export function captureIo(stdin = ''): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdin: Readable.from([stdin]),
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    interactive: false,
    out: () => out,
    err: () => err,
  };
}
