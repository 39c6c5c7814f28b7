import type { Concept } from '../content/schema.js';
import { isOutside, type LookupIndex } from './lookup-index.js';
import { isFiller, isTopicFiller, terms } from './normalize.js';
import { findNames } from './find-names.js';
import { namedWithin } from './naming.js';
import { CONTEXT_WEIGHT, isStray, readWords, rejoin, type Term } from './read-question.js';
import { askingWordOf } from './question-words.js';
import { askedLast, POINTS_BACK_ONLY, SETS_AGAINST, toldAround } from './sentences.js';
import { partsOf, readPartOf, readPeople } from './read-roles.js';
import { mendLoneSlip } from './lone-slip.js';
import { confidence, resultFor, UNKNOWN, type LookupResult } from './result.js';
import { scoreWords } from './score.js';
import { namedOverFrame } from './named-subject.js';

/** In a question of everyday words only, with a word we never use, a concept not named needs this score. */
const PLAIN_SCORE = 2.5;
/** In a question of everyday words only, with a word we never use and no name, a concept needs this score. */
const EVERYDAY_SCORE = 1.5;
/** Below this, nothing in the question points at a concept strongly enough to answer. */
const MIN_SCORE = 1.0;
/** Without a concept's name in the question, at least this share of its words must be explained. */
const MIN_COVERAGE = 0.3;
/** A runner-up this close to the best makes the question ambiguous. */
const CLOSE = 0.95;
/** A question this close (cosine) to one a concept lists as asked needs none of its names. */
const ASKED_VOUCH = 0.7;
/** How much closer to a concept's asked questions breaks a tie between near-equals. */
const ASKED_MARGIN = 0.15;
/** A question with no name in it, whose every word the best concept explains, needs this score. */
const WHOLLY_SCORE = 2;
/** From this many words (filler aside) a question may carry a few words we have never seen. */
const LONG_QUESTION = 8;
/** ... as long as they are no more than one word in this many. */
const UNSEEN_SHARE = 4;
/** From this share of words the knowledge base never uses or only mentions, a question is about something else. */
const STRAY_SHARE = 0.34;

/** How much of a stray a word read as ours through the synonym list counts for. */
const BORROWED = 0.5;

/** A best concept this many times the runner-up is the subject even without a name. */
const DOMINANT = 3;

/** Whether a concept or term explains a word of the same family ("scheduler" for "schedule"). */
function explainedKin(index: LookupIndex, term: string): boolean {
  const kin = index.kin(term);
  return kin !== undefined && index.explained.has(kin);
}

/**
 * An everyday word of ours right before filler that names a thing of its own ("a health article", "our team post") only
 * says which article or post: it is left out.
 */
function kept(index: LookupIndex, typed: readonly string[]): string[] {
  // The filler after it is tested first: it is rare, and the everyday list is a large table to look a word up in.
  return typed.filter((t, at) => !(isTopicFiller(typed[at + 1] ?? '') && index.postings.has(t) && index.everyday.has(t)));
}

/** A mark ending a sentence before more text: only then can a text hold a story around its question. */
const SENTENCE_INSIDE = /[.!?]\s+\S/;

/**
 * Each word of the text as read ('all', its words), the sentences told around the question ("we run three servers
 * at night. what is a node?", "what is a node? asking for a talk") read as its setting: their words weigh what words
 * after "in …" do (CONTEXT_WEIGHT), half the question's own, so a side word of the story does not pick the concept.
 */
function readAround(index: LookupIndex, text: string, all: readonly string[]): Term[] {
  const asked = SENTENCE_INSIDE.test(text) ? askedLast(text) : undefined;
  const told = asked === undefined ? undefined : toldAround(text, asked);
  // A question that leans on the story ("is that normal?"), sets what it names against the story's ("is docker better?")
  // or names nothing of ours ("agree?", "bad idea?") asks about what the story says: then the story is read in full.
  if (asked === undefined || told === undefined || POINTS_BACK_ONLY.test(asked) || SETS_AGAINST.test(asked) || namedWithin(index, asked).length === 0) {
    return readWords(index, all);
  }
  const read = (part: string): Term[] => readWords(index, kept(index, rejoin(index, terms(part))));
  const setting = (part: string): Term[] => read(part).map((w) => ({ ...w, context: true, told: true }));
  return [...setting(told.before), ...read(asked), ...setting(told.after)];
}

/**
 * Ranks one question (or one side of a comparison) against every concept and outside term; with `among`, against those
 * entries only (what the question's shape leaves possible: the answers it offers, "etcd or the api server?"),
 * every other test of the words the same.
 */
export function rank(index: LookupIndex, text: string, among?: ReadonlySet<number>): LookupResult {
  const allowed = (entry: number): boolean => among === undefined || among.has(entry);
  const typed = rejoin(index, terms(text));
  // Words that only say which thing a filler names are left out (see kept); a question of nothing else is not ours.
  const all = kept(index, typed);
  const content = all.filter((t) => !isFiller(t));
  if (content.length === 0 && all.length < typed.length) return UNKNOWN;

  // Tier 1: the question is a name, as typed.
  for (const key of [all.join(' '), content.join(' ')]) {
    const hit = index.exact.get(key);
    if (key !== '' && hit !== undefined && allowed(hit)) return resultFor(index, hit, 1);
  }

  const seq = readAround(index, text, all);
  mendLoneSlip(index, seq);
  readPeople(seq);
  const wholes = readPartOf(index, seq);
  const { named, outside, nameTails, jargon } = findNames(index, seq);
  const words = seq.filter((s) => !isFiller(s.term) && s.chat !== true);
  // Tier 1 again once typos are mended ("kubernets", "etdc", "api servr").
  const mended = words.map((s) => s.term).join(' ');
  const mendedHit = index.exact.get(mended);
  if (mended !== '' && mendedHit !== undefined && words.every((w) => w.similarity > 0) && allowed(mendedHit)) return resultFor(index, mendedHit, 0.95);
  if (outside !== undefined && among === undefined) return resultFor(index, outside, 1);

  // A word never seen here that is not everyday English is what the question is about ("velero"):
  // answering through the side words around it would be a confident wrong answer.
  // In a long question, a few such words beside many of ours are details of the setting ("… a billing service and a mail queue on one vm …").
  const unseen = words.filter((w) => isStray(w) && !index.everyday.has(w.term) && !w.joined && !w.everyday).length;
  if (unseen > 0 && (words.length < LONG_QUESTION || unseen * UNSEEN_SHARE > words.length)) return UNKNOWN;

  const { order, score, covered, seen, asked } = scoreWords(index, words, named, askingWordOf(text));

  // Everyday words the knowledge base never uses ("wooden", "squid") count against every concept,
  // less so in the setting ("docker *in a nutshell*"); so do words it only mentions in passing.
  const strays = new Map(words.filter(isStray).map((w) => [w.term, w.context ? CONTEXT_WEIGHT : 1]));
  // A word read as one of ours only through the synonym list is half a stray: "the issue with my washing machine" is not ours.
  const borrowed = words.filter((w) => w.everyday === true && w.similarity > 0).length * BORROWED;
  const foreign = [...strays.values()].reduce((a, b) => a + b, 0) + borrowed;
  // Beside a name only we use ("oci", "etcd"), words we mention in passing are chat around it ("what does it *matter*").
  // A word of a family a concept explains ("schedule" beside "scheduler", "coordinating" beside "coordination") is not one of them.
  const incidental = jargon ? 0 : [...seen].filter((t) => !index.explained.has(t) && !explainedKin(index, t)).length;
  const distinct = Math.max(1, seen.size + strays.size);
  // Mostly foreign words around one of ours ("a swarm of starlings over the harbour"): another subject.
  if ((foreign + incidental) / distinct >= STRAY_SHARE) return UNKNOWN;
  // A name of several words is one thing named: "self healing concrete" is half foreign, not a third.
  if ((nameTails > 0 ? foreign + incidental : foreign) / Math.max(1, distinct - nameTails) >= STRAY_SHARE) return UNKNOWN;
  const coverageOf = (entry: number): number => (covered[entry] as number) / distinct;
  // A term we do not cover is only the subject when named ("daemonset"); its words scattered
  // through a question ("kube" … "use") are not it.
  // Entries and their scores side by side, not a pair per entry: a question naming "docker" touches hundreds, and their
  // pairs were a good part of what a lookup allocated. Pairs are made for partsOf only, when a part is asked for.
  let entries: number[] = [];
  let scores: number[] = [];
  for (const entry of order) {
    if (isOutside(index, entry) && !named.has(entry)) continue;
    entries.push(entry);
    scores.push((score[entry] as number) * (0.6 + 0.4 * coverageOf(entry)));
  }
  if (wholes.size > 0 || among !== undefined) {
    const parts = partsOf(index, entries.map((entry, i): [number, number] => [entry, scores[i] as number]), wholes);
    const kept = among === undefined ? parts : parts.filter(([entry]) => among.has(entry));
    entries = kept.map(([entry]) => entry);
    scores = kept.map(([, value]) => value);
  }
  // Not sorted: only the best, the runner-up's score and the near-equals are needed, and sorting every
  // entry a question touches was a tenth of a lookup. Ties go to the entry met first, as a stable sort leaves them.
  let at = -1;
  for (let i = 0; i < entries.length; i++) if (at < 0 || (scores[i] as number) > (scores[at] as number)) at = i;
  if (at < 0) return UNKNOWN;
  const best: [number, number] = [entries[at] as number, scores[at] as number];
  // Only everyday words, our names among them in their everyday sense ("a *pod* of whales", "a *scheduler* app"),
  // a word we never use, and the concept named is not even the best: no word of the trade says this is about software.
  // Asked last: most questions never get that far, and it looks every word up in a long list.
  const trade = (): boolean => nameTails > 0 || words.some((w) => w.similarity > 0 && !index.everyday.has(w.term));
  if (strays.size > 0 && named.size > 0 && !named.has(best[0]) && best[1] < PLAIN_SCORE && !trade()) return UNKNOWN;
  // The same with no name at all, when the best concept is only weakly pointed at: "the *cost* of *living* in
  // lisbon", "a *rolling* pin for pasta" use our words in their everyday sense.
  if (strays.size > 0 && named.size === 0 && best[1] < EVERYDAY_SCORE && !trade()) return UNKNOWN;
  // Everyday words alone ("is coffee bad for you") must not reach a concept through its keywords,
  // unless they say nearly what people ask about it.
  const phrased = (asked[best[0]] as number) >= ASKED_VOUCH;
  // A few words of ours and nothing else, every one explained by the best concept ("traffic spikes"), are a question about it too.
  // One everyday word beside them ("the *ideal* mindset when choosing …") does not change that.
  const wholly = strays.size <= 1 && incidental === 0 && (covered[best[0]] as number) === seen.size && seen.size > strays.size && best[1] >= WHOLLY_SCORE;
  // A description without a name ("adding capacity as demand changes") that points at one concept far above any other.
  let second = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as number;
    if (e !== best[0] && !isOutside(index, e) && (scores[i] as number) > second) second = scores[i] as number;
  }
  const dominant = strays.size === 0 && (covered[best[0]] as number) >= 2 && best[1] >= WHOLLY_SCORE && best[1] >= DOMINANT * second;
  if (!phrased && !wholly && !dominant && !words.some((w) => w.similarity > 0 && index.nameTerms.has(w.term))) return UNKNOWN;
  // A name needs no minimum score unless words around it are foreign to the knowledge base.
  const vouched = named.has(best[0]) && (strays.size === 0 || coverageOf(best[0]) >= MIN_COVERAGE);
  if (!vouched && (best[1] < MIN_SCORE || coverageOf(best[0]) < MIN_COVERAGE)) return UNKNOWN;
  if (isOutside(index, best[0])) return resultFor(index, best[0], 1);
  // One word of ours among foreign ones ("windows registry cleaner") is a coincidence, not a question.
  if (strays.size + incidental >= 1 && (covered[best[0]] as number) <= 1) return UNKNOWN;

  // Frame words a page lists ("golden rule", "catch") beside a name that page never speaks of ask about the thing named.
  const subject = namedOverFrame(index, best[0], named, words, allowed);
  const subjectAt = subject === undefined ? -1 : entries.indexOf(subject);
  if (subjectAt >= 0) return resultFor(index, subject as number, confidence(scores[subjectAt] as number));
  const top = best[1];
  const close: Array<[number, number]> = [];
  for (let i = 0; i < entries.length; i++) if ((scores[i] as number) >= top * CLOSE && !isOutside(index, entries[i] as number)) close.push([entries[i] as number, scores[i] as number]);
  close.sort((x, y) => y[1] - x[1]);
  if (close.length > 1) {
    // Among near-equals, the one that accounts for more of the question's words is the answer.
    const most = Math.max(...close.map(([c]) => covered[c] as number));
    const leaders = close.filter(([c]) => (covered[c] as number) === most);
    if (leaders.length === 1) return resultFor(index, (leaders[0] as [number, number])[0], confidence(best[1]));
    // Still level: the one whose asked questions sound most like this one, if clearly so.
    const byAsked = leaders.map(([c]) => [c, asked[c] as number] as const).sort((x, y) => y[1] - x[1]);
    const [first, next] = byAsked;
    if (first && next && first[1] - next[1] >= ASKED_MARGIN) return resultFor(index, first[0], confidence(best[1]));
    const candidates = close.slice(0, 3).map(([c, s]) => ({ concept: index.concepts[c] as Concept, score: confidence(s) }));
    return { status: 'clarify', candidates };
  }
  return resultFor(index, best[0], confidence(best[1]));
}
