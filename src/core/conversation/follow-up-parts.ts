import { looksLikeQuestion } from '../checklist/read-step-input.js';
import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { ownId } from '../content/concept-id.js';
import { bulletNames } from '../lookup/idioms.js';
import { singular, tokenize } from '../lookup/normalize.js';
import { QUESTION_AUXILIARIES } from '../lookup/question-words.js';
import { namedIn, type ConceptTerms } from './concept-terms.js';
import { covers, nameWords, overlap } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import { placeOf, relationTarget } from './follow-up-relation.js';
import type { Ruling } from './follow-up-ruling.js';
import { LOCATED_BY, OPENERS, OPENING, WEAK } from './follow-up-words.js';

// Readers for a follow-up about what the last answer's own page tells of: the place of a thing it speaks of,
// what follows from it for such a thing, which of the parts it names is asked for, and what a plural pronoun
// stands for after a page about one thing.

/**
 * "where is an image stored?", "where do pods live?": where a thing named is, asked with its name and a verb. Terse chat
 * leaves the auxiliary out ("where img kept?", "where the pod gets its address").
 */
const WHERE_NAMED = new RegExp(`${OPENING}where (?:(?:is|are|do|does|did|can|will|would|should) )?(?:the |a |an |my |our |your |all |those |these )?(.+)$`);
/** "where does *it* go?": the place asked of a pronoun. */
const PRONOUN_FIRST = /^(?:it|they|them|that|this|those|these)\b/;

/**
 * "where does the image sit between build and deploy?" after the build-ship-run pipeline ("a registry holds it"),
 * "where do pods live?" after pods: the place of a thing the last answer is about, asked with that
 * thing's name where a pronoun would do. The last answer's own sentences say where, by the question's verb or a
 * verb of being somewhere; the last answer's own name repeated reads as the pronoun would ("where do they run?").
 */
export function placeOfNamed(r: Reading): Ruling {
  // "the shipping bit - where are images kept?": words before the question only point at where in the story it is.
  const lastClause = tokenize(r.text.split(/[,;:\u2014\u2013]|\s-\s/).filter((c) => c.trim() !== '').at(-1) ?? '').join(' ');
  const rest = WHERE_NAMED.exec(r.lower)?.[1] ?? WHERE_NAMED.exec(lastClause)?.[1];
  // "where do images fit in?", "where does it belong?" ask for a role in the whole, not for a place.
  if (rest === undefined || /\b(?:fit|fits|belong|belongs|come in|comes in)\b/.test(rest)) return undefined;
  // "so the image gets built first?" answered with the whole pipeline, then "where does it go?": the pronoun is a thing
  // that question named beside the answer, the one whose place the answer tells. (Had it named the answer, the pronoun
  // would be the answer.)
  if (PRONOUN_FIRST.test(rest) && r.everyName().length === 0 && !r.namedBefore().includes(r.last.id)) {
    const places = new Set(r.namedBefore().flatMap((id) => (id === r.last.id ? [] : (placeOfThing(r, id) ?? []))));
    const [only] = places;
    const concept = places.size === 1 && only !== undefined ? r.kb.concept(only) : undefined;
    return concept ? { concept, how: 'related', rule: 'place-of-asked' } : undefined;
  }
  const [thing, ...others] = namedIn(r.index, rest);
  if (thing === undefined || others.length > 0 || r.everyName().length !== 1) return undefined;
  const found = placeOfThing(r, thing);
  const concept = found === undefined ? undefined : r.kb.concept(found);
  return concept ? { concept, how: 'related', rule: 'place-of-named' } : undefined;
}

/** Where the last answer's own sentences put the thing, by the question's verb or a verb of being somewhere. */
function placeOfThing(r: Reading, thing: string): string | undefined {
  const own = new Set(nameWords(r.kb, thing));
  // Being kept somewhere is being there: "where does the image sit?" meets "a registry holds it".
  const words = [...r.content().filter((t) => !own.has(singular(t)) && !WEAK.has(t)), ...LOCATED_BY, 'kept'];
  const near = r.neighbours();
  const found = thing === r.last.id ? relationTarget(r.kb, r.index, r.last, words, near)?.id : mentionedBy(r, thing) ? placeOf(r.kb, r.index, r.last, words, thing, near) : undefined;
  return found === thing ? undefined : found;
}

/** The last answer's page names the thing in a sentence. */
function mentionedBy(r: Reading, id: string): boolean {
  const page = `${r.last.summary}. ${r.last.body}`;
  return page.split(/[.;:!?\n]+/).some((s) => namedIn(r.index, s).includes(id));
}

/**
 * "so … now?", "so … anymore?", "do we … then?": what follows, for a thing, from what the last answer just said: drawn
 * with "so", or asked yes or no (any auxiliary that opens a question, and "must") with a closing "then"/"now" that leans on it.
 */
const CONSEQUENCE = new RegExp(
  `^(?:(?:${[...OPENERS].join('|')}) )*(?:so (?!what|which|how|why|where|when|who)(?:\\w+ )+?(?:now|anymore|any more|then|no longer|still)\\b|(?:${[...QUESTION_AUXILIARIES, 'must'].join('|')}) (?:\\w+ )+(?:now|anymore|any more|then)$)`,
);

/** "will …", "would … still …": what is going to happen to a thing, asked as a yes/no question. */
const WILL = new RegExp(`${OPENING}(?:will|would|wont|wouldnt)\\b`);

/**
 * "so our images all break now?" after the page on the runtime standard: a consequence drawn from the last answer
 * for a thing its page speaks of again and again. The last answer tells what follows for it; the thing's own page
 * does not know what just changed.
 */
export function consequenceFor(r: Reading): Ruling {
  const named = r.named();
  // "will our images break?" after the runtime standard: asked with "will", and read alone (or, when that finds
  // nothing, with the last answer's name put back) it lands on the last answer.
  const willFollow = WILL.test(r.lower) && (r.fresh ?? r.inContext())?.id === r.last.id;
  if (named.length === 0 || r.last.featured || !looksLikeQuestion(r.text) || !(CONSEQUENCE.test(r.lower) || willFollow)) return undefined;
  return named.every((id) => covers(r.index, r.last, id)) ? { concept: r.last, how: 'same', rule: 'consequence' } : undefined;
}

/** "which part …", "what component …", "which piece …": one of the parts the last answer is made of, asked for. */
const WHICH_PART = new RegExp(`${OPENING}(?:which|what|whats)(?: \\w+ly)? (?:part|parts|component|components|piece|pieces|bit)\\b`);

/**
 * "which piece do we send our requests to?" after the control plane: of the parts the last answer's page names
 * among the pages it relates to, the one whose own words answer the rest of the question best, when one clearly does
 * and the last page itself does not answer it as well ("which part reads the yaml?" after Compose stays there).
 */
export function partAskedFor(r: Reading): Ruling {
  if (!WHICH_PART.test(r.lower) || r.turned() || r.everyName().length > 0) return undefined;
  const content = r.content().filter((t) => !['part', 'parts', 'component', 'components', 'piece', 'pieces', 'bit'].includes(t));
  if (content.length === 0) return undefined;
  const page = `${r.last.summary}. ${r.last.body}`.split(/[.;:!?\n]+/).flatMap((s) => namedIn(r.index, s));
  const parts = [...new Set(page)].filter((id) => id !== r.last.id && r.last.related.includes(id));
  const ranked = parts.map((id) => ({ id, score: overlap(r.index, id, content) })).sort((a, b) => b.score - a.score);
  const [best, next] = ranked;
  const itself = overlap(r.index, r.last.id, content);
  const clear = best !== undefined && best.score > 0 && best.score > itself && (next === undefined || best.score > 2 * next.score);
  const concept = clear ? r.kb.concept(best.id) : undefined;
  return concept ? { concept, how: 'related', rule: 'part-asked' } : undefined;
}

/** "what are those?", "what are they exactly?", "what is one of these?": a bare question for what a plural pronoun stands for. */
const WHAT_ARE_THOSE = new RegExp(
  `${OPENING}(?:what|whats)(?: (?:exactly|again|really|then))* (?:(?:are|r) (?:those|these|they)|(?:is )?(?:one|each) of (?:those|these|them))(?: (?:exactly|again|really|then|even|now))*$`,
);

/**
 * "so what are these?" after the registry ("a container registry stores images …"): a plural pronoun after a
 * page about one thing stands for the first things its summary names in the plural, not for the page itself. After a
 * page about things in the plural ("Pods") it is that page again.
 */
export function pluralPointer(r: Reading): Ruling {
  if (!WHAT_ARE_THOSE.test(r.lower)) return undefined;
  const own = ownId(r.last.id).split('-').at(-1) ?? '';
  const titled = tokenize(r.last.title).at(-1) ?? '';
  if (titled !== singular(titled) && singular(titled) === own) return undefined;
  const near = new Set(r.neighbours().filter((id) => id !== r.last.id));
  const summary = tokenize(r.last.summary);
  for (const [i, t] of summary.entries()) {
    if (t === singular(t)) continue;
    // The longest name ending on the plural word: "container images", "nodes".
    for (let from = Math.max(0, i - 3); from <= i; from++) {
      // Only a name whose singular is typed plural ("images"), never a name that merely ends in s ("kubernetes").
      const id = r.index.names.get([...summary.slice(from, i), singular(t)].join(' '));
      if (id !== undefined && near.has(id) && !ownId(id).split('-').includes(t)) {
        const concept = r.kb.concept(id);
        if (concept) return { concept, how: 'related', rule: 'plural-pointer' };
      }
    }
  }
  return undefined;
}

/**
 * "the first one" after the page listing a kind (the mistakes teams make): the item in that place of its list. The
 * list's items are its first related pages, as many as its body has bullet lines. A bare number after any other page
 * stays on it: a stray "1" must not land on whatever a page happens to list first.
 */
export function itemOfList(kb: KnowledgeBase, last: Concept, n: number): Concept | undefined {
  const id = n >= 1 ? listItems(last)[n - 1] : undefined;
  return id === undefined ? undefined : kb.concept(id);
}

/** "what mistakes …", "which pitfalls …": things of a kind asked for by the kind's word. */
const KIND_ASKED = new RegExp(`${OPENING}(?:what|which) (?:kind of |sort of |other )?(\\w+)\\b`);

/**
 * "which mistakes would that spare us?" after the simplest-tool advice: the page listing that kind (where teams go
 * wrong, whose listed items are each named a mistake), when it is beside the last answer and is not the last answer.
 */
export function kindAskedFor(r: Reading): Ruling {
  const word = KIND_ASKED.exec(r.lower)?.[1];
  if (word === undefined || word === singular(word)) return undefined;
  const kind = singular(word);
  const lists = r.neighbours().filter((id) => {
    const page = r.kb.concept(id);
    const items = page && id !== r.last.id ? listItems(page) : [];
    return items.length > 1 && items.every((item) => ownId(item).split('-').includes(kind));
  });
  // A thing named other than the list itself is a subject of its own ("what mistakes do pods cause?").
  if (r.named().some((id) => !lists.includes(id))) return undefined;
  const [only, ...more] = lists;
  const concept = only !== undefined && more.length === 0 ? r.kb.concept(only) : undefined;
  return concept ? { concept, how: 'related', rule: 'kind-asked' } : undefined;
}

/**
 * "the second one, how does it work?" after the node page, whose bullets open on the kubelet, kube-proxy and the container
 * runtime: that item of the list the last page shows, when each of its bullets opens on the name of one concept.
 */
export function itemAskedAbout(r: Reading): Ruling {
  const place = ITEM_ASKED.exec(r.lower)?.[1];
  const n = place === undefined ? undefined : PLACES[place];
  if (n === undefined || r.named().length > 0) return undefined;
  const items = namedItems(r.index, r.last);
  const id = n === -1 ? items.at(-1) : items[n - 1];
  const concept = id === undefined ? undefined : r.kb.concept(id);
  return concept ? { concept, how: 'related', rule: 'item-asked' } : undefined;
}

/**
 * "the first one", "the 2nd thing", "the last bit": a place in a list, with a word standing for the item, put first ("and
 * the second one, …", "tell me about the first one"). "which is the first one to fail?" ranks; it does not point.
 */
const ITEM_ASKED =
  /^(?:(?:and|ok|okay|so|now|what about|how about|tell me (?:more )?about|explain|more on)\s+)*the (first|second|third|fourth|1st|2nd|3rd|4th|last) (?:one|thing|item|bit|piece|part|component|point)\b(?!\s+(?:to|that|which|who)\b)/;
const PLACES: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };

/**
 * The concepts the bullets of a page open on ("- **kubelet**: …"), in order, when every bullet opens on a name. The
 * lookup reads the same bullets for "which component on <place>" (lookup/idioms.ts partsListedAt, by exact name).
 */
function namedItems(index: ConceptTerms, page: Concept): string[] {
  const listed = listItems(page);
  if (listed.length > 0) return listed;
  const heads = bulletNames(page);
  // The longest name in each head ("container runtime", not "container").
  const ids = heads.map((head) => namedIn(index, head)[0]);
  return ids.length > 1 && ids.every((id) => id !== undefined) ? (ids as string[]) : [];
}

/**
 * The pages a list page lists: its first related pages, as many as its body has bullet lines. Other pages' lists are
 * read from their bullets' bold names (namedItems above).
 */
export function listItems(page: Concept): string[] {
  if (!page.list) return [];
  const bullets = page.body.split('\n').filter((line) => /^\s*[-*] /.test(line)).length;
  return page.related.slice(0, bullets);
}
