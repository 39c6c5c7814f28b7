// Preloaded into the bench's bot processes (node --expose-gc --import): on SIGUSR2, collect garbage
// and print the heap and RSS that remain, so memory is compared as retained, not as not-yet-collected.
import { readFileSync } from 'node:fs';
import { setTimeout } from 'node:timers';

/**
 * How long after the collection RSS is read. V8 hands the pages a collection emptied back to the
 * system from a background thread, moments after gc() returns: read at once, RSS still counted them
 * (measured on the Slack fake after 30 s without a message: 164 MiB read at once, 104 MiB in /proc
 * a second later; the thinnest bot 138 -> 98), by an amount that varied from run to run and bot to bot.
 */
const RELEASE_MS = 1_000;

process.on('SIGUSR2', () => {
  globalThis.gc?.();
  setTimeout(() => {
    const { heapUsed, rss, external, arrayBuffers } = process.memoryUsage();
    // Anonymous memory is what the process holds; file-backed pages (code, mapped files) the kernel can drop.
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    process.stdout.write(`bench-memory heap=${heapUsed} rss=${rss} anon=${kb('RssAnon')} file=${kb('RssFile')} external=${external} buffers=${arrayBuffers}\n`);
  }, RELEASE_MS).unref();
});
