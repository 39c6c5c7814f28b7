import { OPENS_CONDITION } from '../lookup/question-words.js';
import { tokenize } from '../lookup/normalize.js';
import { namedIn } from './concept-terms.js';
import type { Reading } from './follow-up-reading.js';
import type { Ruling } from './follow-up-ruling.js';
import { pointerAt } from './read-in-context.js';

// "and shipping without downtime, how is that done?": a topic put first, in words of its own, and then a question about
// it through a pronoun. The pronoun stands for that topic, not for the thread's last answer.

/** Where the fronted topic ends: a comma, a semicolon or a colon. */
const FRONT_END = /[,;:]/;

/**
 * A first clause that points at nothing, is no condition ("if a pod crashes, …" keeps "it" on the last answer), and that
 * the lookup alone answers with something other than the last answer; then a clause pointing back and naming nothing of
 * its own: the answer to the first clause, when the whole message looks up to the same thing.
 */
export function frontedTopic(r: Reading): Ruling {
  const { fresh } = r;
  const [front = '', ...rest] = r.text.split(FRONT_END);
  if (fresh === undefined || fresh.id === r.last.id || rest.length === 0 || OPENS_CONDITION.test(front)) return undefined;
  const later = rest.join(' ');
  // "what about failover, does docker do that on many hosts?": a later clause naming its own subject asks about that.
  if (pointerAt(tokenize(front)) >= 0 || pointerAt(tokenize(later)) < 0 || namedIn(r.index, later).length > 0) return undefined;
  const alone = r.kb.lookup(front);
  return alone.status === 'answer' && alone.concept.id === fresh.id ? { concept: fresh, how: 'related', rule: 'fronted-topic' } : undefined;
}
