import type { Logger } from '../core/types.js';
import { errorMessage } from '../core/errors.js';

/** Counts work in progress so shutdown can wait for it (an event being answered, a reply posting). */
export interface InFlight {
  /** Counts `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once nothing is in flight (at once if nothing is). */
  drain(): Promise<void>;
  readonly count: number;
}

export function createInFlight(): InFlight {
  let count = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    count -= 1;
    if (count > 0) return;
    const done = waiters;
    waiters = [];
    for (const wake of done) wake();
  };
  return {
    track(work) {
      count += 1;
      // Count down on either outcome; the caller still sees the original result or rejection.
      work.then(settle, settle);
      return work;
    },
    drain: () => (count === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    get count() {
      return count;
    },
  };
}

type Signal = 'SIGTERM' | 'SIGINT';

/** Where signals come from: `process` in production, an EventEmitter in tests. */
export interface SignalSource {
  on(event: Signal, listener: (signal: Signal) => void): unknown;
  off(event: Signal, listener: (signal: Signal) => void): unknown;
}

export interface ShutdownOptions {
  /** Stop taking new events: readiness goes to 503, platforms stop receiving. */
  stopAccepting: () => void | Promise<void>;
  /** Wait for work already started, e.g. `inFlight.drain`. */
  drain: () => Promise<void>;
  /** Close connections and stores. */
  close: () => void | Promise<void>;
  logger: Logger;
  /** Budget for all three steps. Keep it under the orchestrator's grace period (Kubernetes: 30 s). */
  timeoutMs?: number;
  exit?: (code: number) => void;
  signals?: SignalSource;
}

export interface ShutdownHandle {
  /** Runs the shutdown as a signal would (for a platform that ends on its own, like the terminal). */
  shutdown(reason: string): Promise<number>;
  readonly shuttingDown: boolean;
  /** Removes the signal listeners (tests). */
  dispose(): void;
}

const SIGNALS: readonly Signal[] = ['SIGTERM', 'SIGINT'];

/**
 * On the first SIGTERM or SIGINT: stop accepting, drain, close, then exit 0. Exits 1 if a step
 * failed or the whole thing overran `timeoutMs`, so the orchestrator records an unclean stop.
 * Later signals are logged and ignored; the timeout already bounds how long it can take.
 */
export function installShutdown(options: ShutdownOptions): ShutdownHandle {
  const { logger } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const signals: SignalSource = options.signals ?? process;
  let running: Promise<number> | undefined;

  const run = async (reason: string): Promise<number> => {
    const started = Date.now();
    logger.info({ reason, timeoutMs }, 'shutting down');
    let failed = false;
    const step = async (name: string, action: () => void | Promise<void>) => {
      try {
        await action();
      } catch (err) {
        failed = true;
        logger.error({ step: name, err: errorMessage(err) }, 'shutdown step failed');
      }
    };
    let timer: NodeJS.Timeout | undefined;
    // Left referenced on purpose: if a step hangs on a promise nothing will ever settle, the event
    // loop would otherwise empty and Node would exit 0 as if all went well.
    const overran = new Promise<'overran'>((resolve) => {
      timer = setTimeout(() => resolve('overran'), timeoutMs);
    });
    const steps = (async () => {
      await step('stop accepting', options.stopAccepting);
      await step('drain', options.drain);
      await step('close', options.close);
      return 'done' as const;
    })();
    const result = await Promise.race([steps, overran]);
    clearTimeout(timer);
    const ms = Date.now() - started;
    const code = result === 'overran' || failed ? 1 : 0;
    if (result === 'overran') logger.error({ timeoutMs }, 'shutdown overran its time limit; exiting anyway');
    else logger.info({ ms, clean: !failed }, 'shutdown complete');
    exit(code);
    return code;
  };

  const shutdown = (reason: string): Promise<number> => {
    if (running) {
      logger.warn({ reason }, 'already shutting down');
      return running;
    }
    running = run(reason);
    return running;
  };
  const onSignal = (signal: Signal) => void shutdown(signal);
  for (const signal of SIGNALS) signals.on(signal, onSignal);

  return {
    shutdown,
    get shuttingDown() {
      return running !== undefined;
    },
    dispose: () => {
      for (const signal of SIGNALS) signals.off(signal, onSignal);
    },
  };
}
