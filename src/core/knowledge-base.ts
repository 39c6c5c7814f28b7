import type { Article } from './content/article-schema.js';
import type { Checklist } from './content/checklist-schema.js';
import type { Content } from './content/load-content.js';
import type { Concept, OutsideTerm } from './content/schema.js';
import { buildLookupIndex, completeIndex, type LookupIndex, type LookupTables } from './lookup/lookup-index.js';
import { acrossArticles, ownNameWords, subjectWords } from './lookup-across.js';
import { lookup, type LookupResult } from './lookup/lookup.js';
import { keyOf, tokenize } from './lookup/normalize.js';
import { CONSONANTS_ONLY } from './lookup/spelling.js';
import { Suggester, type Suggestion } from './lookup/suggest.js';

export type { Suggestion } from './lookup/suggest.js';

/** Validated content plus the index over it: everything the bot knows, read-only once built. */
export class KnowledgeBase {
  readonly concepts: readonly Concept[];
  readonly checklists: readonly Checklist[];
  /** Neighbouring terms it does not cover, each with the nearest concepts it does. */
  readonly outsideTerms: readonly OutsideTerm[];
  /** The articles the content comes from, the main one first; none for content built by hand. */
  readonly articles: readonly Article[];
  private readonly articleByConcept: Map<string, Article>;
  private readonly byId: Map<string, Concept>;
  private readonly checklistById: Map<string, Checklist>;
  /** One lookup index per article: each ranks with its own vocabulary. */
  private readonly indexes: LookupIndex[];
  /** Per index, the words that name its article's subject and no other's: which articles a question names. */
  private readonly subjects: Array<Set<string>>;
  /** Per index, its concepts' name words no other article's names use: which article a tie belongs to. */
  private readonly names: Array<Set<string>>;
  private readonly suggester: Suggester;

  /**
   * `tables`: each article's lookup tables, built earlier over this same content by this same code
   * (read back from the knowledge-base cache); otherwise the indexes are built here.
   */
  constructor(content: Content, tables?: readonly LookupTables[]) {
    this.concepts = content.concepts;
    this.checklists = content.checklists;
    this.outsideTerms = content.outsideTerms ?? [];
    this.articles = content.articles ?? [];
    this.articleByConcept = new Map(this.articles.flatMap((a) => a.concepts.map((id) => [id, a] as const)));
    this.byId = new Map(content.concepts.map((c) => [c.id, c]));
    this.checklistById = new Map(content.checklists.map((c) => [c.id, c]));
    const groups = this.lookupGroups();
    this.indexes =
      tables?.length === groups.length
        ? groups.map((g, i) => completeIndex({ ...(tables[i] as LookupTables), concepts: g.concepts, outside: g.terms }))
        : groups.map((g) => buildLookupIndex(g.concepts, g.terms));
    this.subjects = subjectWords(this.indexes, groups.map((g) => g.subject));
    this.names = ownNameWords(this.indexes);
    this.suggester = new Suggester(this.concepts, () => this.topics, (text) => this.lookup(text));
  }

  concept(id: string): Concept | undefined {
    return this.byId.get(id);
  }

  checklist(id: string): Checklist | undefined {
    return this.checklistById.get(id);
  }

  /** A checklist by its id or its title as typed ("decide compose or swarm"), or the id as the first word. */
  findChecklist(name: string): Checklist | undefined {
    const key = keyOf(name);
    const first = name.trim().split(/\s+/)[0] ?? '';
    return this.checklist(name.trim()) ?? this.checklists.find((c) => keyOf(c.title) === key) ?? this.checklist(first);
  }

  /** The article a concept comes from; undefined only for content built without articles. */
  articleOf(conceptId: string): Article | undefined {
    return this.articleByConcept.get(conceptId);
  }

  /** The article whose glossary lists an uncovered term. */
  articleOfTerm(termId: string): Article | undefined {
    return this.articles.find((a) => a.terms.includes(termId));
  }

  /** The article a checklist belongs to. */
  articleOfChecklist(checklistId: string): Article | undefined {
    return this.articles.find((a) => a.checklists.includes(checklistId));
  }

  /** The checklist `decide` runs when none is named: the main article's marked default, else its first. */
  get defaultChecklist(): Checklist | undefined {
    const main = this.articles[0];
    return (main && this.defaultChecklistOf(main)) ?? this.checklists[0];
  }

  /** An article's own default checklist: the one it marks, else its first. */
  defaultChecklistOf(article: Article): Checklist | undefined {
    const id = article.default_checklist ?? article.checklists[0];
    return id === undefined ? undefined : this.checklist(id);
  }

  /** Every checklist in the order it is offered everywhere (buttons, lists, autocomplete): the default first. */
  offeredChecklists(): Checklist[] {
    const main = this.defaultChecklist;
    return main ? [main, ...this.checklists.filter((c) => c !== main)] : [...this.checklists];
  }

  lookup(question: string): LookupResult {
    return acrossArticles(this.indexes.map((index) => lookup(index, question)), question, this.subjects, this.names);
  }

  /**
   * The text's words with each one shortened to its consonants ("dkr") spelt out as the lookup reads it ("docker"): what
   * a thread keeps of a message reads as the lookup did. A word no article's speller spells out stays as typed.
   */
  spelledOut(text: string): string {
    const spelled = (word: string): string => {
      if (!CONSONANTS_ONLY.test(word)) return word;
      for (const index of this.indexes) {
        const found = index.correct(word);
        if (found !== undefined) return found.term;
      }
      return word;
    };
    return tokenize(text).map(spelled).join(' ');
  }

  /** Each article's lookup tables, in the order the constructor takes them back (for the cache). */
  lookupTables(): LookupTables[] {
    return this.indexes.map(({ concepts: _concepts, outside: _outside, everyday: _everyday, correct: _correct, ...tables }) => tables);
  }

  /** Concepts and uncovered terms by article; content built without articles is one group. */
  private lookupGroups(): Array<{ concepts: Concept[]; terms: OutsideTerm[]; subject: string }> {
    const inArticle = (ids: readonly string[]) => (x: { id: string }) => ids.includes(x.id);
    const groups = this.articles.map((a) => ({ concepts: this.concepts.filter(inArticle(a.concepts)), terms: this.outsideTerms.filter(inArticle(a.terms)), subject: `${a.title} ${a.subject}` }));
    const grouped = new Set(groups.flatMap((g) => g.concepts));
    const rest = this.concepts.filter((c) => !grouped.has(c));
    // Content built by hand (tests, benchmarks) has no articles: everything is one group.
    if (rest.length > 0 || groups.length === 0) groups.push({ concepts: rest, terms: this.outsideTerms.filter((t) => !this.articleOfTerm(t.id)), subject: '' });
    return groups.filter((g) => g.concepts.length > 0);
  }

  /**
   * Concepts to offer while someone types (autocomplete), best first: names equal to, starting with
   * or containing the text, then close ones (fuse.js, typos and half-typed words), then the lookup's
   * reading of it as a question. An empty text lists the topics.
   */
  suggest(typed: string, limit: number): Suggestion[] {
    return this.suggester.suggest(typed, limit);
  }

  /** Featured concepts first, then the rest, in file order. */
  get topics(): Concept[] {
    return [...this.concepts.filter((c) => c.featured), ...this.concepts.filter((c) => !c.featured)];
  }

  /** Checklists that offer themselves under an answer about this concept. */
  offersFor(conceptId: string): Checklist[] {
    return this.checklists.filter((c) => c.offer_on.includes(conceptId));
  }
}
