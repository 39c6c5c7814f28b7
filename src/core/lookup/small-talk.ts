// Greetings, thanks and acknowledgements: chat that deserves a friendly word, not "I don't know".

/** Words that carry the small talk itself. Everyday chat, not topics: no concept may be reached through them. */
const SOCIAL = new Set(
  `hello hi hey heya hiya howdy yo hola greetings gm morning afternoon evening night gn
   thanks thank thx ty tysm cheers ta appreciated appreciate grateful kudos
   ok okay k kk alright sure cool nice great awesome perfect excellent sweet neat brilliant lovely fine
   yes yeah yep yup no nope nah lol lmao rofl haha hahaha hehe heh xd
   bye goodbye cya later farewell ttyl
   sorry oops whoops my bad
   wow hmm hm huh meh ah oh
   anyone anybody someone there around awake alive
   mate buddy pal friend folks guys all everyone team
   good well doing going up sup wassup whats today
   helpful useful worked works that this was it you are how is
   a the so very much lot lots for now again really just bit too as then`.split(/\s+/),
);

/** Of SOCIAL, the words that make a message small talk on their own; "how", "is", "it" do not. */
const MARKERS = new Set(
  `hello hi hey heya hiya howdy yo hola greetings gm morning afternoon evening night gn
   thanks thank thx ty tysm cheers ta appreciated appreciate kudos
   ok okay k kk alright cool nice great awesome perfect excellent sweet neat brilliant lovely
   yes yeah yep yup no nope nah lol lmao rofl haha hahaha hehe heh xd
   bye goodbye cya later farewell ttyl sorry oops whoops wow hmm hm huh meh
   anyone anybody someone awake alive sup wassup helpful useful`.split(/\s+/),
);

/** Chat that is only small talk as a whole: "how" and "up" alone are not. */
const PHRASES = new Set(['whats up', 'what up', 'how are you', 'how are you doing', 'how is it going', 'hows it going', 'how you doing', 'you there', 'are you there']);

/** Tokens as typed (lower-case, unsingularised): true when every one is chat and at least one says so. */
export function isSmallTalk(tokens: readonly string[]): boolean {
  if (tokens.length === 0 || tokens.length > 8) return false;
  if (PHRASES.has(tokens.join(' '))) return true;
  let marked = false;
  for (const t of tokens) {
    if (!SOCIAL.has(t)) return false;
    if (MARKERS.has(t)) marked = true;
  }
  return marked;
}
