import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../../src/core/knowledge-base.js';
import { SHIPPED_ARTICLE, TEST_ARTICLES, TEST_CHECKLISTS, twoArticleKb } from '../../helpers/kb.js';
import { copyContent, edit, problems } from './content-copy.js';

describe('archbot check validates article.yaml like every other content file', () => {
  it('loads the shipped article with its title, scope and marked default checklist', () => {
    const loaded = loadContent({ dir: SHIPPED_ARTICLE });
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const [article] = loaded.value.articles ?? [];
    expect(article).toMatchObject({ id: 'docker-vs-kubernetes', title: 'Docker vs Kubernetes', default_checklist: 'docker-vs-kubernetes' });
    expect(article?.concepts).toHaveLength(loaded.value.concepts.length);
  });

  it('names a missing article.yaml', () => {
    const dir = copyContent();
    rmSync(join(dir, 'article.yaml'));
    expect(problems(dir)).toEqual(['content/article.yaml: is missing: every article folder needs one (title, author, licence, subject, scope, examples)']);
  });

  it('names the file and field of each problem, one message each', () => {
    const dir = copyContent();
    edit(dir, 'article.yaml', (t) => t.replace(/^title: .*\n/m, '').replace(/^subject:/m, 'subjet:') + 'url: not-a-link\n');
    expect(problems(dir)).toEqual([
      'content/article.yaml, field title: is required',
      'content/article.yaml, field url: must be a web address starting with http:// or https://',
      'content/article.yaml, field subjet: unknown field "subjet"; did you mean "subject"? (fields are: title, author, url, licence, subject, scope, examples, default_checklist, main)',
    ]);
  });

  it('refuses a default checklist the article does not have', () => {
    const dir = copyContent();
    edit(dir, 'article.yaml', (t) => t.replace('default_checklist: docker-vs-kubernetes', 'default_checklist: swarm-or-compose'));
    const found = problems(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/article\.yaml, field default_checklist: "swarm-or-compose" is not a checklist of this article \(its checklists: (".+", )*"docker-vs-kubernetes"/);
  });

  it("runs the article's marked default, not the first checklist by file name", () => {
    const dir = copyContent();
    const other = readFileSync(join(TEST_CHECKLISTS, 'swarm-or-compose.yaml'), 'utf8').replace('id: swarm-or-compose', 'id: a-first');
    writeFileSync(join(dir, 'checklists', 'a-first.yaml'), other);
    const loaded = loadContent({ dir });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
    const kb = new KnowledgeBase(loaded.value);
    expect(kb.checklists[0]?.id).toBe('a-first');
    expect(kb.defaultChecklist?.id).toBe('docker-vs-kubernetes');
  });

  /** The shipped article next to the test article, copied under a folder name that sorts before it. */
  function withArticleSortingFirst(): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'archbot-articles-')), 'content');
    cpSync(copyContent(), join(dir, 'docker-vs-kubernetes'), { recursive: true });
    cpSync(join(TEST_ARTICLES, 'monolith-vs-microservices'), join(dir, 'aa-monoliths'), { recursive: true });
    // Two concepts of its own, one of them with an id the shipped article also uses.
    for (const file of ['service-discovery.yaml', 'api-gateway.yaml']) {
      cpSync(fileURLToPath(new URL(`../../fixtures/article-scoped-ids/${file}`, import.meta.url)), join(dir, 'aa-monoliths', 'concepts', file));
    }
    return dir;
  }

  it('names both folders of one article id and says to rename one, and the tests load their own second article apart from content/', () => {
    // CONTRIBUTING's worked example is an article folder with the same name as the tests' second article.
    const dir = join(mkdtempSync(join(tmpdir(), 'archbot-articles-')), 'content');
    cpSync(copyContent(), join(dir, 'docker-vs-kubernetes'), { recursive: true });
    cpSync(join(TEST_ARTICLES, 'monolith-vs-microservices'), join(dir, 'monolith-vs-microservices'), { recursive: true });
    const both = loadContent({ dir, extraArticleDirs: [TEST_ARTICLES], cwd: dirname(dir) });
    expect(both.issues.map((i) => i.message)).toContain(
      'the article id "monolith-vs-microservices" is already the folder content/monolith-vs-microservices: rename one of the two folders',
    );
    // twoArticleKb() reads the shipped article and the test article only, so such a folder under content/ never meets it.
    expect(twoArticleKb().articles.map((a) => a.id)).toEqual(['docker-vs-kubernetes', 'monolith-vs-microservices']);
  });

  it('keeps the article marked main first, with its default checklist and plain ids, when a folder sorting before it is added', () => {
    const loaded = loadContent({ dir: withArticleSortingFirst() });
    if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('; '));
    expect(loaded.value.articles?.map((a) => a.id)).toEqual(['docker-vs-kubernetes', 'aa-monoliths']);
    const kb = new KnowledgeBase(loaded.value);
    expect(kb.defaultChecklist?.id).toBe('docker-vs-kubernetes');
    // The main article keeps its plain ids (its buttons and stored sessions stay valid); the other is qualified.
    expect(kb.articleOf('service-discovery')?.id).toBe('docker-vs-kubernetes');
    expect(kb.articleOf('aa-monoliths/service-discovery')?.id).toBe('aa-monoliths');
  });

  it('refuses a second article marked main, naming both', () => {
    const dir = withArticleSortingFirst();
    edit(join(dir, 'aa-monoliths'), 'article.yaml', (t) => `${t}main: true\n`);
    expect(problems(dir)).toEqual(['content/docker-vs-kubernetes/article.yaml, field main: only one article may be main, and "aa-monoliths" already is']);
  });
});
