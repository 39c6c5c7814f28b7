import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEvalFile, scoreCases } from '../../src/cli/eval.js';
import { conversationContract } from './conversation-contract.js';
import { lookupJson } from '../../src/cli/lookup-json.js';
import { resolveFollowUp } from '../../src/core/conversation/follow-up.js';
import { realKb, twoArticleKb } from '../helpers/kb.js';
import { terminalDriver, type TerminalDriver } from '../helpers/terminal-driver.js';

// The shipped article and a second, small one (test/fixtures/articles/monolith-vs-microservices)
// loaded together: an article is one folder, and adding one leaves the first one's answers alone.

const kb = twoArticleKb();
const idOf = (q: string): string => {
  const r = kb.lookup(q);
  return r.status === 'answer' ? r.concept.id : r.status === 'clarify' ? `clarify(${r.candidates.map((c) => c.concept.id).join(',')})` : r.status;
};

describe('two articles loaded together: lookup', () => {
  it("keeps the first article's questions as right as with it alone (same floor: 95% in scope, every unknown)", () => {
    const file = fileURLToPath(new URL('../fixtures/questions.tsv', import.meta.url));
    const cases = parseEvalFile(readFileSync(file, 'utf8'));
    const alone = scoreCases(realKb(), cases);
    const both = scoreCases(kb, cases);
    const misses = both.misses.map((m) => `${m.line}: ${m.question} -> ${m.got} (want ${m.expected})`).join('\n');
    expect(both.unknown.correct, misses).toBe(both.unknown.total);
    expect(both.inScope.correct / both.inScope.total, misses).toBeGreaterThanOrEqual(0.95);
    expect(both.inScope.correct, misses).toBeGreaterThanOrEqual(alone.inScope.correct);
  });

  it("lands the second article's questions on its concepts", () => {
    const expected: Record<string, string> = {
      'what is a modular monolith': 'modular-monolith',
      'what is a monolith': 'monolith',
      'what are microservices': 'microservices',
      'monolith vs microservices': 'monolith-vs-microservices',
      'should I start with microservices': 'monolith-vs-microservices',
      'should each service have its own database': 'distributed-data',
      'can two services share one database': 'distributed-data',
      'what is a bounded context': 'service-boundary',
      'how big should one microservice be': 'service-boundary',
    };
    expect(Object.fromEntries(Object.keys(expected).map((q) => [q, idOf(q)]))).toEqual(expected);
  });

  it('tells a shared alias apart by the other words, and otherwise asks, naming each article', () => {
    expect(idOf('what is a service in kubernetes')).toBe('service');
    expect(idOf('kubernetes service')).toBe('service');
    expect(idOf('what is a service')).toBe('clarify(service,service-boundary)');
    expect(idOf('services')).toBe('clarify(service,service-boundary)');
    expect(lookupJson('what is a service', kb.lookup('what is a service'), (id) => kb.articleOf(id)?.id)).toMatchObject({
      status: 'clarify',
      candidates: [
        { id: 'service', article: 'docker-vs-kubernetes' },
        { id: 'service-boundary', article: 'monolith-vs-microservices' },
      ],
    });
  });

  it("keeps the first article's answers: a question naming its subject stays with it, and a term it names as uncovered beats the other's side words", () => {
    // Both articles read "service"; "k8s" names the first article's subject only (before: "did you mean" both).
    expect(idOf('is a k8s service just a process on the host')).toBe('service');
    // The first names network policies as a term it does not cover; the second shared only side words (before: its Microservices page).
    expect(idOf('network policies between our teams services')).toBe('outside');
    // A question naming neither subject is read by both, as before; a tie goes to the article whose own concept the
    // question also names ("pods"), else it is asked about.
    expect(idOf('how big should one microservice be')).toBe('service-boundary');
    expect(idOf('I get pods, but what is a service?')).toBe('service');
    expect(idOf('what is a service')).toBe('clarify(service,service-boundary)');
  });

  it("reads a described situation with the decisions of the article the thread is on, not the other's option words", () => {
    // "one" is an option of the second article's team-count question; read as a fact there it leaned that decision to
    // its own page, two pages in all, so no advice was given (before: the too-early mistake, with the first article alone: this).
    const said = 'we are one team with one server'.split(' ');
    expect(resolveFollowUp(kb, 'should we use kubernetes?', ['docker'], undefined, [], said)?.concept.id).toBe('when-docker-is-enough');
  });

  it("drops a glossary term that the other article covers, and resolves article/concept references", () => {
    // The second article lists "kubernetes" as outside itself; with the first loaded it is covered.
    expect(idOf('what is kubernetes')).toBe('kubernetes');
    expect(idOf('saga')).toBe('outside');
    expect(kb.concept('microservices')?.related).toContain('kubernetes');
    expect(kb.articleOf('kubernetes')?.title).toBe('Docker vs Kubernetes');
  });
});

// The same contract every adapter passes with the shipped article alone: a second article changes none of it.
conversationContract('terminal, two articles loaded', async () => terminalDriver(kb), false);

/** The number "Which decision?" shows a checklist with, whatever place the other checklists give it. */
function numberOf(offer: string, title: RegExp): string {
  const number = new RegExp(`(\\d+)\\. ${title.source}`).exec(offer)?.[1];
  expect(number, offer).toBeDefined();
  return number ?? '';
}

describe('two articles loaded together: the conversation in the terminal', () => {
  let driver: TerminalDriver;
  beforeEach(() => {
    driver = terminalDriver(kb);
  });
  afterEach(async () => {
    await driver.close();
  });

  it('says what it covers from both articles, in the banner, in help and in small talk', async () => {
    expect(driver.banner()).toMatch(/^archbot: ask about Docker and Kubernetes, or monoliths and microservices \(47 topics\)/);
    const help = await driver.send('help');
    expect(help).toMatch(/such as what is etcd, what is a modular monolith or docker vs kubernetes/);
    // Every decision loaded, by title, the main article's default first (the shipped article may hold more than one).
    const decisions = kb.offeredChecklists();
    expect(help).toContain(`\`decide\`: choose one of ${decisions.length} decisions (${decisions.map((c) => `"${c.title}"`).join(', ')})`);
    expect(help).toMatch(/decisions \("Docker alone, or Kubernetes\?", .*"Monolith or microservices\?"/);
    // Small talk joins the subjects whole and offers the decisions as several, not "between them".
    const hello = await driver.send('hello');
    expect(hello).toMatch(/I answer questions about Docker and Kubernetes, or monoliths and microservices:/);
    expect(hello).toContain(`\`decide\` to pick one of ${decisions.length} decisions and walk through it`);
    expect(hello).not.toMatch(/between them/);
  });

  it('asks which "service" is meant, naming each article, and cites the article and section under answers', async () => {
    const which = await driver.send('what is a service');
    expect(which).toMatch(/1\. Kubernetes Services \(Docker vs Kubernetes\)/);
    expect(which).toMatch(/2\. Service boundaries \(Monolith vs microservices\)/);
    expect(await driver.send('2')).toMatch(/A service boundary marks what one service owns[\s\S]*Source: "Drawing the lines" \(Monolith vs microservices\)/);
    expect(await driver.send('what is etcd')).toMatch(/Source: "What Kubernetes actually solves" \(Docker vs Kubernetes\)/);
  });

  it('starts the decision picked from "Which decision?" by its number alone, as it does a "did you mean" pick', async () => {
    const offer = await driver.send('decide');
    expect(offer).toMatch(/Which decision\?[\s\S]*or type its number/);
    expect(await driver.send(numberOf(offer, /Monolith or microservices\?/))).toMatch(/1\/2[\s\S]*How many teams/);
  });

  it('groups topics by article', async () => {
    const topics = await driver.send('topics');
    expect(topics.indexOf('Docker vs Kubernetes')).toBeGreaterThan(-1);
    expect(topics.indexOf('Monolith vs microservices')).toBeGreaterThan(topics.indexOf('Docker vs Kubernetes'));
  });

  it('offers both checklists by name, and runs the one named to its verdict', async () => {
    const offer = await driver.send('decide');
    expect(offer).toMatch(/Which decision\?/);
    expect(offer).toMatch(/1\. Docker alone, or Kubernetes\? \(Docker vs Kubernetes\): type `decide docker-vs-kubernetes`/);
    expect(offer).toMatch(/\d\. Monolith or microservices\? \(Monolith vs microservices\): type `decide monolith-or-microservices`/);
    expect(await driver.send('decide monolith or microservices?')).toMatch(/1\/2[\s\S]*How many teams/);
    expect(await driver.send('several teams')).toMatch(/2\/2[\s\S]*released independently/);
    expect(await driver.send('yes')).toMatch(/Verdict: Microservices/);
    expect(await driver.send('decide docker-vs-kubernetes')).toMatch(/1\/6/);
    expect(await driver.send('cancel')).not.toMatch(/1\/6/);
    // The number in the offer works too, where typing is the only way to pick.
    expect(await driver.send(`decide ${numberOf(offer, /Monolith or microservices\?/)}`)).toMatch(/1\/2[\s\S]*How many teams/);
  });
});
