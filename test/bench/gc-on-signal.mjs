// Preloaded into the bench's bot processes (node --expose-gc --import): on SIGUSR2, collect garbage
// and print the heap and RSS that remain, so memory is compared as retained, not as not-yet-collected.
import { readFileSync } from 'node:fs';

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { heapUsed, rss, external, arrayBuffers } = process.memoryUsage();
  // Anonymous memory is what the process holds; file-backed pages (code, mapped files) the kernel can drop.
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
  process.stdout.write(`bench-memory heap=${heapUsed} rss=${rss} anon=${kb('RssAnon')} file=${kb('RssFile')} external=${external} buffers=${arrayBuffers}\n`);
});
