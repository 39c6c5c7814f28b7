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
   tv television fridge refrigerator freezer microwave dishwasher thermostat toaster oven doorbell kettle battery batteries
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
  // Dockers, the clothing brand: "dockers chinos in navy".
  /\bdockers?\s+(?:pants|khakis|trousers|chinos|shorts|jeans|belts?|shoes|jackets?|outfits?)\b/,
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
 * General words of the trade (vocabulary, not article wording): an article may title a concept with one of them.
 */
const SOFTWARE = new Set(
  `yaml microservice microservices devops deploy deploys deployed deploying deployment deployments servers linux cloud
   aws gcp azure vm vms cpu ram software code codebase database databases production prod staging cicd
   orchestration orchestrator orchestrate`.split(/\s+/),
);

/**
 * Worlds nearer to ours, each with its own things: an operating system's desktop tools, a programming language's
 * own features, an app's account settings. A question naming one of these worlds and one of its things is about
 * that world ("the mac's spotlight index", "a ruby gem's closures"), and a word of ours right beside that thing is
 * that world's word too. Naming the world alone says nothing: people run Python in containers and Docker on a Mac.
 */
interface World {
  names: ReadonlySet<string>;
  things: ReadonlySet<string>;
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/));

const WORLDS: World[] = [
  // Desktop and phone operating systems, as their users meet them.
  {
    names: words('windows macos osx mac macbook ios android chromebook'),
    things: words(`task taskbar explorer defender finder spotlight wallpaper screensaver folder folders
      shortcut shortcuts bluetooth printer antivirus trackpad keyboard homescreen launcher`),
  },
  // Programming languages, by what they give a program of their own.
  {
    names: words('python java javascript typescript ruby php kotlin golang perl scala haskell elixir'),
    things: words(`thread threads threading gil decorator decorators generator generators lambda lambdas tuple tuples dict
      dictionary dictionaries comprehension comprehensions coroutine coroutines asyncio goroutine goroutines interpreter
      bytecode virtualenv venv classpath closure closures promise promises callback callbacks pointer pointers mutex
      enum enums inheritance`),
  },
  // Chat, mail and office apps, by their users' own settings. The chat platforms archbot runs on are not listed: the
  // core names no platform, and a question about one's own account there is caught by the asker's-own world below.
  {
    names: words('zoom outlook whatsapp telegram jira trello notion figma photoshop excel'),
    things: words(`profile avatar emoji emojis notification notifications dm dms reaction reactions theme wallpaper
      background sticker stickers username password signature inbox`),
  },
  // Any app's account, told as the asker's own: "my profile picture", "my avatar".
  {
    names: words('my'),
    things: words('profile avatar username signature inbox'),
  },
];

// The rarer half of a world's pair: "my" and "python" are common in our questions, a taskbar or a closure is not.
const WORLD_THINGS = new Set(WORLDS.flatMap((world) => [...world.things]));

/** Whether the words name a world of `WORLDS` and one of its things, with nothing of ours left beside them. */
function inAnotherWorld(typed: string[], vocabulary: Vocabulary): boolean {
  for (const world of WORLDS) {
    if (!typed.some((w) => world.names.has(w)) || !typed.some((w) => world.things.has(w))) continue;
    const theirs = new Set<number>();
    typed.forEach((w, i) => {
      if (world.names.has(w)) theirs.add(i);
      // "a daemon thread", "the task scheduler": our word beside their thing names a part of it.
      if (world.things.has(w)) [i - 1, i, i + 1].forEach((at) => theirs.add(at));
    });
    const rest = typed.filter((_, i) => !theirs.has(i));
    if (!rest.some((w) => SOFTWARE.has(w) || vocabulary.trade(w) || vocabulary.named(w))) return true;
  }
  return false;
}

/** What a knowledge base tells about a word as typed. */
export interface Vocabulary {
  /** A word it uses: never a sign of another world (a knowledge base about harbours has its boats). */
  ours(word: string): boolean;
  /** A word of its trade: one it uses that is not everyday English ("kubelet", not "pod"). */
  trade(word: string): boolean;
  /** A whole name of what it covers ("pod", "image"): a nearer world's question with one left is ours. */
  named(word: string): boolean;
}

/** "explain a pod with a kitchen analogy": a comparison asked for brings another world in on purpose. */
const ANALOGY = /\b(?:analogy|analogies|metaphor|metaphors|eli5|imagine|like\s+(?:a|an|the)|think\s+of)\b/;

/** "explain helm (the chart tool, not a ship's wheel)": what the asker rules out is not what they ask about. */
const RULED_OUT = /\bnot\s+(?:the|a|an)\s+[a-z]+/g;

/** Whether the words as typed (lower case) are about something far from what the knowledge base covers. */
export function isElsewhere(text: string, vocabulary: Vocabulary): boolean {
  if (ANALOGY.test(text)) return false;
  let kept = text.replace(RULED_OUT, ' ');
  // Most questions hold no everyday thing's name and no word of another world: nothing can say they are elsewhere,
  // so one pattern tried once, and a look at each word, spare the thirteen patterns and the look-ups of the trade's words.
  if (!ANY_EVERYDAY_THING.test(kept) && !kept.split(/[^a-z0-9]+/).some((w) => ELSEWHERE.has(w) || WORLD_THINGS.has(w))) return false;
  // Before the everyday things are taken out: "windows 11" is one, and its task scheduler is still Windows'.
  if (inAnotherWorld(wordsOf(kept), vocabulary)) return true;
  // "a meeting scheduler", "self healing concrete": the words of ours in an everyday thing's name are not the trade's.
  let thing = false;
  for (const pattern of EVERYDAY_THINGS) {
    if (!pattern.test(kept)) continue;
    thing = true;
    kept = kept.replace(pattern, ' ');
  }
  const typed = wordsOf(kept);
  if (typed.some((w) => SOFTWARE.has(w) || vocabulary.trade(w))) return false;
  return thing || typed.some((w) => ELSEWHERE.has(w) && !vocabulary.ours(w));
}

function wordsOf(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
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
  const named = (word: string): boolean => index.exact.has(word) || index.exact.has(singular(word));
  return { ours, trade: (word) => ours(word) && !everyday(word), named };
}
