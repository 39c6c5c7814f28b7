import { readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PlatformDescriptor } from '../../src/adapters/descriptor.js';
import { servePlatforms } from '../../src/cli/serve.js';
import { readConfig } from '../../src/config.js';
import { MemoryChat, memoryDescriptor } from '../adapters/memory/memory-adapter.js';
import { captureIo } from '../helpers/io.js';
import { tempDirPerTest } from '../stores/helpers/temp-dir.js';
import { realKb } from '../helpers/kb.js';

// A start-up that fails part way (a platform that cannot even be set up, a port already taken) must not leave the
// stores open or a platform's client running: serve closes all of it, then says what failed.

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

/** The in-memory platform, saying whether serve stopped it. */
function watchedPlatform(): { descriptor: PlatformDescriptor; stopped: () => boolean } {
  const memory = memoryDescriptor(new MemoryChat());
  let stopped = false;
  const descriptor: PlatformDescriptor = {
    ...memory,
    wanted: () => true,
    start: async (deps) => {
      const platform = await memory.start({ ...deps, config: { LOG_LEVEL: deps.config.LOG_LEVEL } });
      return { ...platform, stop: () => ((stopped = true), platform.stop()) };
    },
  };
  return { descriptor, stopped: () => stopped };
}

/** Serves on PORT with these platforms until start-up gives up: its exit code, what it told the person, its log. */
async function serveUntilItFails(port: number, descriptors: readonly PlatformDescriptor[]): Promise<{ code: number; err: string; logs: string }> {
  const config = readConfig({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir(), LOG_LEVEL: 'info' });
  if (!config.ok) throw new Error(config.errors.join('; '));
  const io = captureIo();
  const logs: string[] = [];
  const code = await servePlatforms(realKb(), config.config, io, { descriptors, exit: () => undefined, write: (l) => logs.push(l) });
  return { code, err: io.err(), logs: logs.join('') };
}

/** Whether the SQLite database was closed: SQLite removes its write-ahead log when the last connection closes. */
function storesClosed(): boolean {
  const files = readdirSync(dataDir());
  return files.some((f) => f.endsWith('.db') || f.endsWith('.sqlite')) && !files.some((f) => f.endsWith('-wal'));
}

describe('serve, when start-up fails part way', () => {
  it('stops the platforms it built, closes the stores, and exits 1 naming the platform that cannot be set up', async () => {
    const watched = watchedPlatform();
    const { code, err, logs } = await serveUntilItFails(0, [watched.descriptor, broken]);

    expect(code).toBe(1);
    expect(err).toMatch(/Brokenchat could not be set up: the client library refused the settings/);
    expect(watched.stopped()).toBe(true);
    expect(storesClosed()).toBe(true);
    expect(logs).not.toMatch(/archbot is running/);
  });

  it('stops the platforms it built and closes the stores when its port is already taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const watched = watchedPlatform();
      const { code, err, logs } = await serveUntilItFails((taken.address() as AddressInfo).port, [watched.descriptor]);

      expect(code).toBe(1);
      expect(err).toMatch(/cannot listen on 127\.0\.0\.1:\d+/);
      expect(watched.stopped()).toBe(true);
      expect(storesClosed()).toBe(true);
      expect(logs).not.toMatch(/archbot is running/);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
