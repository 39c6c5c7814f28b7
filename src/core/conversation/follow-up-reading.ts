import { looksLikeQuestion } from '../checklist/read-step-input.js';
import type { SituationFacts } from './thread-context.js';
import type { Concept } from '../content/schema.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isFiller, singular, terms, tokenize } from '../lookup/normalize.js';
import { lazy } from '../once-per.js';
import { stem } from '../stem.js';
import { conceptTerms, namedIn, namedInOrder, type ConceptTerms } from './concept-terms.js';
import { knownAnywhere, nameWords, neighbourhood, overlap, pronounSubject } from './follow-up-neighbours.js';
import { ANAPHORS, CONNECTIVES, CUES, cueAsVerb, HAVE, LEADS_ON, NEGATIONS, OTHER, PART, SETTING, TRAILS_ON, WEAK, widen } from './follow-up-words.js';
import { pointerAt, readInContext } from './read-in-context.js';

// What a follow-up is, worked out from its words and the thread's last answer: the facts every
// reader of the table in follow-up.ts decides on. Each is computed once, when a reader first needs
// it, so a message settled by an early reader pays for none of the lookups the later ones make.

export type { FollowUp } from './follow-up-ruling.js';

/** A word weighing this much for the lookup's own answer (a name or keyword: "hpa", "yaml") is the subject of the question. */
const KEYED = 2;
/** Up to this many words, a question naming no concept may lean on the last answer. */
const NAMELESS_WORDS = 5;

/** Words that point back alone ("is *that* bad?") and determine a noun after them ("*that* helm thing"). */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/** Nouns that say nothing but "something called …" after a name. */
const VAGUE = new Set(['thing', 'things', 'stuff', 'business', 'setup']);
/** A name of up to this many words between a demonstrative and a vague noun. */
const NAME_WORDS = 3;

/** Nouns for a kind of thing that a name may follow in apposition ("those *concepts*, pods"). */
const KIND_NOUNS = new Set([...VAGUE, 'concept', 'concepts', 'term', 'terms', 'idea', 'ideas', 'component', 'components', 'tool', 'tools']);

/**
 * The words after a demonstrative are a name (of a concept named in the message) and then a vague noun ("that helm
 * thing"), or a noun for a kind and then the name ("the first of those concepts, pods"): the name says what it is.
 */
function introducesName(after: readonly string[], names: ReadonlySet<string>): boolean {
  const end = after.findIndex((t) => VAGUE.has(t));
  if (end > 0 && end <= NAME_WORDS && after.slice(0, end).every((t) => names.has(singular(t)))) return true;
  const [kind = '', next = '', then = ''] = after;
  return KIND_NOUNS.has(kind) && names.has(singular(['the', 'a', 'an'].includes(next) ? then : next));
}

/**
 * "do I need *one*?", "could we edit *one* afterwards?", "can I host my *own*?": the thing just answered, left unsaid.
 * A verb of having or handling one, and at most a word of when after it.
 */
const STANDS_FOR_ONE =
  /\b(?:need|want|use|get|pick|choose|run|change|modify|edit|update|build|make|create|delete|remove|push|pull|share|tag|reuse|replace|move|copy|write) ones?(?: (?:later|again|afterwards|now|too|then|myself|ourselves))?$|\b(?:my|our|your|their) own$/;

/** What the thread tells around a follow-up beside its last answer (each as on Reading, empty when not given). */
export type ThreadRead = Partial<Pick<Reading, 'unsure' | 'statement' | 'situation' | 'earlier' | 'asked'>>;

export class Reading {
  readonly index: ConceptTerms;
  /** The text tokenized and joined by single spaces. */
  readonly lower: string;
  readonly tokens: readonly string[];

  /** The lookup's "did you mean" candidates, when it had no single answer. */
  readonly unsure: readonly Concept[];
  /** The words of the message the last answer was for, when that message did not name it. */
  readonly statement: readonly string[];
  /** The situation the thread described before, as checklist facts ("checklist/criterion" -> value). */
  readonly situation: SituationFacts;
  /** The thread's answers before the last one, most recent first. */
  readonly earlier: readonly string[];
  /** The question the last answer was for, as asked ('' when not known). */
  readonly asked: string;

  constructor(
    readonly kb: KnowledgeBase,
    readonly text: string,
    /** The thread's last answer. */
    readonly last: Concept,
    /** What the lookup makes of the text on its own. */
    readonly fresh: Concept | undefined,
    thread: ThreadRead = {},
  ) {
    ({ unsure: this.unsure = [], statement: this.statement = [], situation: this.situation = {}, earlier: this.earlier = [], asked: this.asked = '' } = thread);
    this.index = conceptTerms(kb);
    this.lower = tokenize(text).join(' ');
    this.tokens = this.lower.split(' ');
  }

  /** The last answer's own name words, stemmed. */
  readonly lastWords = lazy(() => new Set(nameWords(this.kb, this.last.id).map(stem)));

  /** "do I need *one*?", "can I host my *own*?": the thing just answered, left unsaid. */
  readonly standsFor = lazy(() => STANDS_FOR_ONE.test(this.lower));

  /** "the other mistakes", "the rest", "any others": beside the last answer, in its own kind; "other apps" is not. */
  readonly otherThan = lazy(() =>
    this.tokens.some((t, i) => {
      // "find each other" is reciprocal, not something beside the last answer.
      if (!OTHER.has(t) || this.tokens[i - 1] === 'each') return false;
      const next = this.tokens[i + 1];
      return next === undefined || isFiller(next) || next === 'one' || next === 'ones' || this.lastWords().has(stem(next));
    }),
  );

  /** The message points back: a pronoun, "the other", "one". */
  readonly anaphor = lazy(() => this.standsFor() || this.otherThan() || this.pointsBack());

  /**
   * A pointer that stands for something said before. "is *that* helm thing worth it?", "*this* gitops
   * stuff": a demonstrative before a name and a vague noun introduces that name; it points back at
   * nothing. Without the vague noun ("are *those* images scanned?" after registries) it still does.
   */
  private pointsBack(): boolean {
    const names = new Set(this.everyName().flatMap((id) => nameWords(this.kb, id)));
    let from = 0;
    for (;;) {
      const at = pointerAt(this.tokens.slice(from));
      if (at < 0) return false;
      const word = this.tokens[from + at] ?? '';
      if (!DEMONSTRATIVES.has(word) || !introducesName(this.tokens.slice(from + at + 1), names)) return true;
      from += at + 1;
    }
  }

  /**
   * The message's tokens without a demonstrative that introduces a name ("is *that* helm thing …"), so
   * that only a real pronoun can be the subject.
   */
  readonly pointingTokens = lazy(() => {
    const names = new Set(this.everyName().flatMap((id) => nameWords(this.kb, id)));
    return this.tokens.filter((t, i) => !(DEMONSTRATIVES.has(t) && introducesName(this.tokens.slice(i + 1), names)));
  });

  /** A pronoun is the subject of the question ("can *it* run pods?"): a name in it is its object. */
  readonly pronounIsSubject = lazy(() => pronounSubject(this.pointingTokens()));

  /** The concepts the question before named, in the order it named them ("x vs y": x, then y). */
  readonly namedBefore = lazy(() => namedInOrder(this.index, this.kb.spelledOut(this.asked)));

  /** Every concept the message names, the last answer included. */
  readonly everyName = lazy(() => namedIn(this.index, this.text));
  /** Concepts named in the message, other than the last answer. */
  readonly named = lazy(() => this.everyName().filter((id) => id !== this.last.id));

  /**
   * The name words of the concepts named. With a pronoun as the subject, a concept named is its object ("could
   * they carry several containers?" is still about pods): its name is no evidence for itself.
   */
  readonly namedWords = lazy(() => new Set(this.named().flatMap((id) => nameWords(this.kb, id))));
  /** The message's terms, in order. */
  readonly said = lazy(() => terms(this.text));

  /** "the *image part*", "the registry bit": a word after a name that points at the thing named. */
  pointing(t: string, i: number): boolean {
    return PART.has(t) && this.namedWords().has(this.said()[i - 1] ?? '');
  }

  /** "what about *plain* docker?": a word that only sets the name in a setting says nothing of its own. */
  setsName(t: string, i: number): boolean {
    return SETTING.has(t) && this.namedWords().has(this.said()[i + 1] ?? '');
  }

  /** "does X *support* it?": a verb of having before a final pronoun asks whether, and says nothing of its own. */
  hasIt(t: string, i: number): boolean {
    const said = this.said();
    return HAVE.has(t) && i === said.length - 2 && ANAPHORS.has(said[i + 1] ?? '');
  }

  /** The words that carry the question's own meaning: no filler, cue, pronoun, joining word, name or number. */
  readonly content = lazy(() =>
    this.said().filter(
      (t, i) =>
        !isFiller(t) &&
        (!CUES.has(t) || cueAsVerb(this.said(), i)) &&
        !ANAPHORS.has(t) &&
        !CONNECTIVES.has(t) &&
        !this.namedWords().has(t) &&
        !OTHER.has(t) &&
        !/^\d+$/.test(t) &&
        !this.pointing(t, i) &&
        !this.setsName(t, i) &&
        !this.hasIt(t, i),
    ),
  );

  /** The last answer's neighbours: what a follow-up may move to. */
  readonly neighbours = lazy(() => neighbourhood(this.kb, this.index, this.last));

  /** A word of a subject-less request ("why", "example", "more"). */
  readonly cue = lazy(() => this.tokens.some((t) => CUES.has(t)));

  /** The lookup alone lands on a neighbour of the last answer that the message does not name. */
  readonly reached = lazy(() => {
    const { fresh } = this;
    return fresh !== undefined && fresh.id !== this.last.id && this.neighbours().includes(fresh.id) && !this.named().includes(fresh.id);
  });

  /**
   * A word that names or keys the lookup's own answer ("what is hpa?") is a subject, not a bare question.
   * Words of a general family ("downsides", "worth") ask about an aspect of whatever is at hand.
   */
  readonly keyed = lazy(() => {
    const { fresh } = this;
    return fresh !== undefined && this.content().some((t) => widen(t).length === 1 && (this.index.weights.get(fresh.id)?.get(stem(t)) ?? 0) >= KEYED);
  });

  /** Signs that the message leans on the last answer rather than asking something of its own. */
  readonly leans = lazy(() => {
    const { fresh, tokens, text } = this;
    const content = this.content();
    const neighbours = this.neighbours();
    // "why?", "an example?" lean on the last answer; "how do I bake bread" only shares the "how".
    const aboutNeighbours = neighbours.some((id) => overlap(this.index, id, content) > 0) && (fresh === undefined || neighbours.includes(fresh.id));
    const noSubject = content.length === 0 || aboutNeighbours;
    // A short question the knowledge base cannot place on its own ("can I roll back?") leans on the last answer.
    const unplaced = fresh === undefined && looksLikeQuestion(text) && overlap(this.index, this.last.id, content) > 0 && tokens.length <= 6;
    // "what's inside?": a question of two or three words naming nothing leans on the last answer.
    const bare = this.cue() && this.named().length === 0 && tokens.length <= 3 && content.length <= 1 && !this.keyed();
    // "staging too?" adds to the last answer; "we use terraform as well" is a statement of its own.
    const trails = TRAILS_ON.test(this.lower) && (looksLikeQuestion(text) || tokens.length <= 3);
    return this.anaphor() || LEADS_ON.test(this.lower) || trails || (this.cue() && noSubject) || unplaced || bare;
  });

  /**
   * A short question that names no concept at all ("any downsides?", "explain") is about the last
   * answer when, read with its name put back, the knowledge base can answer it. A word nothing here
   * uses ("what is yaml") is a subject of its own; a bare word ("manager") is a topic typed.
   */
  readonly nameless = lazy(
    () =>
      this.everyName().length === 0 &&
      !this.keyed() &&
      this.tokens.length <= NAMELESS_WORDS &&
      looksLikeQuestion(this.text) &&
      this.content().every((t) => knownAnywhere(this.index, t)),
  );

  /** "and when would it *not be enough*?" after "when docker is enough": the last answer's own words, negated. */
  readonly negated = lazy(
    () =>
      this.tokens.some((t) => NEGATIONS.has(t)) &&
      this.content().every((t) => NEGATIONS.has(t) || WEAK.has(t) || this.lastWords().has(stem(t))),
  );

  /** "but when not?", "which other mistakes?": turned against the last answer, read by the thread alone. */
  readonly turned = lazy(() => this.otherThan() || this.negated());

  /** What the lookup makes of the message with the last answer's name put back (never for a turned question). */
  readonly inContext = lazy(() => (this.turned() ? undefined : readInContext(this.kb, this.text, this.last)));
}
