import { loadContent } from '../core/content/load-content.js';
import { formatIssue } from '../core/content/issues.js';
import type { Io } from './io.js';

/** `archbot check`: the start-up validation on its own, for content authors and CI. */
export function checkCommand(io: Io, dir?: string): number {
  const loaded = loadContent(dir === undefined ? {} : { dir });
  if (!loaded.ok) {
    io.stderr.write(`content check failed: ${loaded.issues.length} problem(s)\n`);
    for (const issue of loaded.issues) io.stderr.write(`  ${formatIssue(issue)}\n`);
    return 1;
  }
  const { concepts, checklists, outsideTerms = [], articles = [] } = loaded.value;
  const aliases = concepts.reduce((n, c) => n + c.aliases.length, 0);
  io.stdout.write(
    `content ok: ${concepts.length} concepts (${aliases} aliases), ${checklists.length} checklist(s)` +
      `${checklists.length > 0 ? `: ${checklists.map((c) => `${c.id} (${c.criteria.length} questions)`).join(', ')}` : ''}` +
      `${outsideTerms.length > 0 ? `; ${outsideTerms.length} outside terms` : ''}` +
      `; ${articles.length} article(s): ${articles.map((a) => `${a.id} (${a.concepts.length} concepts)`).join(', ')}\n`,
  );
  return 0;
}
