import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createInFlight, installShutdown, type ShutdownOptions } from '../../src/server/shutdown.js';

function setup(overrides: Partial<ShutdownOptions> = {}) {
  const steps: string[] = [];
  const exits: number[] = [];
  const logs: string[] = [];
  const signals = new EventEmitter();
  let exited: (code: number) => void = () => undefined;
  /** Resolves with the exit code once shutdown calls exit: what each test waits for, not a sleep. */
  const exit = new Promise<number>((resolve) => (exited = resolve));
  const handle = installShutdown({
    stopAccepting: () => void steps.push('stop'),
    drain: async () => void steps.push('drain'),
    close: async () => void steps.push('close'),
    logger: createLogger({ level: 'info', write: (line) => logs.push(line) }),
    exit: (code) => {
      exits.push(code);
      exited(code);
    },
    signals,
    ...overrides,
  });
  return { steps, exits, logs, signals, handle, exit };
}

describe('installShutdown', () => {
  it('on SIGTERM stops accepting, drains, closes and exits 0, in that order', async () => {
    const { steps, exits, signals, handle, exit } = setup();
    signals.emit('SIGTERM', 'SIGTERM');
    expect(await exit).toBe(0);
    expect(steps).toEqual(['stop', 'drain', 'close']);
    expect(exits).toEqual([0]);
    expect(handle.shuttingDown).toBe(true);
  });

  it('runs once even when SIGINT follows SIGTERM', async () => {
    const { steps, exits, logs, signals, exit } = setup();
    signals.emit('SIGTERM', 'SIGTERM');
    signals.emit('SIGINT', 'SIGINT');
    await exit;
    expect(steps).toEqual(['stop', 'drain', 'close']);
    expect(exits).toEqual([0]);
    expect(logs.join('')).toContain('already shutting down');
  });

  it('waits for work in flight before closing', async () => {
    const inFlight = createInFlight();
    const steps: string[] = [];
    let finish: () => void = () => undefined;
    const work = inFlight.track(new Promise<string>((resolve) => (finish = () => resolve('posted'))));
    let draining: () => void = () => undefined;
    const drainStarted = new Promise<void>((resolve) => (draining = resolve));
    const { exits, signals, exit } = setup({
      drain: () => {
        draining();
        return inFlight.drain();
      },
      close: () => void steps.push('close'),
    });
    signals.emit('SIGTERM', 'SIGTERM');
    await drainStarted;
    expect(steps).toEqual([]);
    expect(inFlight.count).toBe(1);
    finish();
    expect(await work).toBe('posted');
    expect(await exit).toBe(0);
    expect(steps).toEqual(['close']);
    expect(inFlight.count).toBe(0);
    expect(exits).toEqual([0]);
  });

  it('exits 1 when the drain overruns the time limit', async () => {
    const { steps, exits, logs, signals, exit } = setup({ timeoutMs: 50, drain: () => new Promise<void>(() => undefined) });
    signals.emit('SIGINT', 'SIGINT');
    expect(await exit).toBe(1);
    expect(exits).toEqual([1]);
    expect(steps).toEqual(['stop']);
    expect(logs.join('')).toContain('overran');
  });

  it('still closes after a failing step, then exits 1 and logs which step failed', async () => {
    const { steps, exits, logs, handle } = setup({
      stopAccepting: () => {
        throw new Error('server already closed');
      },
    });
    expect(await handle.shutdown('test')).toBe(1);
    expect(steps).toEqual(['drain', 'close']);
    expect(exits).toEqual([1]);
    expect(logs.join('')).toContain('"step":"stop accepting"');
  });

  it('stops listening after dispose', () => {
    const { exits, signals, handle } = setup();
    handle.dispose();
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    expect(signals.listenerCount('SIGINT')).toBe(0);
    // Nothing listens, so nothing can have been started by the signal.
    signals.emit('SIGTERM', 'SIGTERM');
    expect(handle.shuttingDown).toBe(false);
    expect(exits).toEqual([]);
  });
});

describe('createInFlight', () => {
  it('counts a rejected promise down too, and hands the rejection back to the caller', async () => {
    const inFlight = createInFlight();
    const failing = inFlight.track(Promise.reject(new Error('slack 500')));
    await expect(failing).rejects.toThrow('slack 500');
    await inFlight.drain();
    expect(inFlight.count).toBe(0);
  });
});

const FIXTURE = fileURLToPath(new URL('./fixtures/shutdown-child.ts', import.meta.url));

/** Runs the fixture in a real Node process, sends SIGTERM once it is ready, and reports how it ended. */
function runChild(env: Record<string, string>): Promise<{ code: number | null; stdout: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let signalledAt = 0;
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child did not exit in time; stdout so far: ${stdout}`));
    }, 15_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (signalledAt === 0 && stdout.includes('ready\n')) {
        signalledAt = Date.now();
        child.kill('SIGTERM');
      }
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, ms: Date.now() - signalledAt });
    });
  });
}

describe('a real process receiving SIGTERM', () => {
  it('finishes the work in flight, closes, and exits 0 within 10 s', async () => {
    const { code, stdout, ms } = await runChild({ WORK_MS: '300' });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual(['ready', 'stopped accepting', 'work finished', 'closed']);
    expect(ms).toBeLessThan(10_000);
  });

  it('exits 1 when the work in flight never finishes before the time limit', async () => {
    const { code, stdout } = await runChild({ HANG: '1', TIMEOUT_MS: '300' });
    expect(code).toBe(1);
    expect(stdout).not.toContain('closed');
  });
});
