// A label before the question saying who asks ("cto: …", "junior dev here: …") or where the message comes from
// ("cost memo: …", "pr comment on the deploy doc: …").

import { PEOPLE_WORDS, REQUEST_VERBS, TASK_VERBS } from '../chat-words.js';
import type { LookupIndex } from './lookup-index.js';
import { namedWithin } from './naming.js';
import { singular } from './normalize.js';
import { OPENS_QUESTION } from './question-words.js';
import { POINTS_BACK_ONLY } from './sentences.js';

/**
 * "cto: …", "security reviewer: …", "junior dev here: …", "pm asking: …": who asks, as a label before the
 * question. Up to three words ending in a job title, then a colon; a title may be hyphenated ("on-call:", "co-founder:").
 */
const ASKER_LABEL = /^\s*((?:[a-z]+(?:-[a-z]+)?\s+){0,3}[a-z]+(?:-[a-z]+)?)\s*:(?!\/)/;

/**
 * Job titles, as a label names who asks ("cto:", "qa lead here:", "junior here:"): the shared words for people
 * (../chat-words.ts). Read only in such a label: in the question itself ("our cto wants kubernetes, should we") a
 * title is a word like any other.
 */
const JOB_TITLES: ReadonlySet<string> = new Set([...PEOPLE_WORDS.roles, ...PEOPLE_WORDS.makers, ...PEOPLE_WORDS.levels]);

/** Words after a title in such a label: "dev *here*:", "pm *asking*:". */
const LABEL_TAIL: ReadonlySet<string> = new Set(['here', 'asking', 'question', 'q', 'speaking', 'wondering', 'again']);

/**
 * A person typed by handle as who speaks ("@lee asked …", "@kim wrote …"): never what is asked. Only at a word's start
 * ("me@host" is an address), not a scoped package ("@types/node"), and only before the words it says or does: a handle
 * pinged at the end ("who decides that? @cto") is left to read as before, a word we do not know. Platforms turn their own
 * mentions into markup their adapters remove; a handle typed or pasted as plain text stays, and would read as an unseen subject.
 */
const HANDLE = /(^|[\s(>"'])@([a-z][\w.-]*)(?![\w./-])(?=\s+[a-z])/g;

/**
 * The question without the people it names by handle: "@lee asked whether etcd …" is "asked whether etcd …". A handle
 * that is one of our names ("@etcd", "does @kubelet restart pods") is that name, the "@" only pointing at it.
 */
function withoutHandles(index: LookupIndex, text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(HANDLE, (_, before: string, handle: string) => (namesAnything(index, handle) ? `${before}${handle}` : `${before} `));
}

/**
 * "my lead says …", "our cto thinks that …", "the architect keeps saying …": who holds the claim, opening a sentence.
 * The claim is what is asked about; the person's word ("lead", "architect") is not, and read would count against it.
 */
const ATTRIBUTED = new RegExp(
  `(^|[.?!;]\\s+)(?:(?:my|our|the|a|one)\\s+)?(?:${[...JOB_TITLES, ...PEOPLE_WORDS.staff, 'team', 'everyone', 'everybody', 'someone', 'somebody', 'friend'].join('|')})s?` +
    `\\s+(?:says?|said|thinks?|thought|claims?|claimed|reckons?|insists?|insisted|believes?|swears?|keeps\\s+saying|told\\s+(?:me|us))\\s+(?:that\\s+)?`,
  'g',
);

/** The question without a label saying who asks or where it comes from: never one that names a concept of ours ("swarm manager: …"). */
export function withoutAsker(index: LookupIndex, typed: string): string {
  const text = withoutHandles(index, typed).replace(ATTRIBUTED, '$1');
  const label = ASKER_LABEL.exec(text);
  if (label?.[1] === undefined) return withoutLeadIn(index, text);
  const words = label[1].split(/\s+/);
  while (words.length > 1 && LABEL_TAIL.has(words[words.length - 1] as string)) words.pop();
  if (!JOB_TITLES.has(singular((words[words.length - 1] as string).replace(/-/g, '')))) return withoutLeadIn(index, text);
  if (namedWithin(index, label[1]).length > 0) return text;
  return text.slice(label[0].length);
}

/**
 * A line of context before a colon, pasted or typed ahead of the question: "cost memo:", "ticket abc-12:",
 * "asked by a new hire in #help:". Up to eight words with no question in them (group 1); the rest is
 * group 2.
 */
const LEAD_IN = /^\s*((?:[^\s:?]+\s+){0,7}[^\s:?]+)\s*:(?!\/)\s*(.*)$/s;

/**
 * What says a lead-in is where the message comes from: a kind of document, message or meeting, "from"/"via", a
 * channel ("#help") or an id ("abc-12", "#123"); or what the answer is for, as people outside engineering write it
 * ("for the team handbook:", "workshop handout:", "revision notes:", "screening question:"). Without one, the lead-in is the
 * asker's setting and is read.
 */
const SOURCE =
  /\b(?:e-?mails?|mail|tickets?|issues?|jira|reviews?|reviewers?|comments?|nits?|threads?|notes?|minutes|memo|pr|mr|retro|incidents?|postmortem|standup|stand-up|meetings?|docs?|design|diagrams?|glossary|dm|chat|channel|from|via|forwarded|fwd|re|cc|wiki|faq|handbook|readme|newsletter|blog|slides?|deck|presentation|talk|board|all-hands|briefing|report|proposal|rfc|pitch|budget|spreadsheet|onboarding|training|workshop|course|class|lecture|exams?|quiz|flashcards?|prep|revision|homework|hiring|questions?|cheat\s*sheets?)\b|#\S+|\b[a-z]+-\d+\b/;


/**
 * A request put as a command after a lead-in, as a task on an exam or a card: "quiz card: name the …", "homework: list
 * the …". The task verbs as well as the request verbs: after "homework:" a bare "list" can only be the task.
 */
const ASKED_FOR = new RegExp(`^\\s*(?:${[...REQUEST_VERBS, ...TASK_VERBS].join('|')})\\b`);

/**
 * "retro notes: which piece keeps the cluster state?", "forwarded from support: where does docker shine?": a lead-in
 * that says where the message comes from (SOURCE) and names nothing the knowledge base knows (no concept, no outside
 * term) is not what it asks; the question after it is read alone. Kept when it may be the subject: "sidecars: when do they start?"
 * names an outside term, and "manual scripts: why is that bad?" points back at it with nothing named after it.
 */
function withoutLeadIn(index: LookupIndex, text: string): string {
  // Most questions hold no colon: spared the pattern.
  if (!text.includes(':')) return text;
  const lead = LEAD_IN.exec(text);
  const [, label, rest] = lead ?? [];
  // A question after the lead-in: a question mark, or a question word or auxiliary opening it.
  if (label === undefined || rest === undefined || !(rest.includes('?') || OPENS_QUESTION.test(rest) || ASKED_FOR.test(rest)) || namesAnything(index, label)) return text;
  // "zero downtime required: what do we use", "tiny team, one box: …": the setting the answer depends on, not a source.
  if (!SOURCE.test(label)) return text;
  // A word in the question that may stand for what the lead-in named ("namespaces: how do we split teams across *them*?").
  if (POINTS_BACK_ONLY.test(rest) && namedWithin(index, rest).length === 0) return text;
  return rest;
}

/** Whether the text names a concept or an outside term, by a name standing whole in it. */
function namesAnything(index: LookupIndex, text: string): boolean {
  const words = text.split(/[^a-z0-9]+/).filter((w) => w !== '').map(singular);
  for (let length = Math.min(words.length, 4); length > 0; length--) {
    for (let at = 0; at + length <= words.length; at++) if (index.exact.has(words.slice(at, at + length).join(' '))) return true;
  }
  return false;
}
