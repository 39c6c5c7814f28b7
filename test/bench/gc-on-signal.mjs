// Preloaded into the bench's bot processes (node --expose-gc --import): on SIGUSR2, collect garbage
// and print the heap and RSS that remain, so memory is compared as retained, not as not-yet-collected.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.stdout.write(`bench-memory heap=${heapUsed} rss=${rss}\n`);
});
