import { readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every string and template-literal piece of a file, with its line. */
function literals(file: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    // Module specifiers are paths, not wording.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
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

function offenders(names: string[]): string[] {
  const patterns = names.map((name) => ({ name, re: phrase(name) }));
  return sources(SRC).flatMap((file) =>
    literals(file).flatMap(({ line, text }) =>
      patterns.filter(({ re }) => re.test(text)).map(({ name }) => `${relative(SRC, file)}:${line} names "${name}": ${JSON.stringify(text.slice(0, 80))}`),
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

  it('would catch one: in any case and hyphenation, and in a comment over two lines', () => {
    const re = phrase('Docker vs Kubernetes');
    expect(['docker-vs-kubernetes', 'DOCKER VS KUBERNETES', 'Docker_vs_Kubernetes'].every((t) => re.test(t))).toBe(true);
    expect(re.test('dockervskubernetesish')).toBe(false);
    const scope = 'Docker and Kubernetes: their parts, and how to choose';
    expect(mentions('// x\n/** Docker and Kubernetes: their parts,\n * and how to choose. */', [scope])).toEqual([`2 names "${scope}"`]);
  });
});
