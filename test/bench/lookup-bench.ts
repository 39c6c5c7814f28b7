// `npm run bench`: figures for load + index time and lookup latency at 1x, 10x and 100x the content.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/core/content/load-content.js';
import type { Concept } from '../../src/core/content/schema.js';
import { KnowledgeBase } from '../../src/core/knowledge-base.js';
import { parseEvalFile } from '../../src/cli/eval.js';

const QUESTIONS = fileURLToPath(new URL('../fixtures/questions.tsv', import.meta.url));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Made-up but pronounceable words, so synthetic concepts grow the vocabulary like real ones would. */
function word(seed: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'qui', 'zen', 'dor', 'pel', 'sut', 'gra'];
  let out = '';
  let n = seed + 7;
  for (let i = 0; i < 3; i++) {
    out += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length) + i * 31;
  }
  return out;
}

function synthetic(base: Concept[], factor: number): Concept[] {
  const out = [...base];
  for (let copy = 1; copy < factor; copy++) {
    for (const [i, c] of base.entries()) {
      const tag = word(copy * 1000 + i);
      out.push({
        ...c,
        id: `${c.id}-${tag}`.slice(0, 40).replace(/-+$/, ''),
        title: `${c.title} ${tag}`,
        aliases: c.aliases.map((a) => `${a} ${tag}`),
        keywords: [...c.keywords, tag],
        related: [],
        featured: false,
      });
    }
  }
  return out;
}

function measure(label: string, kb: KnowledgeBase, questions: string[], rounds: number): void {
  for (const q of questions) kb.lookup(q); // warm the JIT and the typo cache, as a running bot would be
  const times: number[] = [];
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      kb.lookup(q);
      times.push(performance.now() - t0);
    }
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(28)} p50 ${percentile(times, 50).toFixed(3)} ms   p99 ${percentile(times, 99).toFixed(3)} ms   ` +
      `${Math.round(times.length / (total / 1000)).toLocaleString('en-US')} lookups/s   (${times.length} lookups)`,
  );
}

const t0 = performance.now();
const loaded = loadContent();
if (!loaded.ok) throw new Error('content does not load; run `npx archbot check`');
const t1 = performance.now();
const kb = new KnowledgeBase(loaded.value);
const t2 = performance.now();
const questions = parseEvalFile(readFileSync(QUESTIONS, 'utf8')).map((c) => c.question);

console.log(`content: ${loaded.value.concepts.length} concepts, ${loaded.value.checklists.length} checklist(s); ${questions.length} questions`);
console.log(`load ${(t1 - t0).toFixed(1)} ms + index ${(t2 - t1).toFixed(1)} ms = ${(t2 - t0).toFixed(1)} ms (target < 200 ms)`);
measure('lookup at 1x', kb, questions, 20);
for (const factor of [10, 100]) {
  const concepts = synthetic(loaded.value.concepts, factor);
  const b0 = performance.now();
  const big = new KnowledgeBase({ concepts, checklists: [] });
  const build = performance.now() - b0;
  console.log(`index at ${factor}x (${concepts.length} concepts): ${build.toFixed(1)} ms`);
  measure(`lookup at ${factor}x`, big, questions, factor === 10 ? 10 : 3);
}
const heap = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(`heap used after all: ${heap.toFixed(1)} MiB`);
