// A question followed by the answers it offers to choose from: "what stores the cluster state? etcd or the api server?".

import type { LookupIndex } from './lookup-index.js';
import { rank } from './rank.js';
import { entryOf, type LookupResult } from './result.js';

/** A question asking for a thing: it ends at the first "?", ",", ":" or dash with one of these words before it. */
const ASKS_WHICH = /\b(?:who|which|what)\b/;

/** Where the question ends and the answers it offers begin. */
const CUT = /[?,:]|\s[-—–]+\s/g;

/** Where offered answers are told apart: "?", ",", "or", "/". */
const BETWEEN = /\?+|,|\bor\b|\//;

/** An answer offered without a name, leaving the choice open: "something else?", "or neither". */
const OPEN = /^(?:(?:something|someone|anything|somebody)\s+else|neither|none|other)\b/;

/** At most this many words name an offered answer ("the cli", "kube-proxy"): more is a sentence of its own. */
const NAME_WORDS = 4;

/**
 * "which one builds images, the client or the daemon?", "what picks the node? the scheduler? the controller manager? something else?":
 * a question asking for a thing, then only names of ours offered as its answer, two or more (or one and "something else").
 * Answered by the question read against the offered ones only; when the choice is left open, by the question alone
 * (`alone`, the whole lookup), which need not be one of them. None when the text is not so shaped.
 */
export function offeredAnswer(index: LookupIndex, text: string, alone: (question: string) => LookupResult): LookupResult | undefined {
  // Most questions offer nothing: spared the work unless an "or" or a second "?" follows a "?" or ",".
  if (!/(?:[?,:]|\s[-—–]).*(?:\bor\b|\?.*\?)/.test(text)) return undefined;
  // "what stores cluster state: etcd or the api server?", "… runs the containers — the kubelet or the runtime?": a colon or dash too.
  const cut = [...text.matchAll(CUT)].find((c) => ASKS_WHICH.test(text.slice(0, c.index)));
  if (cut === undefined) return undefined;
  const question = text.slice(0, cut.index);
  const pieces = text.slice(cut.index + cut[0].length).split(BETWEEN).map((p) => p.trim().replace(/^(?:(?:the|a|an)\s+)/, '')).filter((p) => p !== '');
  const open = pieces.some((piece) => OPEN.test(piece));
  const names = pieces.filter((piece) => !OPEN.test(piece)).map((piece) => ({ piece, words: piece.split(/\s+/).length }));
  // Told by shape alone, before any piece is ranked: a sentence of its own, or too few pieces to choose between.
  if (names.some((name) => name.words > NAME_WORDS) || names.length + (open ? 1 : 0) < 2) return undefined;
  // Longest first: a piece of several words is the likeliest to name nothing, which ends the reading.
  names.sort((a, b) => b.words - a.words);
  const offered = new Set<number>();
  for (const { piece } of names) {
    const named = rank(index, piece);
    if (named.status !== 'answer') return undefined;
    offered.add(entryOf(index, named.concept));
  }
  if (offered.size + (open ? 1 : 0) < 2) return undefined;
  if (open) return alone(question);
  const chosen = rank(index, question, offered);
  return chosen.status === 'answer' ? chosen : undefined;
}
