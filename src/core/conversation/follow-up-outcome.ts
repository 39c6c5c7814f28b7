import type { KnowledgeBase } from '../knowledge-base.js';
import { namesOf } from '../lookup/lookup-index.js';
import { isFiller, terms } from '../lookup/normalize.js';
import { stem } from '../stem.js';
import { conceptTerms, namedIn, type ConceptTerms } from './concept-terms.js';
import { oncePer } from '../once-per.js';
import { listItems } from './follow-up-parts.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { OPENING, widen } from './follow-up-words.js';

// The reader for "what happens if we <do something>?": the mistake page a course of action is, told by the words
// that page alone is named by, and never by one everyday word of the trade.

/** "what happens if we …", "what would happen when we …": the outcome of a course of action the person takes. */
const OUTCOME = new RegExp(`${OPENING}(?:so )?what (?:happens|happen|would happen|will happen|goes wrong|would go wrong) (?:if|when|once) (?:we|i|you|they|a team|teams) (.+)$`);

/**
 * "what happens if we keep stretching docker?" after Docker's limits: the outcome of a course of action is told by
 * the pages a list page lists as what goes wrong (the mistakes teams make). Every such page is weighed, not only
 * those beside the last answer, and only on its own distinctive words (`distinctiveWords`: "too early", "staying",
 * "scripts"), never on the names they all share ("docker", "kubernetes"): a course that names only the subject ("put
 * it in production", "go managed") is no mistake and is left to the readers after, as is a tie. Such a word counts
 * only when it is rare in the whole knowledge base (`tellsAlone`: "early", "scripts"), or when the course also says a
 * name the page shares with the others ("stay on docker", "start with kubernetes"): an everyday word of the trade
 * ("deploy during peak" after a rolling update, "need a second server" after Compose) tells no mistake.
 */
export function outcomeOfCourse(r: Reading): Ruling {
  const course = OUTCOME.exec(r.lower)?.[1];
  if (course === undefined) return undefined;
  const { listed, own: distinctive } = listedWords(r.kb);
  const asked = terms(course).filter((t) => !isFiller(t));
  const ranked = listed
    .map((id) => {
      const own = distinctive.get(id) as Distinctive;
      // A word of the page's names may be said in other words ("remain on docker" for "staying on docker");
      // a keyword only as it is ("keeps breaking" is no "keep" of data).
      const fits = (t: string): boolean => own.all.has(stem(t)) || widen(t).some((w) => own.names.has(w));
      // Beside a word of the page's names the mistake pages share ("stay on docker"), every fitting word counts.
      const beside = asked.some((t) => own.shared.has(stem(t)));
      return { id, score: asked.filter((t) => fits(t) && (beside || tellsAlone(r.kb, id, t, own.names))).length };
    })
    .sort((a, b) => b.score - a.score);
  const [best, next] = ranked;
  const concept = best !== undefined && best.score > 0 && (next === undefined || best.score > next.score) ? r.kb.concept(best.id) : undefined;
  return concept ? { concept, how: concept.id === r.last.id ? 'same' : 'related', rule: 'outcome' } : undefined;
}

/** A listed page's own words, as `distinctiveWords` tells them. */
interface Distinctive {
  names: Set<string>;
  all: Set<string>;
  shared: Set<string>;
}

/** For each knowledge base, the pages its list pages list and each one's distinctive words: the same for every message. */
const listedWords = oncePer((kb: KnowledgeBase): { listed: readonly string[]; own: ReadonlyMap<string, Distinctive> } => {
  const listed = [...new Set(kb.concepts.flatMap(listItems))];
  return { listed, own: new Map(listed.map((id) => [id, distinctiveWords(kb, conceptTerms(kb), id, listed)])) };
});

/** The stemmed words of lines, fillers left out. */
function wordsOf(lines: readonly string[]): string[] {
  return lines.flatMap((n) => terms(n)).filter((t) => !isFiller(t)).map(stem);
}

/** The stemmed words of a page's names: its id's own part, its title and its aliases. */
function nameWordsOf(kb: KnowledgeBase, page: string): string[] {
  const concept = kb.concept(page);
  return concept ? wordsOf(namesOf(concept)) : [];
}

/** For each knowledge base, the pages whose names have each stemmed word, and the pages whose text does. */
const kbWords = oncePer((kb: KnowledgeBase): { named: Map<string, Set<string>>; used: Map<string, Set<string>> } => {
  const named = new Map<string, Set<string>>();
  const used = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, w: string, id: string): void => void map.set(w, (map.get(w) ?? new Set()).add(id));
  for (const c of kb.concepts) {
    for (const w of nameWordsOf(kb, c.id)) add(named, w, c.id);
    for (const w of wordsOf([c.title, ...c.aliases, ...c.keywords, c.summary, c.body, ...Object.values(c.deeper ?? {})])) add(used, w, c.id);
  }
  return { named, used };
});

/**
 * Whether a word of a course that fits page `id` tells that page by itself: neither the word as said nor the word of
 * the page's names it stands for ("remain" for "stay") names any other page of the knowledge base, and the text of
 * most pages does not use it. "deploy" names rolling updates too, "need" (said for "overkill") the page on when
 * Kubernetes is worth it, and "one" (of "day one") is in nearly every page: everyday talk, telling no mistake alone.
 */
function tellsAlone(kb: KnowledgeBase, id: string, said: string, names: ReadonlySet<string>): boolean {
  const { named, used } = kbWords(kb);
  const namesOnlyIt = (word: string): boolean => {
    for (const page of named.get(word) ?? []) if (page !== id) return false;
    return true;
  };
  const rare = (word: string): boolean => namesOnlyIt(word) && (used.get(word)?.size ?? 0) * 2 <= kb.concepts.length;
  return rare(stem(said)) && widen(said).filter((w) => names.has(w)).every(rare);
}

/**
 * A page's own words (title and aliases: `names`; those and its keywords: `all`; stemmed) that no other page of
 * `pages` has and that name no concept: what tells it apart from the pages beside it ("early" for Kubernetes too
 * early, "long" and "scripts" for Docker beyond its limits), where the tools' names every such page shares tell nothing
 * on their own (`shared`: the words of its names that another page of `pages` has in its names too, "docker", "kubernetes").
 */
function distinctiveWords(kb: KnowledgeBase, index: ConceptTerms, id: string, pages: readonly string[]): Distinctive {
  const own = (page: string): string[] => [...nameWordsOf(kb, page), ...wordsOf(kb.concept(page)?.keywords ?? [])];
  const others = new Set(pages.filter((page) => page !== id).flatMap(own));
  const distinct = (list: readonly string[]): Set<string> => new Set(list.filter((w) => !others.has(w) && namedIn(index, w).length === 0));
  const namedBeside = new Set(pages.filter((page) => page !== id).flatMap((page) => nameWordsOf(kb, page)));
  return { names: distinct(nameWordsOf(kb, id)), all: distinct(own(id)), shared: new Set(nameWordsOf(kb, id).filter((w) => namedBeside.has(w))) };
}
