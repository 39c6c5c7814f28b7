// "the onboarding doc mentions the kubelet twice. what is that": a closing question asking what "it" or "that" is
// asks about the one thing the sentence before it names; when that sentence names two, the ranking decides.

import { LEAD_WORDS } from '../chat-words.js';
import type { Concept } from '../content/schema.js';
import type { LookupIndex } from './lookup-index.js';
import { rawWords } from './naming.js';
import { isFiller, singular } from './normalize.js';
import { resultFor, type LookupResult } from './result.js';

/**
 * A closing question asking only what something pointed back at is or means: "what is it", "what's that, simply",
 * "what does that mean for us", after a sentence or a dash: the sentences before it hold the thing. Not after a comma:
 * "the little agent on every node, what is it" describes the thing there, and the description is what to read. The
 * shared lead words, and "like" as chat says it ("… like what is that").
 */
const WHAT_IS_POINTED = new RegExp(
  String.raw`(?:[.?!]|\s[-—–]+)\s*(?:(?:${[...LEAD_WORDS, 'like'].join('|')})\s+)*what(?:'s|s|\s+is|\s+are|\s+does|\s+do)\s+(?:it|that|this|they|those|these)(?:\s+(?:mean|means|do|does|stand\s+for))?(?:[\s,]+(?:for\s+(?:us|me|them|a\s+team)|exactly|even|actually|then|anyway|simply|really|again))*\s*[?.!]*\s*$`,
);

/** The longest name tried at each place: names run to four words at most ("docker swarm routing mesh"). */
const LONGEST_NAME = 4;

/** Confidence of an answer found by what "it" points back at, not by the question's own words. */
const POINTED_SCORE = 0.7;

/**
 * "our runbook keeps pointing at etcd. what is it": the one concept the sentence before a closing "what is it" names is
 * what it stands for (a start-here page counts only when nothing else is named there). None when the text has no such
 * close, or that sentence names no concept or more than one.
 */
export function pointedBack(index: LookupIndex, text: string): LookupResult | undefined {
  const close = text.includes('what') ? WHAT_IS_POINTED.exec(text) : null;
  if (close === null || close.index === 0) return undefined;
  // The sentence just before the close holds what "it" stands for.
  const story = text.slice(0, close.index);
  const words = rawWords(story.slice(Math.max(story.lastIndexOf('. '), story.lastIndexOf('? '), story.lastIndexOf('! ')) + 1)).filter((w) => w !== '' && !isFiller(w)).map(singular);
  // Every name before the close: "it" stands for one only when the story names one ("raft shows up in the swarm docs"
  // names two, and the thing it is about comes first, not last).
  const hits = new Set<number>();
  const starts = new Set<number>();
  for (let end = words.length; end > 0; end--) {
    for (let length = Math.min(LONGEST_NAME, end); length > 0; length--) {
      const hit = index.exact.get(words.slice(end - length, end).join(' '));
      if (hit === undefined) continue;
      // A start-here page named beside the thing ("the kubernetes docs keep naming the kubelet") is the setting, not the thing.
      if (hit >= index.concepts.length || (index.concepts[hit] as Concept).featured !== true) hits.add(hit);
      else starts.add(hit);
      end -= length - 1;
      break;
    }
  }
  const [only, ...more] = hits.size > 0 ? hits : starts;
  // A term we do not cover ("someone added a daemonset. what is that") is what "it" is: left to the ranking.
  if (only !== undefined && more.length === 0 && only < index.concepts.length) return resultFor(index, only, POINTED_SCORE);
  return undefined;
}
