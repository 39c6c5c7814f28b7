// Words that say who asks or which whole a part belongs to, not what is asked: "my manager thinks …",
// "they asked me what …", "which control plane component …".

import type { Concept } from '../content/schema.js';
import { namesOf, type LookupIndex } from './lookup-index.js';
import { wordsOf } from './naming.js';
import { isFiller, singular } from './normalize.js';
import { type Term } from './read-question.js';
import { QUESTION_WORDS } from './question-words.js';

/** Words for someone's role at work that are also words of ours ("manager" of swarm managers, "leader" of raft). */
const ROLES: ReadonlySet<string> = new Set(['manager', 'leader']);
const POSSESSIVE: ReadonlySet<string> = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/** What people do that machines do not, in chat about them: think, say, want, ask, insist (each as typed and as read). */
const PEOPLE_DO: ReadonlySet<string> = new Set(
  'think thought say said keep kept want wanted ask asked tell told insist insisted believe believed claim claimed suggest suggested push pushed'.split(' ').flatMap((w) => [w, singular(`${w}s`)]),
);

/**
 * "my manager thinks …", "explain it to my manager": after a possessive, a role that then thinks, says or
 * wants something, or ends the question, names a person, a word we never use; "our manager nodes" and "our
 * managers lost quorum" still name the machines. Read in place as chat: who asks is not what is asked.
 */
export function readPeople(seq: Term[]): void {
  for (let at = 1; at < seq.length; at++) {
    const word = seq[at] as Term;
    if (!ROLES.has(word.term) || !POSSESSIVE.has((seq[at - 1] as Term).term)) continue;
    const next = seq[at + 1];
    if (next !== undefined && !PEOPLE_DO.has(next.term)) continue;
    seq[at] = { ...word, similarity: 0, chat: true };
  }
  // "they asked me what a pod is": a question reported, not a thing asking for something ("asks for a new pod").
  for (let at = 0; at < seq.length; at++) {
    if ((seq[at] as Term).term !== 'ask') continue;
    let next = at + 1;
    while (OBJECTS.has(seq[next]?.term ?? '')) next++;
    if (!QUESTION_WORDS.has(seq[next]?.term ?? '')) continue;
    seq[at] = { ...(seq[at] as Term), similarity: 0, chat: true };
    // "my boss asked me what …": who asked, after a possessive, is a person too, whatever word names them.
    if (at >= 2 && POSSESSIVE.has((seq[at - 2] as Term).term)) seq[at - 1] = { ...(seq[at - 1] as Term), similarity: 0, chat: true };
  }
}

/** Who a question is asked of: "asked *me* what …". */
const OBJECTS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'her', 'them', 'you']);

/** Words for one part of a whole: "which control plane *component*". */
export const PART: ReadonlySet<string> = new Set(['component', 'process', 'part', 'piece', 'bit', 'program', 'element']);
const QUESTION_PART: ReadonlySet<string> = new Set(['which', 'what']);
/** Words for the machines a whole is made of, after its name: "swarm *managers*", "etcd *members*". */
const MEMBERS: ReadonlySet<string> = new Set(['manager', 'member', 'peer']);

/**
 * "how do swarm managers agree", "what do etcd members store": the name right before a member word is whose
 * members they are, when it names a concept. Not when the member word completes a name of its own ("controller
 * manager"), of another concept or of the same one ("swarm manager" is swarm's; "controller manager" is not the
 * managers of a controller).
 */
function wholeOfMembers(index: LookupIndex, seq: readonly Term[], at: number): number | undefined {
  const member = (seq[at] as Term).term;
  if (!MEMBERS.has(member)) return undefined;
  let start = at;
  while (start > 0 && at - start < 3 && index.nameTerms.has((seq[start - 1] as Term).term)) start--;
  const nameOf = (from: number, to: number): number | undefined => index.exact.get(seq.slice(from, to).map((w) => w.term).join(' '));
  let whole: number | undefined;
  for (let from = start; from < at && whole === undefined; from++) whole = nameOf(from, at);
  // Only a whole known to have such members ("swarm" speaks of its managers; "kubernetes" and "node" do not).
  if (whole === undefined || whole >= index.concepts.length || (index.postings.get(member)?.get(whole) ?? 0) < 1) return undefined;
  for (let from = start; from < at; from++) {
    const named = nameOf(from, at + 1);
    if (named !== undefined && named !== whole) return undefined;
  }
  const [id, title] = namesOf(index.concepts[whole] as Concept);
  return wordsOf(`${id} ${title}`).includes(` ${member} `) ? undefined : whole;
}

/**
 * "which control plane component stores the state", "what part of docker runs containers": the name
 * before or after the part word is the whole it belongs to, not its answer when one of its parts is
 * found (partsOf). Returns the entries those names stand for, each with the member word its part must
 * speak of ("swarm *managers*"), if any.
 */
export function readPartOf(index: LookupIndex, seq: readonly Term[]): Map<number, string | undefined> {
  const wholes = new Map<number, string | undefined>();
  // The words that name the whole: the longest run from the part's side that is a name.
  const mark = (start: number, end: number, from: 'start' | 'end'): void => {
    for (let length = end - start; length > 0; length--) {
      const [a, b] = from === 'start' ? [start, start + length] : [end - length, end];
      // "which part of the cluster stores state": a name that leaves a single word after it took the verb
      // ("cluster store"); what a part does needs a verb and more.
      if (from === 'start' && length > 1 && seq.slice(b).filter((w) => !isFiller(w.term)).length === 1) continue;
      const whole = index.exact.get(seq.slice(a, b).map((w) => w.term).join(' '));
      if (whole === undefined) continue;
      wholes.set(whole, undefined);
      return;
    }
  };
  const asks = (at: number): boolean => QUESTION_PART.has(seq[at]?.term ?? '');
  for (let at = 1; at < seq.length; at++) {
    // "how do swarm managers agree": the managers' whole, answered only by a part that speaks of its managers.
    const member = wholeOfMembers(index, seq, at);
    if (member !== undefined) {
      wholes.set(member, (seq[at] as Term).term);
      continue;
    }
    if (!PART.has((seq[at] as Term).term)) continue;
    // "which control plane component"
    let start = at;
    while (start > 0 && at - start < 3 && index.nameTerms.has((seq[start - 1] as Term).term)) start--;
    if (start < at && asks(start - 1)) mark(start, at, 'end');
    // "which part of the control plane"
    if (!asks(at - 1) || seq[at + 1]?.term !== 'of') continue;
    const from = ['the', 'a', 'an'].includes(seq[at + 2]?.term ?? '') ? at + 3 : at + 2;
    let end = from;
    while (end < seq.length && end - from < 3 && index.nameTerms.has((seq[end] as Term).term)) end++;
    if (end > from) mark(from, end, 'start');
  }
  return wholes;
}

/** A part scoring at least this share of the whole it belongs to is what "which part of x" asks for. */
const PART_SHARE = 0.6;

/**
 * Only the parts of the wholes a question asks for a part of (concepts a whole's page relates to or names),
 * when the best of them scores near the whole: "what node component forwards that" is kube-proxy, not the
 * Service its words also fit. All candidates otherwise: "which part of compose reads the yaml" asks about
 * compose, which has no part that could answer.
 */
export function partsOf(index: LookupIndex, final: Array<[number, number]>, wholes: ReadonlyMap<number, string | undefined>): Array<[number, number]> {
  if (wholes.size === 0) return final;
  // A whole's members' part speaks of them: "etcd members" ask about raft, not about the api server etcd's page names.
  const speaks = (entry: number, member: string | undefined): boolean => member === undefined || (index.postings.get(member)?.get(entry) ?? 0) >= 1;
  // A start-here page ("kubernetes", "docker") is a whole every other page is a part of: "which part of k8s handles access" is rbac.
  const partSets = [...wholes]
    .filter(([w]) => w < index.concepts.length)
    .map(([w, member]) => ({ set: (index.concepts[w] as Concept).featured === true ? allBut(index, w) : partsOfWhole(index, w), member }));
  const parts = final.filter(([entry]) => !wholes.has(entry) && partSets.some(({ set, member }) => set.has(entry) && speaks(entry, member)));
  // A part far below the whole ("compose" for "which part of compose reads the yaml") is no part asked for.
  const top = Math.max(...final.filter(([entry]) => wholes.has(entry)).map(([, score]) => score), 0);
  const best = Math.max(...parts.map(([, score]) => score), 0);
  // Nor one far below a page the whole's page does not relate to: "which part of k8s handles permissions" is rbac,
  // not the costs page kubernetes points to.
  const other = Math.max(...final.filter(([entry]) => !wholes.has(entry) && !parts.some(([p]) => p === entry)).map(([, score]) => score), 0);
  return best > 0 && best >= PART_SHARE * top && best >= PART_SHARE * other ? parts : final;
}

/** Every concept but one. */
function allBut(index: LookupIndex, whole: number): Set<number> {
  const all = new Set(index.concepts.keys());
  all.delete(whole);
  return all;
}

/** What the "which part" reading keeps per index, worked out once: each concept's names, each whole's parts. */
interface RolesCache {
  /** Each concept's names as wordsOf keys them (" name "). */
  names: string[][];
  /** Each whole's parts, found on its first "which part" question. */
  parts: Map<number, Set<number>>;
}

// One entry per index: reading a page's text, or keying every concept's names, for every question cost milliseconds.
const rolesCache = new WeakMap<LookupIndex, RolesCache>();

function rolesOf(index: LookupIndex): RolesCache {
  let cache = rolesCache.get(index);
  if (!cache) rolesCache.set(index, (cache = { names: index.concepts.map((c) => namesOf(c).map(wordsOf)), parts: new Map() }));
  return cache;
}

/** The concepts a whole's page relates to or names in its summary or body. */
function partsOfWhole(index: LookupIndex, whole: number): Set<number> {
  const { names, parts: byWhole } = rolesOf(index);
  const known = byWhole.get(whole);
  if (known) return known;
  const concept = index.concepts[whole] as Concept;
  // Keyed once: keying the page and every name again for each concept was most of a first "which part" question.
  const words = wordsOf(`${concept.summary} ${concept.body}`);
  const parts = new Set<number>();
  index.concepts.forEach((part, entry) => {
    if (entry !== whole && (concept.related.includes(part.id) || (names[entry] as string[]).some((name) => words.includes(name)))) parts.add(entry);
  });
  byWhole.set(whole, parts);
  return parts;
}
