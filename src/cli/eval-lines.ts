// What every kind of eval file shares (questions, follow-ups, step inputs, decision cases): one case a line, with
// `#` comments and blank lines between them, and misses named by their line in the file.

export interface CaseLine {
  /** The line as written, its TABs kept: each kind splits its own columns. */
  text: string;
  /** 1-based, as an editor numbers it. */
  line: number;
}

/** The file's case lines, LF or CRLF: blank lines and `#` comments skipped. */
export function caseLines(file: string): CaseLine[] {
  return file.split(/\r?\n/).flatMap((text, i) => (text.trim() === '' || text.startsWith('#') ? [] : [{ text, line: i + 1 }]));
}

/** The first case line, '' when there is none: what tells one kind of eval file from another. */
export function firstCaseLine(file: string): string {
  return caseLines(file)[0]?.text ?? '';
}

/** Concept ids as a case lists them, comma-separated. */
export function idList(ids: string): string[] {
  return ids.split(',').map((s) => s.trim()).filter(Boolean);
}
