import type { LookupIndex } from './lookup-index.js';
import { basesOf } from './inflection.js';
import { singular } from './normalize.js';

// Everyday things that share a word with our names: "a pod of whales", "a container ship stuck in a canal",
// "a harbour pilot", "a meeting scheduler for booking calls". Our word there has its everyday sense, and the
// words around it say which world the question is from. Read on the words as typed, before any ranking:
// a question from another world must be neither answered nor met with a did-you-mean.

/**
 * Words of worlds far from software: the sea and its ships, animals, food, home and garden, the body,
 * travel and sport, weddings, the law and clothes. None of them is a word a question about running software uses,
 * so one of them, with no word of the trade beside it, says the question is about something else.
 * Not words that software talk borrows: "ship", "port", "pilot", "anchor" (YAML's), "cattle" (pets vs
 * cattle), "recipe", "baked" and "layer cake" (images), "flight" (in-flight requests), "vote" (raft), "seal" (secrets).
 */
const ELSEWHERE = new Set(
  `whale whales dolphin dolphins orca orcas porpoise bee bees beehive wasp wasps hornet hornets locust locusts
   bird birds horse horses puppy kitten cats dog dogs aquarium goldfish
   canal harbour harbor harbourmaster harbormaster vessel vessels cargo freight freighter tanker ferry cruise yacht sailboat
   sailor sailors sailing ocean overseas marina kayak canoe rafting whitewater river rivers
   cooking pasta pizza bread cookies dessert dinner soup salad vegan
   gardening balcony plants furniture kitchen bathroom plumbing plumber carpet
   lymph gland glands throat swollen headache migraine doctor dentist hospital surgery medicine pregnant
   bicycle bike tyre tire car cars truck aviation aircraft airplane airport airline passenger passengers
   hiking camping beach vacation holiday hotel
   wedding bride groom marriage married divorce
   football soccer basketball baseball tennis golf cricket galaxy galaxies telescope asteroid
   booking appointment appointments calendly haircut mountain mountains
   linkedin instagram facebook tiktok twitter tweet tweets youtube netflix spotify gmail whatsapp iphone ipad
   minecraft fortnite roblox playstation xbox nintendo npm nvm deno regedit
   laptop laptops wifi router routers vpn electrical electrician circuit faucet parcel parcels taxes homework
   marathon alligator crocodile
   knee knees elbow ankle wound wounds bruise bruises scraped sprain sprained fracture scar
   lawyer lawyers attorney lawsuit courtroom judge divorce
   khakis trousers pants jeans shirt shirts sweater jacket shoes sneakers outfit`.split(/\s+/),
);

/** Everyday things named by one of our words and the word beside it: "self healing *concrete*", "a *40ft* container". */
const EVERYDAY_THINGS = [
  /\bself[\s-]*healing\s+(?:concrete|asphalt|materials?|plastics?|polymers?|skin|coatings?|paint|metal)\b/,
  /\b(?:20|40|45)\s*(?:ft|foot|feet)\b/,
  /\b(?:pea|peas|seed|coffee|escape|sleeping|instant|vanilla|storage|moving|portable)\s+pods?\b/,
  // Node.js typed without its ".js": "which node version for react", "install node on a mac".
  /\bnode\s+(?:v?\d+|version|versions|lts)\b|\binstall(?:ing)?\s+node\b(?!\s+(?:pool|agent|exporter))/,
  /\bwindows\s+(?:service|services|update|updates|defender|explorer|key|activation|10|11)\b/,
  /\b(?:windows|wedding|gift|baby|land|birth|voter)\s+registry\b/,
  /\bregistry\s+(?:cleaner|cleaners|editor|hack|hacks|office|key|keys|value|values)\b/,
  /\b(?:wooden|rubber|inflatable|life)\s+rafts?\b/,
  /\b(?:star|grape|grapes)\s+clusters?\b|\bcluster\s+headaches?\b/,
  /\bfish\s+tanks?\b/,
  /\bmachine\s+learning\b|\bneural\s+net/,
  /\bproxy\s+(?:vote|voter|voting|marriage|war)\b/,
  /\b(?:meeting|calendar|appointment|shift|class|school)\s+schedul/,
];

/** Any one of the everyday things, in a single pattern. */
const ANY_EVERYDAY_THING = new RegExp(EVERYDAY_THINGS.map((pattern) => `(?:${pattern.source})`).join('|'));

/**
 * Words of software in general that say a question is about it, whatever else it mentions ("the app's
 * database keeps crashing on the cruise ship wifi"). The knowledge base's own jargon counts too (`Vocabulary.trade`).
 */
const SOFTWARE = new Set(
  `yaml microservice microservices devops deploy deploys deployed deploying deployment deployments servers linux cloud
   aws gcp azure vm vms cpu ram software code codebase database databases production prod staging cicd
   orchestration orchestrator orchestrate`.split(/\s+/),
);

/** What a knowledge base tells about a word as typed. */
export interface Vocabulary {
  /** A word it uses: never a sign of another world (a knowledge base about harbours has its boats). */
  ours(word: string): boolean;
  /** A word of its trade: one it uses that is not everyday English ("kubelet", not "pod"). */
  trade(word: string): boolean;
}

/** "explain a pod with a kitchen analogy": a comparison asked for brings another world in on purpose. */
const ANALOGY = /\b(?:analogy|analogies|metaphor|metaphors|eli5|imagine|like\s+(?:a|an|the)|think\s+of)\b/;

/** "explain raft (the consensus thing, not the boat)": what the asker rules out is not what they ask about. */
const RULED_OUT = /\bnot\s+(?:the|a|an)\s+[a-z]+/g;

/** Whether the words as typed (lower case) are about something far from what the knowledge base covers. */
export function isElsewhere(text: string, vocabulary: Vocabulary): boolean {
  if (ANALOGY.test(text)) return false;
  let kept = text.replace(RULED_OUT, ' ');
  // Most questions hold no everyday thing's name and no word of another world: nothing can say they are elsewhere,
  // so one pattern tried once, and a look at each word, spare the thirteen patterns and the look-ups of the trade's words.
  if (!ANY_EVERYDAY_THING.test(kept) && !kept.split(/[^a-z0-9]+/).some((w) => ELSEWHERE.has(w))) return false;
  // "a meeting scheduler", "self healing concrete": the words of ours in an everyday thing's name are not the trade's.
  let thing = false;
  for (const pattern of EVERYDAY_THINGS) {
    if (!pattern.test(kept)) continue;
    thing = true;
    kept = kept.replace(pattern, ' ');
  }
  const words = kept.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  if (words.some((w) => SOFTWARE.has(w) || vocabulary.trade(w))) return false;
  return thing || words.some((w) => ELSEWHERE.has(w) && !vocabulary.ours(w));
}

/** A knowledge base's words as `isElsewhere` asks about them, by their singular as the index files them. */
export function vocabulary(index: LookupIndex): Vocabulary {
  let known = vocabularies.get(index);
  if (!known) vocabularies.set(index, (known = vocabularyOf(index)));
  return known;
}

/** One per index: made on every question, it was three new functions each time. */
const vocabularies = new WeakMap<LookupIndex, Vocabulary>();

function vocabularyOf(index: LookupIndex): Vocabulary {
  const ours = (word: string): boolean => index.postings.has(word) || index.postings.has(singular(word));
  // "restarting" is as everyday as "restart": the frequency list holds the common forms only.
  const everyday = (word: string): boolean => index.everyday.has(word) || [singular(word), ...basesOf(word, ['ing', 'ed', 'es', 's'])].some((base) => index.everyday.has(base));
  return { ours, trade: (word) => ours(word) && !everyday(word) };
}
