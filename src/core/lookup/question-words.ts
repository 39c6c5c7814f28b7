import { LEAD_WORDS } from '../chat-words.js';
import { OPENER_WORDS } from './openers.js';

// How a question opens: its question word or auxiliary, and a clause of condition or reason set before it.

/** Words that open a question; one list for every reader in the lookup. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'whats', 'which', 'who', 'whos', 'how', 'hows', 'why', 'where', 'when']);
/** Auxiliaries that open a yes/no question ("*is* it …"); with QUESTION_WORDS, what every reader takes to open a question. */
export const QUESTION_AUXILIARIES: readonly string[] = ['is', 'are', 'does', 'do', 'did', 'can', 'could', 'should', 'would', 'will'];
/** Text opened by a question word or an auxiliary, after any lead words ("so", "ok", ../chat-words.ts): "so is it hard to run". */
export const OPENS_QUESTION = new RegExp(`^\\s*(?:(?:${LEAD_WORDS.join('|')})\\s+)*(?:${[...QUESTION_WORDS, ...QUESTION_AUXILIARIES].join('|')})\\b`);
/**
 * Words opening a clause that sets a condition or a time for a question instead of asking it: "*when* a node dies, how
 * fast does it come back?", "*if* we only build on laptops". One list for every reader that sets such a clause aside
 * (the lookup's and the follow-ups'); the variants below say why some readers take more or fewer of them.
 */
export const CONDITION_WORDS: readonly string[] = ['if', 'when', 'whenever', 'once', 'while', 'after', 'before', 'until', 'unless'];

/**
 * Words opening a clause that gives a reason ("*since* the kubelet is part of the node, …", "because", "as"). Setting,
 * like a condition, where a reader asks whether a clause is the question (belonging.ts); not where it asks what a later
 * "it" stands for (follow-up-named.ts): a reason asserts something of what it names ("since etcd holds the state, how
 * is it backed up?"), so "it" is that name, where "when etcd dies, how fast does it kick in?" leaves "it" the last answer.
 */
export const REASON_WORDS: readonly string[] = ['since', 'because', 'as'];

/** A text or clause opened by a condition word: "when a node dies, …". */
export const OPENS_CONDITION = new RegExp(`^\\s*(?:${CONDITION_WORDS.join('|')})\\b`, 'i');

/** A text or clause opened by a condition or a reason: "when a container is part of a pod, …", "since …". */
export const OPENS_CONDITION_OR_REASON = new RegExp(`^\\s*(?:${[...CONDITION_WORDS, ...REASON_WORDS].join('|')})\\b`, 'i');

/**
 * The condition words that may follow the question inside one sentence and still be only its setting: "do I need a
 * registry *if* we only build on laptops". Only "if": after the question, a time word is often what is asked ("what
 * happens *when* a node dies", "what runs *before* the app starts"), so the part before it cannot stand alone.
 */
export const CONDITION_AFTER_QUESTION: readonly string[] = ['if'];

/**
 * What a question opened by the same question word as an asked question ("where …", "who …") adds to
 * their similarity, squared as the similarity's weights are: less than any word of substance.
 */
export const ASKING_SHARE = 0.3 ** 2;

/** The words that open a question by the kind of answer wanted: a place, a component, a reason, a way, a time ("what" and "which" say nothing). */
const ASKING: ReadonlyMap<string, string> = new Map(['where', 'who', 'why', 'how', 'when'].flatMap((w) => [[w, `?${w}`], [`${w}s`, `?${w}`]] as const));

/**
 * The question word a question opens with, as it is filed among the asked questions' terms ("?where");
 * none when it opens otherwise: "what happens *when* a node dies" asks no "when".
 */
export function askingWord(words: readonly string[]): string | undefined {
  for (const w of words) {
    if (OPENER_WORDS.has(w)) continue;
    return ASKING.get(w);
  }
  return undefined;
}

/** A question word at the start of the text or of a clause, after any openers; one pattern, not the tokenizer (its one-text cache is the ranking's). */
const OPENING = new RegExp(`(?:^|[,;:.!?]|\\s-+\\s)\\s*(?:(?:${[...OPENER_WORDS].join('|')})\\b[\\s,]*)*(where|who|why|how|when)s?\\b`);

/** The question word opening the text or one of its clauses ("the control loop, *how* does it work"). */
export function askingWordOf(text: string): string | undefined {
  const found = OPENING.exec(text);
  return found?.[1] === undefined ? undefined : `?${found[1]}`;
}
