// `npm run bench`: load + index time, and lookup latency for questions each knowledge base sees for
// the first time (clean and typo-laden) at 1x and at 10x with a grown vocabulary; then `ask --json`
// over 3,000 typo-laden questions, beyond start-up.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseEvalFile } from '../../src/cli/eval.js';
import { loadContent, type Content } from '../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { grow } from './grow-content.js';
import { typoQuestions } from './typos.js';

// The project set and the tuning halves of every blind round: never the held-out halves, so printing the
// bench's slowest questions while working on speed shows nobody a question kept apart from tuning.
const FIXTURES = [
  'questions.tsv',
  ...['', 'round2-', 'round3-', 'round4-', 'round5-', 'round6-', 'round7-', 'round8-', 'round9-', 'round10-', 'round11-', 'round12-', 'round13-', 'round14-', 'round15-', 'round16-', 'round17-', 'round18-', 'round19-', 'round20-', 'round21-', 'round22-', 'round23-', 'round24-'].flatMap((round) => [`eval/${round}questions-tune.tsv`, `eval/${round}near-domain-tune.tsv`]),
];
const ARCHBOT = fileURLToPath(new URL('../../bin/archbot.mjs', import.meta.url));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Independent passes; each question's time is its fastest, which strips out other processes' turns on the CPU. */
const RUNS = 5;

/**
 * Each question is timed on its first sight: every pass builds a fresh knowledge base, so nothing
 * a question needs was computed by an earlier lookup of the same text. The JIT is warmed on other
 * text (sentences of the content itself), as a bot that has been running a while would be. On a
 * shared machine one pass's p99 is mostly other processes; the fastest of several passes is what
 * the lookup itself costs.
 */
function measure(label: string, make: () => KnowledgeBase, questions: readonly string[], warmup: readonly string[]): string {
  const best = questions.map(() => Infinity);
  let onePass: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const kb = make();
    for (const q of warmup) kb.lookup(q);
    const times = questions.map((q, i) => {
      const t0 = performance.now();
      kb.lookup(q);
      const took = performance.now() - t0;
      best[i] = Math.min(best[i] as number, took);
      return took;
    });
    if (run === 0) onePass = times;
  }
  const line = (times: number[]): string => {
    const sorted = [...times].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
    return `p50 ${percentile(sorted, 50).toFixed(3)} ms  p99 ${percentile(sorted, 99).toFixed(3)} ms  mean ${mean.toFixed(3)} ms`;
  };
  return `${label.padEnd(15)} ${String(questions.length).padStart(5)} first-seen  fastest of ${RUNS}: ${line(best)}  |  first pass alone: ${line(onePass)}`;
}

/** Sentences of the content: realistic text for warming up, never one of the timed questions. */
function sentencesOf(content: Content): string[] {
  return content.concepts.flatMap((c) => c.body.split(/(?<=[.!?])\s+/).slice(0, 4)).filter((s) => s.length > 10);
}

function vocabulary(content: Content): number {
  const words = new Set<string>();
  for (const c of content.concepts) for (const t of `${c.title} ${c.aliases.join(' ')} ${c.keywords.join(' ')} ${c.asked.join(' ')} ${c.summary} ${c.body}`.toLowerCase().split(/[^a-z0-9]+/)) words.add(t);
  return words.size;
}

/** Wall time of `archbot ask --json` over the given lines, and over one line (its start-up), as a user would run it. */
function askJson(lines: readonly string[]): { startup: number; total: number } {
  const run = (input: string): number => {
    const t0 = performance.now();
    const out = spawnSync(process.execPath, [ARCHBOT, 'ask', '--json'], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (out.status !== 0) throw new Error(`ask --json failed: ${out.stderr}`);
    return performance.now() - t0;
  };
  // The fastest of a few runs each, for the same reason as above.
  const startup = Math.min(run('what is etcd\n'), run('what is etcd\n'), run('what is etcd\n'));
  const input = `${lines.join('\n')}\n`;
  return { startup, total: Math.min(run(input), run(input)) };
}

const t0 = performance.now();
const loaded = loadContent();
if (!loaded.ok) throw new Error('content does not load; run `npx archbot check`');
const t1 = performance.now();
new KnowledgeBase(loaded.value);
const t2 = performance.now();
const questions = [
  ...new Set(
    FIXTURES.flatMap((f) => parseEvalFile(readFileSync(fileURLToPath(new URL(`../fixtures/${f}`, import.meta.url)), 'utf8')).map((c) => c.question)),
  ),
];
const typos = typoQuestions(questions, 3_000, 42);
const warmup = sentencesOf(loaded.value);

console.log(`content: ${loaded.value.concepts.length} concepts, ${loaded.value.outsideTerms?.length ?? 0} outside terms, ${loaded.value.checklists.length} checklist(s)`);
console.log(`load ${(t1 - t0).toFixed(1)} ms + index ${(t2 - t1).toFixed(1)} ms = ${(t2 - t0).toFixed(1)} ms (target < 200 ms)`);
console.log(`questions: ${questions.length} clean, ${typos.length} typo-laden, all distinct; targets: first-seen p99 < 0.2 ms at 1x, < 1 ms at 10x`);
console.log(`vocabulary at 1x: ${vocabulary(loaded.value).toLocaleString('en-US')} words`);
const fresh = (): KnowledgeBase => new KnowledgeBase(loaded.value);
console.log(measure('1x clean', fresh, questions, warmup));
console.log(measure('1x typo-laden', fresh, typos, warmup));

const grown = grow(loaded.value, 10);
const b0 = performance.now();
new KnowledgeBase(grown);
const build = performance.now() - b0;
console.log(`index at 10x (${grown.concepts.length} concepts, ${grown.outsideTerms?.length ?? 0} outside terms, vocabulary ${vocabulary(grown).toLocaleString('en-US')} words): ${build.toFixed(1)} ms`);
const freshBig = (): KnowledgeBase => new KnowledgeBase(grown);
console.log(measure('10x clean', freshBig, questions, sentencesOf(grown)));
console.log(measure('10x typo-laden', freshBig, typos, sentencesOf(grown)));

const ask = askJson(typos);
console.log(
  `ask --json, ${typos.length.toLocaleString('en-US')} typo-laden questions: ${ask.total.toFixed(0)} ms in all, ` +
    `start-up ${ask.startup.toFixed(0)} ms, ${(ask.total - ask.startup).toFixed(0)} ms beyond it (target < 1,000 ms)`,
);
const heap = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(`heap used after all: ${heap.toFixed(1)} MiB`);
