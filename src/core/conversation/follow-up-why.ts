import { looksLikeQuestion } from '../checklist/read-step-input.js';
import { singular } from '../lookup/normalize.js';
import { BE_OR_DO, nameWords } from './follow-up-neighbours.js';
import type { Reading } from './follow-up-reading.js';
import { FRESH, type Ruling } from './follow-up-ruling.js';
import { ANAPHORS, DETERMINERS, OPENING, PLACING, SUBORDINATORS } from './follow-up-words.js';

// A "why" follow-up that leans on the last answer: why the thing itself is as it is, or a question of its own
// about the thing it names.

/**
 * "why does it sit on each machine?": why the thing itself is as it is. The pronoun is the subject, so a
 * thing named is its object, and what the lookup reads in the other words (another page about machines) is not
 * what is asked.
 */
export function whyOfItself(r: Reading): Ruling {
  const asked = WHY.exec(r.lower);
  // "why does it need kubernetes at scale?" after docker: the thing named is what the why is about, a question of
  // its own. Named only as a place ("why is it on each of the nodes?") or in a clause of its own ("why do I need it
  // if pods have IPs?") it leaves the why on the last answer; so does a pronoun as the object ("why does kubernetes
  // need *it*?" is still about the last answer).
  const pronounAsObject = r.anaphor() && !r.pronounIsSubject();
  if (asked && !pronounAsObject && r.named().some((id) => !namedAsSetting(r, id))) return FRESH;
  // "why so slow?", "why useful": after "why" only what is said of the last answer, its "is it" left out.
  const next = asked?.[1]?.split(' ')[0] ?? '';
  const subject = r.pronounIsSubject() || (next !== '' && !OPENS_CLAUSE.has(next) && !ANAPHORS.has(next) && !DETERMINERS.has(next));
  // After a statement the pronoun may stand for what was said (whatWasSaid, in follow-up-leaning.ts), not for the page it got.
  return asked && subject && !r.turned() && r.statement.length === 0 ? { concept: r.last, how: 'same', rule: 'why-itself' } : undefined;
}

/** "why", "how come", and what follows. */
const WHY = new RegExp(`${OPENING}(?:why|how come)\\b ?(.*)$`);
/** Words that open a clause with a subject of its own after "why" ("why *do* …", "why *we* …", "why *not* …"). */
const OPENS_CLAUSE = new Set([...BE_OR_DO, 'not', 'i', 'we', 'you', 'they', 'people', 'someone', 'anyone', 'teams', 'has', 'have', 'had']);

/**
 * Every mention of the concept in the message only sets the scene: right after a preposition of place ("on every
 * node") or in a clause of its own ("if pods already have IPs").
 */
function namedAsSetting(r: Reading, id: string): boolean {
  const words = new Set(nameWords(r.kb, id));
  const { tokens } = r;
  const clause = tokens.findIndex((t, i) => i > 0 && SUBORDINATORS.has(t));
  const starts = tokens.flatMap((t, i) => (words.has(singular(t)) && !words.has(singular(tokens[i - 1] ?? '')) ? [i] : []));
  return (
    starts.length > 0 &&
    starts.every((i) => {
      if (clause >= 0 && i > clause) return true;
      let j = i - 1;
      while (j >= 0 && DETERMINERS.has(tokens[j] ?? '')) j--;
      return PLACING.test(tokens[j] ?? '');
    })
  );
}

/** "why not?", "but why not?": nothing after it. */
const BARE_WHY_NOT = new RegExp(`${OPENING}(?:why not|how come not|why wouldnt (?:we|i|it|that))$`);

/**
 * "we're three people and want a cluster for the beta" then "why not?": why not go ahead with the plan just told, which
 * the lookup reads as "why not" and the plan's words together (the page on adopting it too early), when that is another
 * page than the one the plan got. After a question ("is kubernetes good for HA?") a bare "why not?" leans on the answer.
 */
export function whyNotThePlan(r: Reading): Ruling {
  if (!BARE_WHY_NOT.test(r.lower) || r.asked === '' || looksLikeQuestion(r.asked)) return undefined;
  const found = r.kb.lookup(`why not ${r.asked}`);
  return found.status === 'answer' && found.concept.id !== r.last.id ? { concept: found.concept, how: 'related', rule: 'why-not-plan' } : undefined;
}
