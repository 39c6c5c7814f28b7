import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import { verifySlackRequest } from './bolt.js';
import type { Clock, Logger } from '../../core/types.js';
import { errorMessage } from '../../core/errors.js';
import type { Intake } from '../platform-deps.js';
import { payloadProblem } from './payload-shape.js';
import { MAX_BODIES_IN_FLIGHT, MAX_BODY_BYTES, readBody } from '../shared/http-body.js';
import { headerRefusal, mayBeSslCheck, type Refusal } from './request-guard.js';

/** Where Slack posts events, commands and interactions in HTTP mode (the manifest's request URLs). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface EventsRouteDeps {
  receiver: HTTPReceiver;
  signingSecret: string;
  /** 'starting' before auth.test passed, 'stopping' once shutdown began; undefined while serving. */
  notServing: () => 'starting' | 'stopping' | undefined;
  logger: Logger;
  intake?: Intake;
  clock?: Clock;
}

function refuse(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  // Closing the connection drops whatever part of the body is still on its way.
  res.writeHead(status, { 'content-type': 'text/plain', connection: 'close', ...headers }).end(text);
}

const finished = (res: ServerResponse): Promise<void> => new Promise((resolve) => (res.writableFinished || res.destroyed ? resolve() : res.once('close', () => resolve())));

/**
 * POST /slack/events, with a guard in front of Bolt's HTTPReceiver. Bolt buffers up to 4 MiB and
 * only then checks the signature; here a request with missing or malformed signature headers, a
 * timestamp over five minutes from now, or a declared body over MAX_BODY_BYTES is refused before a
 * byte of its body is read, at most MAX_BODIES_IN_FLIGHT bodies are read at once, and a signed
 * body Bolt could not route gets a 400. Bolt then gets the body already read (it re-verifies it).
 */
export function eventsRoute(deps: EventsRouteDeps) {
  const { logger } = deps;
  const clock = deps.clock ?? Date.now;
  let reading = 0;
  // Refusals before the signature is known are an attacker's to multiply: counted, logged at debug.
  const unsigned = (refusal: Refusal): void => logger.debug({ status: refusal.status, reason: refusal.reason }, 'slack: request refused');

  const receive = async (req: IncomingMessage, res: ServerResponse, sslCheckOnly: boolean): Promise<void> => {
    reading += 1;
    const read = await readBody(req, MAX_BODY_BYTES).finally(() => (reading -= 1));
    if (read.kind === 'aborted') return;
    if (read.kind === 'too-large') return refuse(res, 413, 'request body too large');
    const raw = read.body.toString('utf8');
    if (sslCheckOnly) {
      if (new URLSearchParams(raw).get('ssl_check') === '1') res.writeHead(200).end();
      else refuse(res, 401, 'unsigned');
      return;
    }
    if (deps.notServing() === 'stopping') {
      // Not acknowledged, so Slack delivers it again, to a replica that is still running.
      logger.info({ bytes: read.body.length }, 'slack: shutting down; refused (503) an event whose body was still arriving, Slack will redeliver it');
      return refuse(res, 503, 'stopping', { 'retry-after': '1' });
    }
    try {
      const timestamp = Number(req.headers['x-slack-request-timestamp']);
      verifySlackRequest({ signingSecret: deps.signingSecret, body: raw, headers: { 'x-slack-signature': String(req.headers['x-slack-signature']), 'x-slack-request-timestamp': timestamp } });
    } catch (err) {
      logger.warn({ reason: errorMessage(err) }, 'slack: request with a bad signature refused');
      return refuse(res, 401, 'bad signature');
    }
    const problem = payloadProblem(req.headers['content-type'], raw);
    if (problem) {
      logger.warn({ problem }, 'slack: signed request with a malformed body refused');
      return refuse(res, 400, 'malformed body');
    }
    // Bolt's bufferIncomingMessage uses a body already read instead of reading the stream again.
    Object.assign(req, { rawBody: read.body });
    try {
      deps.receiver.requestListener(req, res);
    } catch (err) {
      logger.warn({ err: errorMessage(err) }, 'slack: request not handled');
      return refuse(res, 404, 'not found');
    }
    // Shutdown waits for the acknowledgement (the listener's own work is tracked by the adapter).
    await finished(res);
  };

  return {
    method: 'POST' as const,
    path: SLACK_EVENTS_PATH,
    handle(req: IncomingMessage, res: ServerResponse): void {
      const unavailable = deps.notServing();
      if (unavailable) {
        // Before auth.test has passed there is no authorisation to run listeners with, and once
        // stopping nothing new is taken on: Slack retries either way.
        refuse(res, 503, unavailable, { 'retry-after': '1' });
        return;
      }
      const refusal = headerRefusal(req.headers, clock());
      const sslCheckOnly = refusal?.status === 401 && req.headers['x-slack-signature'] === undefined && mayBeSslCheck(req.headers);
      if (refusal && !sslCheckOnly) {
        unsigned(refusal);
        refuse(res, refusal.status, refusal.reason);
        return;
      }
      if (reading >= MAX_BODIES_IN_FLIGHT) {
        unsigned({ status: 503, reason: 'too many request bodies in flight' });
        refuse(res, 503, 'busy', { 'retry-after': '1' });
        return;
      }
      const work = receive(req, res, sslCheckOnly).catch((err: unknown) => {
        logger.warn({ err: errorMessage(err) }, 'slack: request failed');
        refuse(res, 500, 'internal error');
      });
      if (deps.intake) void deps.intake.track(work);
    },
  };
}
