import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/content/load-content.js';

// Like the boundary test reads imports, this reads what src/ could ever say to someone: its string
// and template literals (and, for the article's own words, its comments). An article's title, subject,
// scope, examples or a concept's title written there would be one article baked into the code; they
// belong in content/<article>/.

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The comment that marks a word list of the trade or of English in general ("database", "microservices"), not of one
 * article: a declaration whose comment holds it is not read for concept titles. An article's title, subject, scope and
 * examples are still looked for in it (the comments-included test below reads every line).
 */
const VOCABULARY_MARK = 'vocabulary, not article wording';

/** Every string and template-literal piece of a file, with its line; none inside a declaration marked VOCABULARY_MARK. */
function literals(file: string): Array<{ line: number; text: string }> {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    // Module specifiers are paths, not wording.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isVariableStatement(node) && (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).some((c) => text.slice(c.pos, c.end).includes(VOCABULARY_MARK))) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A phrase in any case, with spaces, hyphens or underscores between its words ("docker-vs-kubernetes"). */
function phrase(words: string): RegExp {
  const parts = words.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return new RegExp(`(?<![a-z0-9])${parts.join('[\\s_-]*')}(?![a-z0-9])`, 'i');
}

/**
 * Where a file's raw text (comments included) carries one of the names, as `line names "…"`. Words may be
 * split by any punctuation, line breaks and comment markers, so a scope sentence quoted over two comment
 * lines is found as well.
 */
function mentions(text: string, names: string[]): string[] {
  return names.flatMap((name) => {
    const parts = name.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const re = new RegExp(`(?<![a-z0-9])${parts.join('[^a-z0-9]*')}(?![a-z0-9])`, 'gi');
    return [...text.matchAll(re)].map((m) => `${text.slice(0, m.index).split('\n').length} names "${name.slice(0, 60)}"`);
  });
}

/** What a failure asks of whoever reads it: the wording moves to content, or a general word's list says it is one. */
const HOW_TO_MEND =
  ` (move this wording to content/<article>/, or rename the concept; a word of the trade in a list of general words, like off-topic.ts's SOFTWARE, may stay when the list's comment says "${VOCABULARY_MARK}")`;

function offenders(names: string[]): string[] {
  const patterns = names.map((name) => ({ name, re: phrase(name) }));
  return sources(SRC).flatMap((file) =>
    literals(file).flatMap(({ line, text }) =>
      patterns.filter(({ re }) => re.test(text)).map(({ name }) => `${relative(SRC, file)}:${line} names "${name}": ${JSON.stringify(text.slice(0, 80))}${HOW_TO_MEND}`),
    ),
  );
}

describe('src/ says nothing about one article: its words come from content/', () => {
  const loaded = loadContent();
  if (!loaded.ok) throw new Error('the shipped content must load');
  const { articles = [], concepts } = loaded.value;

  it('finds the shipped article', () => {
    expect(articles.map((a) => a.title)).toContain('Docker vs Kubernetes');
  });

  it("names no article's title, subject or example question in src/", () => {
    const names = articles.flatMap((a) => [a.title, a.subject, ...a.examples]);
    expect(offenders(names)).toEqual([]);
  });

  it("keeps package.json's description to what archbot is, not one article", () => {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { description: string };
    const named = articles.flatMap((a) => [a.title, a.subject]).filter((name) => phrase(name).test(pkg.description));
    expect(named).toEqual([]);
  });

  it("names no article's title, subject, scope or example question anywhere in src/, comments included", () => {
    const names = articles.flatMap((a) => [a.title, a.subject, a.scope, ...a.examples]);
    const found = sources(SRC).flatMap((file) => mentions(readFileSync(file, 'utf8'), names).map((m) => `${relative(SRC, file)}:${m}`));
    expect(found).toEqual([]);
  });

  it("names no concept's title in src/", () => {
    expect(offenders(concepts.map((c) => c.title))).toEqual([]);
  });

  it('reads no concept title in a list marked as vocabulary, and says how to mend one found elsewhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wording-'));
    const file = join(dir, 'words.ts');
    writeFileSync(file, `/** Words of software in general (${VOCABULARY_MARK}). */\nconst SOFTWARE = new Set(['yaml', 'microservices']);\nconst TITLE = 'Microservices';\n`);
    expect(literals(file).map((l) => l.text)).toEqual(['Microservices']);
    expect(HOW_TO_MEND).toContain('content/<article>/');
    rmSync(dir, { recursive: true });
  });

  it('would catch one: in any case and hyphenation, and in a comment over two lines', () => {
    const re = phrase('Docker vs Kubernetes');
    expect(['docker-vs-kubernetes', 'DOCKER VS KUBERNETES', 'Docker_vs_Kubernetes'].every((t) => re.test(t))).toBe(true);
    expect(re.test('dockervskubernetesish')).toBe(false);
    const scope = 'Docker and Kubernetes: their parts, and how to choose';
    expect(mentions('// x\n/** Docker and Kubernetes: their parts,\n * and how to choose. */', [scope])).toEqual([`2 names "${scope}"`]);
  });
});
