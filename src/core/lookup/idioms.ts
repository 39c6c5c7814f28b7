// Idioms made of words every question uses, read as the one word the knowledge base names their meaning by.
// Read inside every lookup (`archbot ask` and the eval too). The conversation has a second list it applies to a chat
// message first (conversation/idioms.ts: chat shorthand such as "tl;dr", and idioms read before a follow-up is).

import type { Concept } from '../content/schema.js';
import type { LookupIndex } from './lookup-index.js';
import { namedWithin } from './naming.js';
import { keyOf } from './normalize.js';
import { PART } from './read-roles.js';

/** "who can do what", "who is allowed to do what": the idiom for permissions, made of words every question uses. */
const WHO_DOES_WHAT = /\bwho\s+(?:(?:is|are)\s+)?(?:can|may|allowed\s+to|permitted\s+to|able\s+to|gets?\s+to)\s+(?:do|change|touch)\s+what\b/g;

/** "what is it built for", "what was it designed for": what a thing is for, said the way the knowledge base asks it ("used for"). */
const MADE_FOR = /\b(?:built|designed|meant|made|intended|created)\s+for\s*\??\s*$/;

/** "before you actually need it": too early, in the one word the knowledge base names it by. */
const BEFORE_NEEDED = /\bbefore\s+(?:you|we|they|i|one|a\s+team)\s+(?:actually\s+|really\s+|even\s+|truly\s+)?(?:need|needs|require)\s+(?:it|them|one)\b/g;

/**
 * A thing's shortfalls told in idioms ("where does it run out of steam", "what are its gaps", "what can't it do well"):
 * its downsides, the word its page is named by ("docker downsides", "kubernetes downsides"). Only beside a name of
 * ours, which says whose: "the gaps in our monitoring" are no tool's. "The gap between desired and actual" stays a gap.
 */
const SHORTFALL = /\bru(?:n|ns|nning)\s+out\s+of\s+(?:steam|gas|road|juice|runway)\b|\bgaps\b(?!\s+between)|\b(?:can'?t|cannot|doesn'?t|don'?t|not)\s+do\s+(?:well|properly|right|great)\b/g;

/** "who is permitted to change things": who may do something asks about permissions ("is it permitted to …" does not). */
const WHO_MAY = /\bwho\s+(?:is|are)\s+(?:allowed|permitted)\s+to\b/g;

/**
 * "do we still need X if we use Y": whether Y takes X's place, not whether to adopt X ("do we need k8s" is when it is
 * worth it). Read as whether X stays in use beside Y, only when the condition names something of ours: "do we still
 * need a registry" alone is about the registry. The condition is group 1.
 */
const STILL_NEED = /\b(?:do|does|would|will)\s+(?:i|we|you|they|one|a\s+team|teams)\s+still\s+need\b(?=[^?.!]*?\b(?:if|when|once|now\s+that|after)\b([^?.!]*))/g;

/** Who may choose a tool: people, not a tool ("docker doesn't need …" says something of docker). */
const CHOOSER = '(?:i|we|you|they|one|teams?|a\\s+team)';

/**
 * Choosing against a thing ("when would you not want x", "shouldn't we use x", "when not x"): skipping it, the one word
 * the knowledge base names that choice by. Only when a person chooses, and not "can't" (what cannot be used is a limit).
 */
const NOT_CHOSEN = new RegExp(
  `\\b(?:(?:would|should|do|does|did|will)\\s+${CHOOSER}\\s+not|${CHOOSER}\\s+(?:would|should|do|did|will)\\s+not|(?:wouldn'?t|shouldn'?t|don'?t|didn'?t|won'?t)\\s+${CHOOSER}|${CHOOSER}\\s+(?:wouldn'?t|shouldn'?t|don'?t|didn'?t|won'?t))(?:\\s+(?:just|even|really|ever|to))?\\s+(?:want|use|need|pick|choose|adopt|go\\s+with)\\b|\\bwhen\\s+not\\b`,
  'g',
);

/**
 * "which component on a worker node …", "what piece in the control plane …": the place a part sits in is the whole it is a
 * part of, as "which part of the control plane" says it (read-roles.ts reads that); "on" would make it the setting.
 */
const PART_ON = new RegExp(`\\b((?:which|what)\\s+(?:${[...PART].join('|')})s?)\\s+(?:on|in|inside|within)\\b`, 'g');

/** PART_ON for one match at a time (exec on a global pattern would carry its position from one question to the next). */
const PART_ON_ONCE = new RegExp(PART_ON.source);

/** A page's list of its parts: the bolded names its bullets open with ("- **kubelet**: the agent …"); see bulletNames. */
const LISTED = /^\s*[-*]\s+\*\*([^*]+)\*\*/gm;

/**
 * The entries of the parts the place in "which component on <place> …" lists on its page ("a worker node": kubelet,
 * kube-proxy, container-runtime), each found by its name, or undefined when the question has no such place. Only these
 * may answer the "part of" reading: the node's page also names the control plane, the other end of what the node talks to.
 */
export function partsListedAt(index: LookupIndex, text: string): Set<number> | undefined {
  const after = PART_ON_ONCE.exec(text);
  if (after === null) return undefined;
  const words = keyOf(text.slice(after.index + after[0].length)).split(' ').filter((w) => w !== '');
  const from = ['the', 'a', 'an', 'each', 'every'].includes(words[0] ?? '') ? 1 : 0;
  for (let end = Math.min(words.length, from + 3); end > from; end--) {
    const place = index.exact.get(words.slice(from, end).join(' '));
    if (place === undefined || place >= index.concepts.length) continue;
    const parts = new Set<number>();
    for (const name of bulletNames(index.concepts[place] as Concept)) {
      const part = index.exact.get(keyOf(name));
      if (part !== undefined && part < index.concepts.length && part !== place) parts.add(part);
    }
    return parts;
  }
  return new Set();
}

/**
 * The question with each such idiom put in our words: "who can do what" is "permissions", "run out of steam" is "downsides".
 * Without `asPart`, "which component on x" stays as typed (x the setting), for when no part x lists answers it.
 */
export function inOurWords(index: LookupIndex, text: string, asPart = true): string {
  return (asPart ? text.replace(PART_ON, '$1 of') : text).replace(WHO_DOES_WHAT, 'permissions').replace(WHO_MAY, 'who has permissions to').replace(MADE_FOR, 'used for').replace(BEFORE_NEEDED, 'prematurely').replace(NOT_CHOSEN, ' skip').replace(SHORTFALL, (said) => (namedWithin(index, text).length > 0 ? 'downsides' : said)).replace(STILL_NEED, (said, setting: string) => (namedWithin(index, setting).length > 0 ? 'still use' : said));
}

/**
 * The bolded names a page's bullets open with (LISTED above), in order ("kubelet", "kube-proxy", "container runtime"):
 * "the parts a page lists", as partsListedAt reads them for the lookup (by exact name) and the follow-ups for "the
 * second one" (conversation/follow-up-parts.ts namedItems, where a `list: true` page lists its first related pages instead).
 */
export function bulletNames(page: Concept): string[] {
  return [...page.body.matchAll(LISTED)].map((m) => m[1] as string);
}
