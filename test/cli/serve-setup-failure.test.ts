import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PlatformDescriptor } from '../../src/adapters/descriptor.js';
import { servePlatforms } from '../../src/cli/serve.js';
import { readConfig } from '../../src/config.js';
import { MemoryChat, memoryDescriptor } from '../adapters/memory/memory-adapter.js';
import { captureIo } from '../helpers/io.js';
import { tempDirPerTest } from '../stores/helpers/temp-dir.js';
import { realKb } from '../helpers/kb.js';

// A platform that cannot even be set up (its descriptor's start rejects) must not leave the
// stores open or another platform's client running: serve closes all of it, then says which one.

const dataDir = tempDirPerTest('archbot-setup-');

const broken: PlatformDescriptor = {
  name: 'broken',
  title: 'Brokenchat',
  configSchema: z.object({}),
  wanted: () => true,
  secrets: () => [],
  secretPatterns: [],
  markup: [],
  limits: { textLength: 2_000, buttonIdBytes: 64, buttonsPerRow: 5 },
  start: () => Promise.reject(new Error('the client library refused the settings')),
};

describe('serve, when a platform cannot be set up', () => {
  it('stops the platforms it built, closes the stores, and exits 1 naming the platform', async () => {
    const memory = memoryDescriptor(new MemoryChat());
    let stopped = false;
    const watched: PlatformDescriptor = {
      ...memory,
      wanted: () => true,
      start: async (deps) => {
        const platform = await memory.start({ ...deps, config: { LOG_LEVEL: deps.config.LOG_LEVEL } });
        return { ...platform, stop: () => ((stopped = true), platform.stop()) };
      },
    };
    const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir(), LOG_LEVEL: 'info' });
    if (!config.ok) throw new Error(config.errors.join('; '));
    const io = captureIo();
    const logs: string[] = [];
    const code = await servePlatforms(realKb(), config.config, io, { descriptors: [watched, broken], exit: () => undefined, write: (l) => logs.push(l) });

    expect(code).toBe(1);
    expect(io.err()).toMatch(/Brokenchat could not be set up: the client library refused the settings/);
    expect(stopped).toBe(true);
    // SQLite removes its write-ahead log when the last connection closes.
    const files = readdirSync(dataDir());
    expect(files.some((f) => f.endsWith('.db') || f.endsWith('.sqlite'))).toBe(true);
    expect(files.filter((f) => f.endsWith('-wal'))).toEqual([]);
    expect(logs.join('')).not.toMatch(/archbot is running/);
  });
});
