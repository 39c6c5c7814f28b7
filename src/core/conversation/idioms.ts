import type { KnowledgeBase } from '../knowledge-base.js';
import { namesOf } from '../lookup/lookup-index.js';
import { oncePer } from '../once-per.js';
import { withoutAudience } from './audience.js';

// Idioms whose words mean nothing alone: "*give up*" asks about costs, "*mess up*"
// about mistakes. The lookup matches words, so each is read as the plain word it
// means. General English, not tied to any article; the one idiom that depends on
// who is speaking of what takes the knowledge base's names (see `deciders`).
// Read only for chat messages, before the lookup and the follow-up readers; the lookup's own list
// (lookup/idioms.ts) is read in every lookup, `archbot ask` included.

// A third member, where given, is a cheap test the text must pass before the idiom is tried: it matches wherever
// the idiom could, so skipping the idiom when it fails changes no result. The access-control idiom needs one: its
// lookbehind carries every concept's name and would otherwise be tried at each position of every message.
const idioms = (deciders: string): Array<[RegExp, string, RegExp?]> => [
  [/\bgiv(?:e|ing) up\b/gi, 'costs'],
  [/\btrade[- ]?offs?\b/gi, 'costs'],
  [/\bpros and cons\b/gi, 'benefits and downsides'],
  [/\b(?:mess|messing|screw|screwing|mucks?|mucking) (?:(?:it|this|that|things) )?up\b/gi, 'mistakes'],
  [/\bget(?:ting)? (?:it|this|that|things) wrong\b/gi, 'mistakes'],
  // "which problems is that addressing?" asks what it is there for (why it matters), not about its problems.
  [/\b(?:what|which) (?:problems?|issues?|pains?|need) (?:does|do|is|are|did) (it|this|that|they|these|those) (?:actually |really |even )?(?:solve|solves|solving|fix|fixes|fixing|address|addresses|addressing)\b/gi, 'why does $1 matter'],
  // "can we restrict who gets to push images?", "decide who may scale things": who is allowed to do something is access
  // control. Not who is to be something or go somewhere ("decide who can be a manager", "who can run on which node"),
  // and not when a part of the system is the one deciding ("the scheduler decides who gets the free capacity").
  [new RegExp(`(?<!\\b(?:${deciders}) )\\b(limit|limits|limiting|control|controls|controlling|restrict|restricts|restricting|decide|decides|manage|manages|govern|governs|lock down|locks down) who (?:can|may|gets to|is allowed to|are allowed to)\\b(?! (?:be|become|lead|run)\\b)`, 'gi'), '$1 access permissions, who can', / who (?:can|may|gets to|is allowed to|are allowed to)\b/i],
  // "who is it for?" asks who should use it, not what it is for.
  [/\bwho(?:s| is| are|'s|'re)? (it|this|that|they|these|those) (?:actually |really |even |then )?(?:for|meant for|aimed at|built for)\b/gi, 'who should use $1'],
  // "where is that strong?", "where does it shine?": where it works best.
  [/\bwhere (?:is|are|does|do) (it|this|that|they) (?:actually |really |then )?(?:good|great|shine|shines|excel|excels|strong)\b/gi, 'where does $1 work best'],
  [/\bshoot (?:ourselves|yourself|themselves) in the foot\b/gi, 'mistakes'],
  // "what's the scheduler's role?", "what is the role of the controller manager?", "what role does it play?": the job a
  // part has, which its page tells as what it does or is for; the lookup would take "role" for access-control roles.
  // Only these shapes: "an rbac role", "which roles exist" are the access-control kind.
  [/\bthe ((?:[\w-]+ ){0,2}[\w-]+)(?:'s|’s) (?:role|function|purpose)\b/gi, 'the $1 for'],
  [/\bthe (?:role|function|purpose) (?:of|played by) ((?:the |an? )?(?:[\w-]+ ){0,2}?[\w-]+)(?=\s+(?:among|in|within|inside|here|there|then|exactly|precisely)\b|\s*[,.;:?!]|\s*$)/gi, '$1 for'],
  [/\bwhat (?:role|part) (?:does|do|did|will|would) ((?:[\w-]+ ){0,3}?[\w-]+) play\b/gi, 'what does $1 do'],
  // Chat shorthand for a request that leans on the last answer. Each becomes words the shared lists
  // already know, so they need no entry of their own there: "summary" is one of the SUMMARY_WORDS
  // (filler to the lookup, a cue to a follow-up), and "what do you mean" and "why" are filler.
  // The conversation rewrites a question before it looks it up, so the filler has no "tldr" or "wdym".
  [/^\s*y\s*\?+\s*$/gi, 'why?'],
  [/\bwdym\b/gi, 'what do you mean'],
  [/\btl\s*;?\s*dr\b/gi, 'summary'],
  [/\bkeep going\b/gi, 'continue'],
  [/\bin (?:plain |simple )?english\b/gi, 'simply'],
  // "show me it *in action*" asks for it at work, as "in practice" does.
  [/\bin action\b/gi, 'in practice'],
  // Asked alone ("in a nutshell, please"), how to say it is the whole request: the short version of the last answer.
  [/^\s*(?:(?:explain|say|put) (?:it|that|this) )?(?:in simple terms|in laymans? terms|in layman'?s terms|in a nutshell|at a high level)(?:\s+(?:please|pls|plz))?\s*[?.!]*\s*$/gi, 'simply?'],
  // How something is asked for, not what: "how does it work *under the hood*?" is "how does it work?".
  [/\b(?:under the hood|behind the scenes|in a nutshell|in simple terms|in laymans? terms|in layman'?s terms|at a high level)\b/gi, ''],
];

/**
 * Who may be the one deciding in "X decides who can …" without it being about permissions: a part of the system,
 * named as the knowledge base names it (each name of a concept that is not a start-here topic: "the scheduler",
 * "etcd", "raft"), with its plural. The start-here topics stay out: "how does kubernetes decide who can deploy?" is
 * the access-control question. Beside the names, the words that stand for the system or its members without naming
 * a concept: "it" (the thread's last answer), "cluster" and "managers" (a cluster's machines agreeing among themselves).
 */
function deciders(kb: KnowledgeBase): string {
  const names = kb.concepts.filter((c) => !c.featured).flatMap(namesOf).map((name) => name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, ' '));
  return [...new Set(['it', 'cluster', 'manager', ...names])].map((name) => `${name}s?`).join('|');
}

const idiomsOf = oncePer((kb: KnowledgeBase) => idioms(deciders(kb)));

/** The text with each idiom replaced by the plain word it means, and who it is for or where it will go read away. */
export function plainWords(kb: KnowledgeBase, text: string): string {
  return withoutAudience(idiomsOf(kb).reduce((out, [idiom, word, needs]) => (needs && !needs.test(out) ? out : out.replace(idiom, word)), text));
}
