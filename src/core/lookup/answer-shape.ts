// How the asker wants the answer put ("in short", "in one paragraph", "explain it in two minutes", "…: go"):
// never what the question is about, so taken out before it is read.

import type { LookupIndex } from './lookup-index.js';
import { keyOf } from './normalize.js';
import { withoutAudience } from './audience.js';

/** How the asker wants the answer put ("the quick version", "in layman terms", "everyday language: …", "in three bullets"): never what it is about. */
const ANSWER_SHAPE = /^\s*(?:plain|simple|everyday)\s+(?:words|terms|english|language)\b|\b(?:(?:the|a)\s+)?(?:short|quick|brief|tl;?dr)\s+version\b|\b(?:in|using)\s+(?:plain|simple|everyday|layman'?s?|lay)\s+(?:words|terms|english|language)\b|\bin\s+(?:short|brief|a\s+nutshell)\b|\blong\s+story\s+short\b|\b(?:put\s+simply|simply\s+put)\b|\bsum(?:s|med|ming)?\s+(?:it\s+|them\s+)?up\b|\bin\s+(?:just\s+)?(?:one|a|1|two|2|three|3|a\s+few|few|(?:a\s+)?couple(?:\s+of)?)\s+(?:paragraphs?|sentences?|words|bullets?|bullet\s+points?|tweets?)\b/g;

/** "swarm in two minutes?": a name alone before a length in lines or minutes. */
const NAME_IN = /^\s*(?:the\s+)?([a-z0-9][a-z0-9 -]*?)\s+in\s+(?:just\s+)?(?:one|a|1|two|2|three|3|a\s+few|few|(?:a\s+)?couple(?:\s+of)?)\s+(?:minutes?|seconds|lines?)\s*\?*\s*$/;

/** "swarm in two minutes?": a name alone before the length asked for is what to explain, in that length. */
function nameInLength(index: LookupIndex, text: string): string {
  const name = NAME_IN.exec(text)?.[1];
  return name !== undefined && index.exact.has(keyOf(name)) ? name : text;
}

/**
 * "explain etcd in two minutes", "sum up swarm in a few lines": minutes, seconds and lines are how long the answer
 * should be only after a verb asking for one; "run a cluster in a couple of minutes" is about the cluster.
 */
const EXPLAINED_IN = /\b(explain|describe|summari[sz]e|sum\s+up|tell\s+me\s+about|walk\s+me\s+through|go\s+over)\b(.*?)\s+in\s+(?:just\s+)?(?:one|a|1|two|2|three|3|five|5|a\s+few|few|(?:a\s+)?couple(?:\s+of)?)\s+(?:minutes?|seconds|lines?)\b/g;

/** "…: go", "… go ahead!", "… shoot": a prompt to start answering at the end, never a word of the question. */
const GO_AHEAD = /[:,;.!?-]\s*(?:go(?:\s+ahead)?|shoot|fire\s+away)\s*[!.]*\s*$/;

/** "true or false: …", "myth or fact - …", "agree or disagree? …": a claim put up to be judged; the claim is what is asked about. */
const VERDICT_ASKED = /^\s*(?:true\s+or\s+false|fact\s+or\s+(?:myth|fiction)|myth\s+or\s+(?:fact|truth)|agree\s+or\s+disagree|right\s+or\s+wrong|t\s*\/\s*f)\s*[:?,.!-]+\s*/;

/** The question without the words saying how long or how plainly to answer, or for whom, nor a closing prompt to start. */
export function withoutAnswerShape(index: LookupIndex, text: string): string {
  return withoutAudience(nameInLength(index, text.replace(VERDICT_ASKED, '')).replace(EXPLAINED_IN, '$1$2').replace(ANSWER_SHAPE, ' ').replace(GO_AHEAD, ''));
}
