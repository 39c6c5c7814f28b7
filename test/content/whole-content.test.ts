import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEvalFile, scoreCases } from '../../src/cli/eval.js';
import { formatIssue } from '../../src/core/content/issues.js';
import { DEFAULT_CONTENT_DIR, loadContent } from '../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { realKb } from '../helpers/kb.js';

// Every other test loads the shipped article alone (test/helpers/shipped-article.ts), so an article added under
// content/ cannot turn them red by being there. This one loads everything under content/, as the bot serves it:
// whatever is added must load, and must leave the shipped article where it was (first, the same ids, the same
// `decide`, its questions answered as well as with it alone).

const loaded = loadContent();
const whole = loaded.ok ? new KnowledgeBase(loaded.value) : undefined;
const alone = realKb();

describe('everything under content/, loaded together as the bot serves it', () => {
  it('loads with no problem, one article per folder', () => {
    expect(loaded.issues.map(formatIssue)).toEqual([]);
    const folders = readdirSync(DEFAULT_CONTENT_DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'));
    expect(whole?.articles.map((a) => a.id).sort()).toEqual(folders.map((d) => d.name).sort());
  });

  it('keeps the shipped article first, with its plain concept ids and the checklist a bare `decide` runs', () => {
    expect(whole?.articles[0]?.id).toBe(alone.articles[0]?.id);
    expect(whole?.defaultChecklist?.id).toBe(alone.defaultChecklist?.id);
    for (const concept of alone.concepts) expect(whole?.concept(concept.id)?.title, concept.id).toBe(concept.title);
  });

  it("answers the shipped article's questions at least as well as that article alone", () => {
    const file = fileURLToPath(new URL('../fixtures/questions.tsv', import.meta.url));
    // Its in-scope questions only: another article may rightly answer what is off-topic for this one.
    const cases = parseEvalFile(readFileSync(file, 'utf8')).filter((c) => c.expected !== null);
    const before = scoreCases(alone, cases);
    const after = scoreCases(whole as KnowledgeBase, cases);
    const misses = after.misses.map((m) => `questions.tsv:${m.line}: ${m.question} -> ${m.got} (want ${m.expected})`).join('\n');
    expect(after.inScope.correct, misses).toBeGreaterThanOrEqual(before.inScope.correct);
    expect(after.inScope.total).toBeGreaterThan(100);
  });
});
