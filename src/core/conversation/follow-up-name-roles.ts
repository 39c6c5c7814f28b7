import { namedIn, keyWeight } from './concept-terms.js';
import { BE_OR_DO, covers, nameWords, neighbourhood } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { AGENT_VERB, ANAPHORS, OPENERS, OPENING, PLACING_WORDS } from './follow-up-words.js';
import { isFiller, singular, terms } from '../lookup/normalize.js';
import { agentOf } from './follow-up-relation.js';
import { stem } from '../stem.js';

// Readers for a follow-up whose name plays a part the plain readers of names (follow-up-named.ts) would misread:
// the name given to what was just told ("is that the X?"), a thing added to it ("even X?"), a thing that needs the
// last answer ("does each X need it?"), a neighbour asked for by its head noun ("and the machines that …?"), and the
// question just answered asked again of a name with its verb left out ("does the scheduler?").

/** "is that the control loop?", "so this is what they call the scheduler?": the thing just told, asked whether it is a thing named. */
const IDENTITY = new RegExp(`^(?:(?:and|so|oh|ok|okay|wait|hmm) )*(?:is|isnt|was) (?:that|this)(?: basically| just| actually| really)? (?:the|what (?:they|you|people) call|whats called|what is called) (.+?)(?: then| exactly| right)?$`);

/** "…, is this what a registry is used for?": whether a thing named is the one for what was said. */
const IDENTITY_OF_USE = /\b(?:is|isnt) (?:that|this)(?: basically| just| actually| really)? what (.+?) (?:is|are) (?:for|used for|meant for|there for)(?: then| exactly| right)?$/;

/**
 * "is that the reconciliation loop?" after Kubernetes: whether what was just described has a name of its own. The
 * thing named answers it (its page says what it is and where it sits); "is it like a container?" is a comparison and
 * stays (onlyAName).
 */
export function namedAsIdentity(r: Reading): Ruling {
  // "to share images between hosts, is this what a registry is meant for?": the words before set the case the thing named
  // would be for.
  const forUse = IDENTITY_OF_USE.exec(r.lower)?.[1];
  const rest = forUse ?? IDENTITY.exec(r.lower)?.[1];
  if (rest === undefined) return undefined;
  const [only, ...more] = namedIn(r.index, rest);
  if (only === undefined || more.length > 0 || only === r.last.id || (forUse === undefined && r.content().length > 0)) return undefined;
  // "and for autoscaling, is this what kubernetes is for?": a case that is a topic of its own is better told by its page.
  if (forUse !== undefined && r.named().some((id) => id !== only)) return undefined;
  const concept = r.kb.concept(only);
  return concept ? { concept, how: 'related', rule: 'identity' } : undefined;
}

/** "even the kubelet?", "including etcd?": a thing added to what was just said of the last answer. */
const EVEN = new RegExp(`${OPENING}(?:even|including|incl|also|that includes) (?:for |with )?`);

/**
 * "including the controller manager?" after "do all requests pass through it?" about the API server: the thing named is added to
 * what was said of the last answer, which is still what is asked about, when its page speaks of that thing or it
 * is a neighbour. "and the scheduler?" asks about the scheduler (onlyAName).
 */
export function evenThat(r: Reading): Ruling {
  const named = r.named();
  if (!EVEN.test(r.lower) || named.length === 0 || r.content().some((t) => t !== 'even' && t !== 'including')) return undefined;
  const near = r.neighbours();
  return named.every((id) => near.includes(id) || covers(r.index, r.last, id)) ? { concept: r.last, how: 'same', rule: 'even-that' } : undefined;
}

/** "and the machines that …", "what about the boxes …": a thing asked for by its head noun, after an opening that leads on. */
// After any opener ("ok, now the …"), but never bare: "the downsides" alone is a question of its own.
const HEAD_NOUN = new RegExp(`^(?:(?:${[...OPENERS].join('|')}) )+(?:(?:what|how) about )?(?:also )?(?:the|those|these|its|their|all the) (\\w+)\\b|^(?:what|how) about (?:also )?(?:the|those|these|its|their|all the) (\\w+)\\b`);
/** Words for one computer, stemmed: a head noun among them may be any of them. */
const MACHINE_WORDS = new Set(['machine', 'server', 'box', 'host', 'vm', 'computer'].map(stem));
/** A word weighing this much in a concept's terms is one of its names. */
const NAME = 3;
/** A word weighing this much in a concept's terms is one of its names or keywords. */
const KEYWORD = 2;

/**
 * "and the machines doing the real work?" after the control plane: the head noun is a name or keyword of a
 * neighbour of the last answer (the nodes, "worker machines"), weighing more there than in any other, and not of the
 * last answer: that neighbour, whatever
 * the lookup makes of the words that describe it ("actual" pulls toward the control loop's actual state).
 */
export function headNounNeighbour(r: Reading): Ruling {
  const match = HEAD_NOUN.exec(r.lower);
  const head = match?.[1] ?? match?.[2];
  if (head === undefined || r.everyName().length > 0 || r.anaphor()) return undefined;
  const head1 = stem(singular(head));
  // The everyday words for one computer stand for each other: "the boxes", "the servers", "the machines".
  const terms = MACHINE_WORDS.has(head1) ? [...MACHINE_WORDS] : [head1];
  // A word of a name or keyword by itself: "server" of the control plane's keyword "API server" is the API server's. The
  // other words for a computer count as whole names or keywords only: "the machines" are no API server.
  const weight = (id: string): number => terms.reduce((sum, t) => sum + keyWeight(r.index, id, t, t !== head1), 0);
  // The word typed names the last answer itself: nothing beside it is meant.
  if ((r.index.weights.get(r.last.id)?.get(head1) ?? 0) >= NAME) return undefined;
  // "which part do I talk to?" then "and the machines doing the work?": after a part of the thing answered before it
  // (the API server, of the control plane), the things beside that whole are still being gone through.
  const whole = r.earlier[0] === undefined ? undefined : r.kb.concept(r.earlier[0]);
  const wholeNear = whole !== undefined && whole.related.includes(r.last.id) ? neighbourhood(r.kb, r.index, whole) : [];
  const near = [...new Set([...r.neighbours(), ...wholeNear])];
  // Where several neighbours list the word, the one it names most (a name weighs more than a keyword) is meant.
  const ranked = near.filter((id) => id !== r.last.id && weight(id) >= KEYWORD).sort((a, b) => weight(b) - weight(a));
  const [best, next] = ranked;
  const concept = best !== undefined && (next === undefined || weight(best) > weight(next)) ? r.kb.concept(best) : undefined;
  return concept ? { concept, how: 'related', rule: 'head-noun' } : undefined;
}

/**
 * "so which work falls to the workers?" after Raft: a name another page owns (Kubernetes' nodes), not beside the last
 * answer, that the last answer or one page beside it lists whole as a keyword of its own (Swarm's "worker nodes"): the
 * thread means it in that page's sense.
 */
export function nameInTheThreadSense(r: Reading): Ruling {
  const [owner, ...more] = r.named();
  const near = r.neighbours();
  if (owner === undefined || more.length > 0 || near.includes(owner)) return undefined;
  const said = new Set(r.said().map((t) => stem(t)));
  // A keyword that is the owner's own title or id ("self-healing" among Docker's limits) points at the owner itself.
  const ownName = new Set([r.kb.concept(owner)?.title ?? '', owner.replace(/-/g, ' ')].map((n) => terms(n).map(stem).join(' ')));
  const keyword = (k: { all: string[]; weight: number }): boolean => k.weight === KEYWORD && k.all.length > 0 && !ownName.has(k.all.join(' ')) && k.all.every((w) => said.has(w));
  const ownsIt = (id: string): boolean => (r.index.keys.get(id) ?? []).some((k) => keyword(k) && namedIn(r.index, k.all.join(' ')).includes(owner));
  const [only, ...others] = near.filter(ownsIt);
  const concept = only !== undefined && others.length === 0 ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: concept.id === r.last.id ? 'same' : 'related', rule: 'thread-sense' } : undefined;
}

/** Verbs of needing: "do pods *need* it?" asks whether the last answer is needed there. */
const NEEDING = new Set(['need', 'needs', 'require', 'requires']);

/**
 * "does each machine need one?", "do pods require it?" after the container runtime: whether the thing named
 * needs the last answer, which the last answer's page tells (where it runs, what it is for), not the thing's own page.
 */
export function neededByNamed(r: Reading): Ruling {
  const { tokens } = r;
  const pronoun = ANAPHORS.has(tokens.at(-1) ?? '') || tokens.at(-1) === 'one';
  if (!pronoun || !NEEDING.has(tokens.at(-2) ?? '') || r.named().length !== 1) return undefined;
  return BE_OR_DO.has(tokens.find((t) => !OPENERS.has(t)) ?? '') ? { concept: r.last, how: 'same', rule: 'needed-by-named' } : undefined;
}

/**
 * Prepositions that place a thing against the last answer without asking about it: "on it", "behind it", "inside it".
 * The placing ones but those that link a thing to it: "talk *to* it", "pull *from* it", "go *through* it" ask about the
 * link, so about the last answer.
 */
const LINKING = new Set(['at', 'over', 'to', 'from', 'with', 'per', 'between', 'through', 'via']);
const PLACED_BY = new Set(PLACING_WORDS.filter((w) => !LINKING.has(w)));

/**
 * "is etcd kept within it?" after the control plane, "what x sits across it?" after a y: the pronoun only places
 * the question against the last answer; the one neighbour named is what is asked about (or the answer guessed).
 */
export function namedAgainstIt(r: Reading): Ruling {
  const [only, ...more] = r.named();
  const tokens = r.pointingTokens();
  const pronouns = tokens.flatMap((t, i) => (ANAPHORS.has(t) ? [i] : []));
  if (only === undefined || more.length > 0 || pronouns.length === 0 || r.pronounIsSubject() || !r.neighbours().includes(only)) return undefined;
  // "what keeps the pods on it alive?": a verb before the thing named, itself before the pronoun, asks for whatever does
  // that to it, not about it; "what runs on it, pods?" guesses the answer after the pronoun.
  const verb = AGENT_VERB.exec(r.lower)?.[1];
  const names = new Set(nameWords(r.kb, only));
  const before = tokens.slice(0, pronouns[0]).some((t) => names.has(singular(t)));
  if (verb !== undefined && !names.has(singular(verb)) && before) return undefined;
  const concept = pronouns.every((i) => PLACED_BY.has(tokens[i - 1] ?? '')) ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'named-against-it' } : undefined;
}

/** "which docker thing …", "what kubernetes part …": one of a whole's own pages, asked for by the whole's name. */
const WHICH_OF_WHOLE = new RegExp(`${OPENING}(?:which|what) (.+?) (?:thing|things|part|parts|piece|bit|one|component|tool|feature)\\b`);

/**
 * "what docker tool relies on it?" after raft: of the pages named after the whole typed (Docker's own pages), the one
 * beside the last answer (Swarm, which runs on raft) is asked for, when exactly one is.
 */
export function partOfNamedWhole(r: Reading): Ruling {
  const whole = WHICH_OF_WHOLE.exec(r.lower)?.[1];
  const [named, ...more] = whole === undefined ? [] : namedIn(r.index, whole);
  if (named === undefined || more.length > 0) return undefined;
  const near = new Set(r.neighbours());
  const [only, ...others] = (r.index.aspects.get(named) ?? []).filter((id) => id !== r.last.id && near.has(id));
  const concept = only !== undefined && others.length === 0 ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'part-of-named-whole' } : undefined;
}

/** A question closed by "then" or "now": it draws on what was just said ("what starts them then?"). */
const CLOSING_LEAN = /\b(?:then|now)$/;

/**
 * "and who really starts the containers then?" after the kubelet, "so what runs containers on each machine now?": the one
 * doing something to a thing named, asked as a follow-up. The neighbour of the last answer whose own sentence names
 * itself before the verb and the thing after it (the container runtime runs containers); the thing itself is only
 * the object. With a place pointer ("who starts containers there?") placePronoun reads it.
 */
export function agentOfNamed(r: Reading): Ruling {
  const verb = AGENT_VERB.exec(r.lower)?.[1];
  if (verb === undefined || r.named().length === 0 || !CLOSING_LEAN.test(r.lower)) return undefined;
  // The object is the first thing named after the verb: "on the machines" after it is only where.
  const after = r.tokens.slice(r.tokens.indexOf(verb) + 1);
  const object = after.map((_, k) => namedIn(r.index, after.slice(0, k + 1).join(' '))[0]).find((id) => id !== undefined);
  const verbs = r.content().filter((t) => !isFiller(t));
  const agent = object === undefined ? undefined : agentOf(r.kb, r.index, r.last, verbs, object, neighbourhood(r.kb, r.index, r.last));
  return agent ? { concept: agent, how: 'related', rule: 'agent-of-named' } : undefined;
}

/**
 * "does the scheduler?", "and swarm does?", "can compose?": the question just answered asked again of the thing named,
 * with its verb left out: nothing but the name and a "do"/"can"/"is" before or after it (openers and "too" aside).
 */
export function verbLeftOut(r: Reading): boolean {
  const said = r.said().filter((t) => !OPENERS.has(t) && t !== 'too');
  const [verb, ...more] = said.filter((t) => !r.namedWords().has(t));
  if (verb === undefined || more.length > 0 || !BE_OR_DO.has(verb) || (said[0] !== verb && said.at(-1) !== verb)) return false;
  // Only a page that tells what the thing named does (its summary names it: "self-healing means Kubernetes restarts …")
  // answered a question with a verb to reuse; after the page on etcd, "does the scheduler?" asks about the scheduler.
  // Read last: the summary's names are looked for only once the message has the shape.
  const [only, ...others] = r.named();
  return only !== undefined && others.length === 0 && namedIn(r.index, r.last.summary).includes(only);
}
