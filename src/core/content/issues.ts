/** One problem found in the content, precise enough for an author to fix it without searching. */
export interface ContentIssue {
  file: string;
  /** The concept or checklist id, when the file got far enough to have one. */
  item?: string;
  /** Dotted path of the field, e.g. `related[1]` or `criteria[0].options[1].concept`. */
  field?: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = [
    issue.file,
    issue.item === undefined ? undefined : `"${issue.item}"`,
    issue.field === undefined ? undefined : `field ${issue.field}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return `${where}: ${issue.message}`;
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}
