import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { askCommand } from '../../src/cli/ask.js';
import { ThreadRunner } from '../../src/cli/ask-thread.js';
import { createBot } from '../../src/core/bot.js';
import { decodeAction, encodeAction, MIN_ID_BYTES, type KnownIds } from '../../src/core/actions.js';
import { loadContent } from '../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { MemoryStore } from '../../src/core/sessions/memory-store.js';
import { lastDays } from '../../src/stores/feedback-text.js';
import { openDatabase } from '../../src/stores/sqlite-database.js';
import { SqliteFeedbackLog } from '../../src/stores/sqlite-feedback.js';
import { MemoryChat, memoryDescriptor } from '../adapters/memory/memory-adapter.js';
import { memoryLogger, SHIPPED_ARTICLE, TEST_ARTICLES } from '../helpers/kb.js';

// Concept ids are unique within an article only. The second test article is copied with two more
// concepts (test/fixtures/article-scoped-ids/): `service-discovery`, whose id the shipped article
// also uses, and `api-gateway`, which names it by its plain id; its checklist is offered under the
// new one. Loaded after the shipped article, that one is known inside the bot as
// `monolith-vs-microservices/service-discovery`. (A copy, so the other tests' counts of the
// second article stay as they are.)

const SECOND = 'monolith-vs-microservices';
const THEIRS = `${SECOND}/service-discovery`;
const temp = mkdtempSync(join(tmpdir(), 'archbot-ids-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A folder holding a copy of the second article plus the given concept files (name -> yaml). */
function secondArticle(name: string, extra: Record<string, string> = {}): string {
  const root = join(temp, name);
  const article = join(root, SECOND);
  cpSync(join(TEST_ARTICLES, SECOND), article, { recursive: true });
  for (const file of ['service-discovery.yaml', 'api-gateway.yaml']) {
    cpSync(fileURLToPath(new URL(`../fixtures/article-scoped-ids/${file}`, import.meta.url)), join(article, 'concepts', file));
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(article, 'concepts', file), text);
  // Its checklist offers itself under its own service-discovery, named by the plain id.
  const checklist = join(article, 'checklists', 'monolith-or-microservices.yaml');
  const offers = 'offer_on: [monolith-vs-microservices]';
  const text = readFileSync(checklist, 'utf8');
  if (!text.includes(offers)) throw new Error(`${checklist} no longer says ${offers}`);
  writeFileSync(checklist, text.replace(offers, 'offer_on: [monolith-vs-microservices, service-discovery]'));
  return root;
}

const loaded = loadContent({ dir: SHIPPED_ARTICLE, extraArticleDirs: [secondArticle('both')] });
if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.file} ${i.field ?? ''} ${i.message}`).join('\n'));
const kb = new KnowledgeBase(loaded.value);

const json = async (args: string[], stdin = ''): Promise<Array<Record<string, unknown>>> => {
  let out = '';
  const input = new PassThrough();
  input.end(stdin);
  await askCommand(kb, args, { stdin: input, stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, interactive: false });
  return out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
};

describe('concept ids unique within an article', () => {
  it('loads a second concept with a shipped id: the shipped one keeps it, the other is article/id', () => {
    expect(kb.articleOf('service-discovery')?.id).toBe('docker-vs-kubernetes');
    expect(kb.concept('service-discovery')?.title).toBe('Service discovery');
    expect(kb.articleOf(THEIRS)?.id).toBe(SECOND);
    expect(kb.concept(THEIRS)?.title).toBe('Finding other services');
    // Within its article a plain reference means the article's own concept; across, article/concept.
    expect(kb.concept('api-gateway')?.related).toEqual([THEIRS, 'service-boundary']);
    expect(kb.concept(THEIRS)?.related).toEqual(['api-gateway', 'service-discovery']);
    expect(kb.offersFor(THEIRS).map((c) => c.id)).toEqual(['monolith-or-microservices']);
    expect(kb.offersFor('service-discovery')).toEqual([]);
  });

  it('answers each article its own questions and asks about the shared name, showing both articles', async () => {
    const [own, shipped, shared] = await json(['--json'], 'do I need a registry of my services\nkubernetes dns\nwhat is service discovery\n');
    expect(own).toMatchObject({ status: 'answer', id: 'service-discovery', article: SECOND, title: 'Finding other services' });
    expect(shipped).toMatchObject({ status: 'answer', id: 'service-discovery', article: 'docker-vs-kubernetes' });
    expect(shared).toMatchObject({
      status: 'clarify',
      candidates: [
        { id: 'service-discovery', article: 'docker-vs-kubernetes', title: 'Service discovery' },
        { id: 'service-discovery', article: SECOND, title: 'Finding other services' },
      ],
    });
    expect(await json(['--json', 'what', 'is', 'an', 'api', 'gateway'])).toMatchObject([{ status: 'answer', id: 'api-gateway', article: SECOND }]);
  });

  it('keeps the plain id and the article in ask --json --thread, for a pick from "did you mean" and a follow-up', async () => {
    const runner = new ThreadRunner(kb);
    expect(await runner.turn('what is service discovery')).toMatchObject({ status: 'clarify' });
    expect(await runner.turn('the second one')).toMatchObject({ status: 'answer', id: 'service-discovery', article: SECOND, via: 'thread' });
    // A follow-up puts the shared name back; the thread's own concept stays the subject.
    expect(await runner.turn('any downsides?')).toMatchObject({ status: 'answer', id: 'service-discovery', article: SECOND, via: 'thread' });
  });

  it('carries article/concept ids through 64-byte button ids, in full or as a digest', () => {
    const known: KnownIds = { concepts: kb.concepts.map((c) => c.id), checklists: [], criteria: [], values: () => [] };
    for (const action of [
      { type: 'topic', concept: THEIRS },
      { type: 'share', concept: THEIRS },
      { type: 'feedback', concept: THEIRS, vote: 'down' },
    ] as const) {
      const id = encodeAction(action, MIN_ID_BYTES);
      expect(id).toContain(THEIRS);
      expect(new TextEncoder().encode(id).length).toBeLessThanOrEqual(MIN_ID_BYTES);
      expect(decodeAction(id, known)).toEqual({ ok: true, value: action });
    }
    const long = 'a-rather-long-article-name-for-tests/a-concept-with-a-long-id';
    const id = encodeAction({ type: 'feedback', concept: long, vote: 'up' }, MIN_ID_BYTES);
    expect(new TextEncoder().encode(id).length).toBeLessThanOrEqual(MIN_ID_BYTES);
    expect(id).not.toContain(long);
    expect(decodeAction(id, { ...known, concepts: [...known.concepts, long] })).toEqual({ ok: true, value: { type: 'feedback', concept: long, vote: 'up' } });
  });
});

describe('concept ids unique within an article: on a chat platform', () => {
  it("picks the second article's concept by button, remembers it in the thread and records its vote", async () => {
    const chat = new MemoryChat();
    const db = openDatabase(join(temp, 'feedback'));
    const feedback = new SqliteFeedbackLog(db);
    const store = new MemoryStore(Date.now);
    const bot = createBot({ kb, store, logger: memoryLogger(), feedback, newId: () => 's1' });
    const descriptor = memoryDescriptor(chat);
    const platform = await descriptor.start({ bot, store, logger: memoryLogger(), config: { MEMORY_ROOM: 'team', LOG_LEVEL: 'silent' } });
    await platform.start();
    const where = 'dm-ada';
    const type = (text: string) => chat.type({ where, place: 'dm', user: 'ada', text });
    const click = async (label: RegExp): Promise<string> => {
      const button = chat.messages.findLast((m) => m.buttons.some((b) => label.test(b.label)))?.buttons.find((b) => label.test(b.label));
      if (!button) throw new Error(`no button matching ${label}`);
      const before = chat.messages.length;
      await chat.click({ where, place: 'dm', user: 'ada', id: button.id });
      return chat.messages.slice(before).map((m) => m.text).join('\n');
    };

    await type('what is service discovery');
    const clarify = chat.messages.at(-1);
    expect(clarify?.text).toMatch(/Docker vs Kubernetes/);
    expect(clarify?.text).toMatch(/Monolith vs microservices/);
    const answer = await click(/Finding other services/);
    expect(answer).toMatch(/A \*{0,2}registry\*{0,2} keeps the current list instead/);
    expect(answer).not.toMatch(/kube-dns|CoreDNS/i);

    // The thread remembers which "service discovery" it was talking about, though both share the name.
    await type('any downsides?');
    expect(chat.messages.at(-1)?.text).toMatch(/^Finding other services\n[\s\S]*\(Monolith vs microservices\)/);

    expect(await click(/👍|helpful|yes/i)).toMatch(/thank/i);
    const report = await feedback.report(lastDays(1, Date.now(), 10));
    expect(report.votes).toEqual([{ concept: THEIRS, up: 1, down: 0 }]);
    await platform.stop();
    db.close();
  });
});

describe('archbot check: ids', () => {
  it('still refuses a duplicate id within one article, in one plain message', () => {
    const copy = secondArticle('duplicate', { 'api-gateway-2.yaml': 'id: api-gateway\ntitle: Edge router\nsummary: Routes requests.\nsource: Talking between services\nbody: Routes requests.\n' });
    const result = loadContent({ dir: SHIPPED_ARTICLE, extraArticleDirs: [copy], cwd: copy });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/api-gateway-2\.yaml$/),
        field: 'id',
        message: expect.stringMatching(/^must match the file name \("api-gateway-2"\); "api-gateway" is already the id of .*api-gateway\.yaml$/),
      }),
    ]);
  });
});
