import { ownId } from '../content/concept-id.js';
import type { Concept } from '../content/schema.js';
import { HEDGE_WORDS } from '../lookup/likeness.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, tokenize } from '../lookup/normalize.js';
import { ANAPHORS } from './follow-up-words.js';

/** Pronouns that stand for a thing or a place: where the last answer's name goes. */
const STANDS_FOR = new Set([...ANAPHORS].filter((w) => !['such', 'same', 'he', 'she'].includes(w)));
/** Verbs with "not" run in, apostrophe dropped: a "that" after them is a pronoun, not a relative clause. */
const NEGATED_VERBS = new Set(['isnt', 'doesnt', 'dont', 'didnt', 'cant', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'arent', 'wasnt']);
/** Words that end a clause and never start a relative one: after them a "that" is the pronoun. */
const CLAUSE_ENDS = new Set(['alone', 'too', 'also', 'again', 'anymore', 'either', 'now', 'then', 'ourselves', 'yourself', 'itself', 'myself', 'themselves', 'well', 'better', 'instead', 'anyway']);
/** "is it *wrong to* …", "is it ok that …": an "it" that stands for what follows, not for the last answer. */
const DUMMY_IT = /^(?:is|was|isnt|wasnt) it (?:\w+ ){0,2}?(?:to|that|if) /;

/** Words before "that" that make it a conjunction when a clause follows ("so that", "now that", "given that"). */
const CONJOINS = new Set(['so', 'now', 'given', 'provided', 'assuming', 'except']);
/** Subjects a clause opens on. */
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'it', 'he', 'she', 'people', 'users', 'everyone', 'nobody', 'someone']);
/** Verbs of ability and intent that follow the subject of such a clause ("so that services *can* find …"). */
const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'must', 'cannot', 'cant', 'wont']);

/**
 * "so that services can find each other", "now that we run three servers": "that" opening a clause of purpose or
 * reason, its subject a pronoun or a word then a modal. "so that is bad?" and "so that works?" still point back.
 */
function conjunction(tokens: readonly string[], i: number): boolean {
  const [subject = '', verb = ''] = tokens.slice(i + 1, i + 3);
  return CONJOINS.has(tokens[i - 1] ?? '') && (CLAUSE_SUBJECTS.has(subject) || MODALS.has(verb));
}

/**
 * "so *it's* basically a vm?", "its just a process, right?": "its" (the apostrophe dropped) before an article or a
 * hedging word is "it is", a claim about the last answer; before a noun ("its limits") it is the possessive.
 */
const IT_IS_BEFORE = new Set(['a', 'an', 'the', ...HEDGE_WORDS, 'really', 'like', 'kind', 'sort', 'not', 'only', 'still', 'more', 'less', 'same', 'pretty', 'quite']);

/**
 * Where a follow-up points back, or -1: a pronoun ("what does *it* store"), a place ("what runs
 * *there*"), or "one" standing alone ("which *one* does kubernetes use", "what's inside *one*"),
 * never "one" counting a thing ("one box") nor an "it" that announces the rest of the sentence.
 */
export function pointerAt(tokens: readonly string[]): number {
  const text = tokens.join(' ');
  return tokens.findIndex((t, i) => {
    if (t === 'one' || t === 'ones') return i > 0 && (i === tokens.length - 1 || isFiller(tokens[i + 1] ?? ''));
    if (!STANDS_FOR.has(t)) return false;
    // "machines *that* run …": a "that" after a word is a relative clause, not a pointer back.
    // After a negated verb ("*isn't that* …", "*doesn't that* …") it is the subject again, and last of all
    // ("how do we avoid *that*?") no clause can follow it.
    // "handle *that* alone", "do *that* automatically": a word that can only end a clause after it keeps it a pronoun.
    const next = tokens[i + 1] ?? '';
    const ends = CLAUSE_ENDS.has(next) || (next.length > 4 && next.endsWith('ly'));
    const relative = i > 0 && i < tokens.length - 1 && !isFiller(tokens[i - 1] ?? '') && !NEGATED_VERBS.has(tokens[i - 1] ?? '') && !ends;
    if (t === 'that' && (relative || conjunction(tokens, i))) return false;
    if (t === 'it' && DUMMY_IT.test(`${tokens.slice(Math.max(0, i - 1)).join(' ')} `)) return false;
    return text !== '';
  });
}

/**
 * The follow-up with its subject put back: the pointer replaced by the last answer's name ("how is
 * *it* run?" -> "how is kubernetes run?"), or the name put in front when it has none
 * ("any downsides?" -> "docker any downsides?"). The full lookup (asked questions, rare words,
 * typos) can then read it like any question.
 */
export function withSubject(text: string, last: Concept): string {
  // A comparison's name would make the question a comparison again: its two sides stand for it.
  return withWords(text, ownId(last.id).replace(/-(?:vs|versus)-/g, ' ').replace(/-/g, ' '));
}

/** The follow-up with `name` (a concept's name, or the words said before) where its pointer is. */
export function withWords(text: string, name: string): string {
  const tokens = tokenize(text);
  const at = pointerAt(tokens);
  if (at < 0) return `${name} ${tokens.join(' ')}`;
  // "what runs the containers *there*": the place is the setting of the question, not its subject.
  const next = tokens[at + 1] ?? '';
  const itIs = tokens[at] === 'its' && (IT_IS_BEFORE.has(next) || (next.length > 4 && next.endsWith('ly')));
  const put = tokens[at] === 'there' ? `on ${name}` : itIs ? `${name} is` : name;
  return [...tokens.slice(0, at), put, ...tokens.slice(at + 1)].join(' ');
}

/** What the lookup makes of the follow-up with its subject put back, when it answers one concept. */
export function readInContext(kb: KnowledgeBase, text: string, last: Concept): Concept | undefined {
  const found = kb.lookup(withSubject(text, last));
  if (found.status !== 'answer') return undefined;
  // Another article's concept of the same id is the name put back, not a new subject: the thread's stays.
  return ownId(found.concept.id) === ownId(last.id) ? last : found.concept;
}
