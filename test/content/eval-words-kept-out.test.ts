import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The eval sets measure how well the bot copes with wording nobody tuned it on. A question pasted into an
// asked list, an alias or a special case in the code would score as "right" and hide exactly that. This
// reads every input of every eval fixture and fails when one turns up in the knowledge base or in src/.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = [join(ROOT, 'test/fixtures/questions.tsv'), ...files(join(ROOT, 'test/fixtures/eval'), '.tsv')];

// Shortest question (in words) whose whole wording may not appear. At four words a question is a two-word
// frame around one name or pronoun ("what does <name> cost", "why is that so", "is that normal then"):
// every writer of an asked list or a follow-up rule produces those unprompted, so they say nothing about
// copying. From five words on the wording is a writer's own choice.
const WHOLE_MIN_WORDS = 5;
/** Length of the word runs that may not be lifted from a question into content. */
const RUN_WORDS = 6;
// Each scan parses every src/ file and compares some 20,000 eval inputs: 5-15 s alone, past the suite's 20 s
// default when a loaded 2-core machine runs other files beside it (seen at 24 s), so these two get more room.
const SCAN_TIMEOUT_MS = 90_000;

// A run made only of these says nothing about where it came from ("what do i need to do if it is"):
// function words and the question frame any English sentence about software uses. Kept short on purpose;
// every domain word (docker, pod, deploy, scale...) still counts, so a lifted phrase is still caught.
const STOP = new Set(
  ('a an the and or but if so to of in on at for from with by as is are was be been it its this that these those ' +
    'i me my we our you your they them their what how why when where which who do does did can could should would ' +
    'will not no yes just really actually need want use get have has there here one all any some more than then about')
    .split(' '),
);

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

/** Lower case, anything but letters and digits to one space, trimmed. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

interface Question {
  where: string;
  text: string;
}

/**
 * The typed inputs of one fixture. Its header says which column holds them ("Column 3, after a TAB: the input
 * as typed"; most files use column 2), and follow-up files put " || " between the turns of one thread.
 */
function questions(file: string): Question[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines.filter((line) => line.startsWith('#')).join(' ');
  const column = /Column (\d), after a TAB: the (?:question|input|turns)/i.exec(header);
  if (!column) throw new Error(`${relative(ROOT, file)}: header names no question column`);
  const index = Number(column[1]) - 1;
  return lines.flatMap((line, i) => {
    if (line.startsWith('#') || line.trim() === '') return [];
    const cell = line.split('\t')[index] ?? '';
    return cell.split(' || ').map((turn) => ({ where: `${relative(ROOT, file)}:${i + 1}`, text: normalise(turn) }));
  });
}

interface Text {
  where: string;
  text: string;
}

/** Every string in a YAML document (titles, aliases, keywords, asked lists, bodies), but under `skip` keys. */
function yamlStrings(value: unknown, skip: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((inner) => yamlStrings(inner, skip));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (skip.has(key) ? [] : [key, ...yamlStrings(inner, skip)]));
  }
  return [];
}

/** The strings under `keys` anywhere in a YAML document. */
function stringsUnder(value: unknown, keys: ReadonlySet<string>): string[] {
  if (Array.isArray(value)) return value.flatMap((inner) => stringsUnder(inner, keys));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (keys.has(key) ? yamlStrings(inner) : stringsUnder(inner, keys)));
  }
  return [];
}

// The article's own words: summaries, bodies, titles and section headings. The eval questions were written
// from the article, and about 40% paraphrase one of its sentences, so a six-word run shared with these is the
// question quoting the article, not the content quoting the question. Whole questions are still checked there.
const PROSE = new Set(['summary', 'body', 'title', 'source', 'subject']);

// A checklist step's question and its options' labels are what the bot shows the person at that step; the
// writers of the decision sets were given them as a person sees them. A reply that echoes six of their words
// ("does it run on one server? yes, just the one") answers in the bot's own terms rather than showing content
// copying a reply, so runs are not checked against them. A whole reply pasted into one is still caught above.
const SHOWN_AT_A_STEP = new Set([...PROSE, 'question', 'label']);

/** Strings of the content YAML files: all but those under `skip` keys, or with `only`, just those under its keys. */
function contentTexts(skip: ReadonlySet<string> = new Set(), only?: ReadonlySet<string>): Text[] {
  return files(join(ROOT, 'content'), '.yaml').flatMap((file) => {
    const raw = readFileSync(file, 'utf8');
    const doc = yaml.load(raw);
    return (only ? stringsUnder(doc, only) : yamlStrings(doc, skip)).map((text) => {
      // Where the string starts, so a failure points at the line to reword.
      const line = raw.slice(0, Math.max(0, raw.indexOf(text.slice(0, 30)))).split('\n').length;
      return { where: `${relative(ROOT, file)}:${line}`, text: normalise(text) };
    });
  });
}

/** String, template and regular-expression literals and comments of every src/ file: where wording could hide. */
function sourceTexts(): Text[] {
  return files(join(ROOT, 'src'), '.ts').flatMap((file) => {
    const raw = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, raw, ts.ScriptTarget.Latest, true);
    const found: Text[] = [];
    const at = (pos: number, text: string): void => {
      found.push({ where: `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(pos).line + 1}`, text: normalise(text) });
    };
    const seen = new Set<number>();
    const comments = (ranges: ts.CommentRange[] | undefined): void => {
      for (const range of ranges ?? []) {
        if (seen.has(range.pos)) continue;
        seen.add(range.pos);
        at(range.pos, raw.slice(range.pos, range.end));
      }
    };
    const visit = (node: ts.Node): void => {
      comments(ts.getLeadingCommentRanges(raw, node.pos));
      comments(ts.getTrailingCommentRanges(raw, node.end));
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
        at(node.getStart(), node.text);
      } else if (ts.isRegularExpressionLiteral(node)) {
        // /how\s+do\s+i/ reads as "how do i": whitespace escapes become spaces before normalising.
        at(node.getStart(), node.text.replace(/\\s[+*?]?|\\b/g, ' '));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
}

// A question made only of a concept's name, function words (STOP) and the two product names ("what is a
// <name>", "what does the <name> do", a title with its words reordered into a question) asks for that
// concept in the only words there are: its title, an alias or an article heading says the same, and so does
// any asked list that introduces it. Such a match is the article's wording, not a copied question. Plurals
// count as their singular (a title "What X costs" names "what does x cost").
const PRODUCTS = new Set(['docker', 'kubernetes', 'k8s']);

function meaningful(text: string): string[] {
  return text
    .split(' ')
    .filter((word) => word !== '' && !STOP.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
}

/** The meaningful words of every title, alias, id and article heading in content, one set per name. */
function conceptNames(): Array<Set<string>> {
  const names: Array<Set<string>> = [];
  for (const file of files(join(ROOT, 'content'), '.yaml')) {
    const doc = yaml.load(readFileSync(file, 'utf8'));
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
    const fields = doc as Record<string, unknown>;
    for (const key of ['id', 'title', 'subject', 'source', 'aliases']) {
      for (const name of yamlStrings(fields[key])) names.push(new Set(meaningful(normalise(name))));
    }
  }
  return names.filter((name) => name.size > 0);
}

function onlyNamesAConcept(question: string, names: Array<Set<string>>): boolean {
  const words = meaningful(question);
  return names.some((name) => {
    const rest = words.filter((word) => !name.has(word));
    return rest.every((word) => PRODUCTS.has(word)) && [...name].every((word) => words.includes(word));
  });
}

function contains(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * A hit as a failure prints it. A held-out question is never shown, not even a run of it (whoever writes content or
 * tunes must not see those rows): only the line to reword is named.
 */
function hit(text: Text, phrase: string, question: Question): string {
  if (question.where.includes('-holdout.tsv')) return `${text.where} shares ${phrase.split(' ').length} words in a row with a held-out question: reword this line`;
  return `${text.where} holds "${phrase}" (${question.where})`;
}

/**
 * The texts filed by each run of `length` words they hold, so a question is compared only with the texts that
 * share its opening run (a plain scan of every question against every text took most of the suite's 20 s limit
 * on a busy 2-core machine). A text is split as `contains` reads it: words between single spaces.
 */
function runIndex(texts: Text[], length: number): Map<string, Text[]> {
  const index = new Map<string, Text[]>();
  for (const text of texts) {
    const words = text.text.split(' ');
    const seen = new Set<string>();
    for (let start = 0; start + length <= words.length; start += 1) {
      const run = words.slice(start, start + length).join(' ');
      if (seen.has(run)) continue;
      seen.add(run);
      const filed = index.get(run);
      if (filed) filed.push(text);
      else index.set(run, [text]);
    }
  }
  return index;
}

/** Each question of at least `minWords` words that appears whole inside one of the texts. */
function wholeCopies(all: Question[], texts: Text[], minWords: number): string[] {
  const hits: string[] = [];
  const byOpening = runIndex(texts, minWords);
  for (const question of all) {
    const words = question.text.split(' ');
    if (words.length < minWords) continue;
    for (const text of byOpening.get(words.slice(0, minWords).join(' ')) ?? []) {
      if (contains(text.text, question.text)) hits.push(hit(text, question.text, question));
    }
  }
  return hits;
}

/** Each RUN_WORDS-word run of a question, not made only of STOP words, that appears inside one of the texts. */
function runCopies(all: Question[], texts: Text[], names: Array<Set<string>>): string[] {
  const hits: string[] = [];
  const byRun = runIndex(texts, RUN_WORDS);
  for (const question of all) {
    const words = question.text.split(' ');
    for (let start = 0; start + RUN_WORDS <= words.length; start += 1) {
      const run = words.slice(start, start + RUN_WORDS);
      const phrase = run.join(' ');
      if (run.every((word) => STOP.has(word)) || onlyNamesAConcept(phrase, names)) continue;
      for (const text of byRun.get(phrase) ?? []) hits.push(hit(text, phrase, question));
    }
  }
  return hits;
}

// A checklist step shows its options' labels to the person (buttons, a numbered list): typing one back
// ("Yes, a short outage is fine") is choosing it, the way the step is meant to be answered, not a copied question.
function optionLabels(): Set<string> {
  const labels = new Set<string>();
  for (const file of files(join(ROOT, 'content'), '.yaml')) {
    const doc = yaml.load(readFileSync(file, 'utf8')) as { criteria?: Array<{ options?: Array<{ label?: unknown }> }> } | null;
    for (const step of doc?.criteria ?? []) {
      for (const option of step.options ?? []) if (typeof option.label === 'string') labels.add(normalise(option.label));
    }
  }
  return labels;
}

describe('eval questions stay out of what the bot is built from', () => {
  const names = conceptNames();
  const labels = optionLabels();
  const all = FIXTURES.flatMap(questions).filter((question) => !onlyNamesAConcept(question.text, names) && !labels.has(question.text));

  it('knows the checklist labels a person may type back', () => {
    // Guards the exception above: were the checklist's shape to change, no label would be read and it would exempt nothing.
    expect(labels.has('yes a short outage is fine')).toBe(true);
  });

  it('reads questions from every eval fixture', () => {
    // Guards the checks below: a header change that left nothing to compare would make them pass vacuously.
    for (const file of FIXTURES) expect(questions(file).length, relative(ROOT, file)).toBeGreaterThan(0);
  });

  it('no eval question appears whole in content or in src/ strings and comments', () => {
    expect(wholeCopies(all, [...contentTexts(PROSE), ...sourceTexts()], WHOLE_MIN_WORDS)).toEqual([]);
    // In the article's own words a five-word question is a search phrase quoting one of its definitions
    // (a noun phrase from a summary); a question of RUN_WORDS words or more pasted there is still caught.
    expect(wholeCopies(all, contentTexts(new Set(), PROSE), RUN_WORDS)).toEqual([]);
  }, SCAN_TIMEOUT_MS);

  it(`no ${RUN_WORDS}-word run of an eval question appears in content`, () => {
    expect(runCopies(all, contentTexts(SHOWN_AT_A_STEP), names)).toEqual([]);
  }, SCAN_TIMEOUT_MS);
});
