import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface RedisServer {
  url: string;
  /** Stops the server if this process started it. */
  stop(): Promise<void>;
}

const HOW_TO =
  'Set REDIS_URL=redis://127.0.0.1:PORT to a server whose keys may be written (tests use their own key prefix), ' +
  'or install redis-server (apt-get install redis-server) so the tests can start a throwaway one.';

/** The redis-server binary on PATH (or in /usr/bin, /usr/local/bin), if any. */
export function findRedisServer(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin', '/usr/local/bin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * The Redis the tests use: REDIS_URL when set; in CI, which must provide one (.ci/run does), a
 * failure; locally a throwaway server on a free loopback port.
 */
export async function redisForTests(): Promise<RedisServer> {
  const url = process.env.REDIS_URL?.trim();
  if (url) return { url, stop: async () => {} };
  if (process.env.CI) {
    throw new Error('CI is set but REDIS_URL is not: the Redis store tests need a server. .ci/run starts one and exports REDIS_URL.');
  }
  const binary = findRedisServer();
  if (!binary) throw new Error(`The Redis store tests need a Redis server and none was found. ${HOW_TO}`);
  return startRedisServer(binary);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * A redis-server with no persistence on a free loopback port, ready when this resolves. `extraArgs`
 * configure it further (`--requirepass secret`).
 */
export async function startRedisServer(binary: string, attempts = 3, extraArgs: string[] = []): Promise<RedisServer> {
  try {
    return await startOnce(binary, await freePort(), extraArgs);
  } catch (error) {
    // Another process may have taken the port between our probe and the server's bind.
    if (attempts > 1) return startRedisServer(binary, attempts - 1, extraArgs);
    throw error;
  }
}

/** A throwaway server of our own, for settings a shared REDIS_URL cannot be given (a password). */
export async function ownRedisServer(extraArgs: string[]): Promise<RedisServer> {
  const binary = findRedisServer();
  if (!binary) throw new Error(`This test starts its own Redis server and none was found. ${HOW_TO}`);
  return startRedisServer(binary, 3, extraArgs);
}

async function startOnce(binary: string, port: number, extraArgs: string[]): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'archbot-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', dir, ...extraArgs];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should the test process end without calling stop(), the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/Ready to accept connections/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with code ${code}:\n${output}`));
      });
    });
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    cleanUp();
    throw error;
  }
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  let stopped: Promise<void> | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      (stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
        cleanUp();
      })()),
  };
}
