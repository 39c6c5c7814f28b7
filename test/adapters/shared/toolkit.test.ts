import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../../src/core/bounded-cache.js';
import { apiErrorFields } from '../../../src/adapters/shared/error-fields.js';
import { declaredLength, readBody } from '../../../src/adapters/shared/http-body.js';
import { quotedWords, splitText, truncate } from '../../../src/adapters/shared/text.js';

describe('adapter toolkit', () => {
  it('truncate leaves short text alone and ends long text with an ellipsis within max', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('one two three', 8)).toBe('one two…');
    // A platform's cut rule moves the cut back (Slack keeps `&amp;` whole).
    expect(truncate('a &amp; b', 5, (text) => text.indexOf('&'))).toBe('a…');
  });

  it('splitText prefers paragraph, then word boundaries', () => {
    expect(splitText('aaaa\n\nbbbb', 6)).toEqual(['aaaa', 'bbbb']);
    expect(splitText('aaa bbb ccc', 8)).toEqual(['aaa bbb', 'ccc']);
  });

  it('quotedWords drops control characters and keeps 200 characters, marking a cut', () => {
    expect(quotedWords('a\u001b[2Jb')).toBe('a[2Jb');
    expect(quotedWords('x'.repeat(300))).toHaveLength(200);
    expect(quotedWords('x'.repeat(300)).endsWith('…')).toBe(true);
  });

  it('readBody returns a body within its cap, and stops one that passes it though no length was declared', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      void readBody(req, 16).then((read) => {
        seen.push(read.kind === 'body' ? read.body.toString('utf8') : read.kind);
        res.writeHead(read.kind === 'body' ? 200 : 413, { connection: 'close' }).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      expect((await fetch(url, { method: 'POST', body: 'sixteen bytes ok' })).status).toBe(200);
      // A stream is sent chunked, with no content-length: only the reader's count can stop it.
      const bytes = new TextEncoder().encode('x'.repeat(10));
      const chunked = new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.enqueue(bytes);
          controller.close();
        },
      });
      // The reply may race the rest of the upload; what the reader saw is the point.
      await fetch(url, { method: 'POST', body: chunked, duplex: 'half' } as RequestInit).catch(() => undefined);
      await expect.poll(() => seen).toEqual(['sixteen bytes ok', 'too-large']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(declaredLength({ 'content-length': '42' })).toBe(42);
    expect(declaredLength({ 'transfer-encoding': 'chunked' })).toBeUndefined();
  });

  it('BoundedCache evicts the least recently set entry beyond its size', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    cache.set('c', 4);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('BoundedCache.use keeps what is in use: beyond its size the least recently used goes, not the oldest', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('regular', 1);
    cache.set('once', 2);
    expect(cache.use('regular')).toBe(1);
    cache.set('new', 3);
    expect([cache.has('regular'), cache.has('once'), cache.has('new')]).toEqual([true, false, true]);
    expect(cache.use('never')).toBeUndefined();
  });

  it('BoundedCache tells a remembered undefined (a known miss) from a key it never saw', () => {
    const cache = new BoundedCache<string, number | undefined>(2);
    cache.set('miss', undefined);
    expect([cache.has('miss'), cache.has('never')]).toEqual([true, false]);
    cache.delete('miss');
    expect(cache.has('miss')).toBe(false);
  });

  it('apiErrorFields names the socket cause and a platform code, never the request', () => {
    const err = Object.assign(new Error('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }), { code: 'E1' });
    expect(apiErrorFields(err, { slack: 'not_in_channel' })).toEqual({ error: 'fetch failed', name: 'Error', code: 'E1', slack: 'not_in_channel', cause: 'UND_ERR_SOCKET: other side closed' });
    expect(apiErrorFields('boom')).toEqual({ error: 'boom' });
  });
});
