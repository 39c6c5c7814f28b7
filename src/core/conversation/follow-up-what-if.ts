import { factsIn } from '../checklist/lean-of-facts.js';
import { looksLikeQuestion } from '../checklist/read-step-input.js';
import { stem } from '../stem.js';
import { countIn } from '../checklist/read-count.js';
import { singular } from '../lookup/normalize.js';
import { nameWords } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { adviceFromFacts } from './situation-facts.js';
import { OPENING, WEAK } from './follow-up-words.js';

// Situations put to the last answer ("what if we only have one server?"): kept on it, given to the neighbour the
// case is about, or to the verdict the situation's facts lean to.

/** "what if …", "and if …", "suppose …": a situation put to the last answer. */
const WHAT_IF = new RegExp(`${OPENING}(?:what if|what about (?:if|when)|how about (?:if|when)|and if|but if|suppose|supposing|what happens (?:if|when)|say)\\b`);

/**
 * "and if three managers die?" after raft, "what happens when it stops on a node?" after the kubelet, "and if
 * every machine is full?" after the scheduler: a situation put to the last answer. When the question read with the last answer's
 * name put back lands on that answer, its page is where the case is told, whatever thing the situation names.
 */
export function whatIfOnIt(r: Reading): Ruling {
  // A page the question reaches on its own, beside the last answer and not named in it ("what happens if a container
  // crashes?" after the kubelet -> self-healing), is where that case is told.
  if (!WHAT_IF.test(r.lower) || r.turned() || r.reached()) return undefined;
  // "what if we need autoscaling?" after Swarm names its own subject, beyond the last answer's neighbours: a fresh question.
  if (!r.anaphor() && r.named().some((id) => !r.neighbours().includes(id))) return undefined;
  // "and if we patch over that with cron scripts?" after Docker's limits: a word that keys one neighbour, and that the
  // last page barely uses, makes the case that neighbour's (the mistake of stretching Docker with scripts).
  const weight = (id: string, t: string): number => r.index.weights.get(id)?.get(stem(t)) ?? 0;
  // A verb's particle ("goes *down*", "falls *over*") keys nothing: "lock down" is no part of going down.
  const keyedWords = r.content().filter((t) => !WEAK.has(t) && !PARTICLES.has(t) && weight(r.last.id, t) < 1);
  const said = new Set(r.said().map(stem));
  const keyed = r.neighbours().filter((id) => id !== r.last.id && keyedWords.some((t) => keysIt(r, said, id, t)));
  const [only, ...more] = keyed;
  const neighbour = only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
  if (neighbour) return { concept: neighbour, how: 'related', rule: 'what-if-neighbour' };
  return r.inContext()?.id === r.last.id ? { concept: r.last, how: 'same', rule: 'what-if-on-it' } : undefined;
}

/** "twenty services", "a couple of servers": the concept's name said as what a count counts. */
function countedThing(r: Reading, id: string): boolean {
  const words = new Set(nameWords(r.kb, id));
  return r.tokens.some((t, i) => (words.has(t) || words.has(singular(t))) && [1, 2].some((back) => countIn([r.tokens[i - back] ?? '']) !== undefined));
}

/** Words that complete a verb ("go down", "blow up") rather than name anything. */
const PARTICLES = new Set(['down', 'up', 'over', 'out', 'off', 'away', 'back']);

/**
 * The word is a word of one of the concept's names or keywords, or that whole name is said: "server" keys the nodes
 * (a keyword of theirs), not the control plane, whose keyword "API server" is another part's name, nor "only" the
 * images, whose keyword is "read-only".
 */
function keysIt(r: Reading, said: ReadonlySet<string>, id: string, word: string): boolean {
  const w = stem(word);
  return (r.index.keys.get(id) ?? []).some((key) => key.alone.includes(w) || (key.all.includes(w) && key.all.every((k) => said.has(k))));
}

/**
 * "and if our load is bursty?", "and we run twelve servers" after a verdict's page (when Kubernetes is worth it): a situation put to
 * the advice just given. When its facts lean to a verdict, that verdict's page; else the advice page itself,
 * which weighs that very fact, rather than the page of the fact's topic.
 */
export function whatIfOnAdvice(r: Reading): Ruling {
  const { kb, last } = r;
  const checklist = kb.checklists.find((c) => c.verdicts.some((v) => v.concept === last.id));
  if (!checklist) return whatIfOnSubject(r);
  // A situation naming a thing of its own ("what if a node dies?") is about that thing, not a count of hosts.
  // "and we run twelve servers": a fact told after the advice, without a question, is put to it the same way.
  const putTo = WHAT_IF.test(r.lower) || !looksLikeQuestion(r.text);
  const facts = factsIn(checklist, r.text);
  const options = Object.entries(facts).flatMap(([id, value]) => checklist.criteria.find((c) => c.id === id)?.options.find((o) => o.value === value) ?? []);
  // "and if we needed no downtime at all?" names the page of the very fact it tells (rolling updates): no thing of its own.
  const named = r.named().filter((id) => !options.some((o) => o.concept === id));
  if (named.some((id) => !countedThing(r, id)) || !putTo || options.length === 0) return undefined;
  // The facts told in the question this advice answered ("we run ten services on four servers, is docker enough?")
  // still hold beside the new one.
  const leaned = adviceFromFacts(kb, [r.asked, ...r.statement, r.text].join(' '), { on: last });
  // "and with twenty services?": the thing a count counts is no subject of its own when the facts lean to a verdict;
  // leaning nowhere, the question is left to the readers of names (the page of that one fact is no answer to it).
  if (named.length > 0 && leaned === undefined) return undefined;
  // "our traffic is spiky" after when Docker is enough argues against that advice: with no verdict clear, the page of
  // the fact that argues against it says what changes, not the advice it goes against.
  const verdict = checklist.verdicts.find((v) => v.concept === last.id)?.id;
  const against = options.flatMap((option) => (option.leans !== 'neutral' && option.leans !== verdict && option.concept ? [option.concept] : []));
  const concept = leaned ?? (against[0] === undefined ? undefined : kb.concept(against[0])) ?? last;
  return { concept, how: concept.id === last.id ? 'same' : 'related', rule: 'what-if' };
}

/**
 * "what if we only have one server?" after Kubernetes: a situation put to a thing that a decision is about (one of its
 * aspects is a verdict's page, when Kubernetes is worth it), whose facts lean to one verdict: that verdict's page, which
 * weighs the case, rather than a part of the thing whose name shares a word with it.
 */
function whatIfOnSubject(r: Reading): Ruling {
  const verdicts = new Set(r.kb.checklists.flatMap((c) => c.verdicts.map((v) => v.concept)));
  const decided = (r.index.aspects.get(r.last.id) ?? []).some((id) => verdicts.has(id));
  if (!decided || !WHAT_IF.test(r.lower) || r.named().length > 0) return undefined;
  const leaned = adviceFromFacts(r.kb, [...r.statement, r.text].join(' '), { on: r.last });
  return leaned ? { concept: leaned, how: 'related', rule: 'what-if-subject' } : undefined;
}
