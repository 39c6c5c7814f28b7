// Starts the bot's HTTP server as `npx archbot` does (no platform: just the server), over a SQLite
// file seeded with a month of feedback.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servePlatforms } from '../../src/cli/serve.js';
import { readConfig } from '../../src/config.js';
import { openStores } from '../../src/stores/open-stores.js';
import { captureIo } from '../helpers/io.js';
import { memoryLogger, realKb } from '../helpers/kb.js';
import { seed } from './seed.js';

export const PASSWORD = 'correct horse battery';

export interface InsightsServer {
  base: string;
  dataDir: string;
  logs: string[];
  stop(): Promise<number>;
}

export async function startInsightsServer(extra: Record<string, string> = {}, seeded = true): Promise<InsightsServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'archbot-insights-'));
  if (seeded) {
    const stores = await openStores({ kind: 'persistent', dataDir, logger: memoryLogger() });
    await seed(stores.feedback, Date.now());
    await stores.close();
  }
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', INSIGHTS_PASSWORD: PASSWORD, ...extra });
  if (!config.ok) throw new Error(config.errors.join('; '));
  const signals = new EventEmitter();
  const logs: string[] = [];
  let listened: (port: number) => void = () => undefined;
  const listening = new Promise<number>((resolve) => (listened = resolve));
  const exited = servePlatforms(realKb(), config.config, captureIo(), { signals, exit: () => undefined, onListening: (p) => listened(p), write: (l) => logs.push(l) });
  const port = await Promise.race([listening, exited.then((code) => Promise.reject(new Error(`server exited with ${code}: ${logs.join('')}`)))]);
  return {
    base: `http://127.0.0.1:${port}`,
    dataDir,
    logs,
    stop: async () => {
      signals.emit('SIGTERM', 'SIGTERM');
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export const basic = (password: string, user = 'anyone'): Record<string, string> => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
