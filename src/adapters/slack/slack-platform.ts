import type { HTTPReceiver as BoltHTTPReceiver, SocketModeReceiver as BoltSocketModeReceiver } from '@slack/bolt';
import { App, HTTPReceiver, SocketModeReceiver } from './bolt.js';
import type { PlatformDeps, ServedPlatform } from '../platform-deps.js';
import { slackDescriptor, type SlackSettings } from './descriptor.js';
import { boltLogger, boltLogLevel } from './bolt-logger.js';
import { slackErrorCode } from './deliver.js';
import { eventsRoute, SLACK_EVENTS_PATH } from './events-route.js';
import { SLACK_RETRIES } from './retry-policy.js';
import type { HandlerDeps } from './handler-deps.js';
import { listen, type SlackListeners } from './listen.js';
import { onAction } from './on-action.js';
import { onCommand } from './on-command.js';
import { onHomeOpened } from './on-home-opened.js';
import { onMention } from './on-mention.js';
import { ownDms } from './own-dms.js';
import { onDirectMessage } from './on-message-im.js';
import { userNames } from './user-names.js';
import { webApiFetch } from './web-api-fetch.js';
import { errorMessage } from '../../core/errors.js';
import { apiErrorFields } from '../shared/error-fields.js';
import { MAX_BODY_BYTES } from '../shared/http-body.js';
import { readingPastMarkup } from '../shared/markup.js';

export { SLACK_EVENTS_PATH };

/** The Web API base URL with the trailing slash the WebClient concatenates method names onto. */
function apiUrl(raw: string | undefined): { slackApiUrl?: string } {
  if (raw === undefined) return {};
  return { slackApiUrl: raw.endsWith('/') ? raw : `${raw}/` };
}

/** A failed event's log fields, with Slack's own API error code where there is one. */
function slackErrorFields(err: unknown): Record<string, unknown> {
  const slack = slackErrorCode(err);
  return apiErrorFields(err, slack ? { slack } : {});
}

/** Error codes of failed calls to Slack: the Web API's, and Bolt's for a response_url POST. */
const API_ERROR_CODES = new Set(['slack_webapi_request_error', 'slack_webapi_http_error', 'slack_webapi_platform_error', 'slack_webapi_rate_limited_error', 'slack_bolt_respond_error']);

function isApiError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  // One middleware routes every request (listen.ts), so a failure reaches app.error as thrown, never
  // wrapped with others as Bolt does when several listeners fail at once.
  const { code } = err as { code?: unknown };
  return typeof code === 'string' && API_ERROR_CODES.has(code);
}

/**
 * The Slack platform on @slack/bolt. Socket Mode when SLACK_APP_TOKEN is set (Bolt dials out, no
 * public URL); otherwise HTTP mode, where Bolt's HTTPReceiver only verifies and parses requests and
 * the shared HTTP server (which owns PORT) mounts it as `POST /slack/events`. Bolt never listens.
 */
export interface SlackPlatformOptions {
  /** How long one Web API call may take. Default 10 s; tests shorten it instead of waiting. */
  apiTimeoutMs?: number;
}

export function createSlackPlatform(deps: PlatformDeps<SlackSettings>, options: SlackPlatformOptions = {}): ServedPlatform {
  const { config, logger } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('SLACK_BOT_TOKEN is required for the Slack adapter');
  const level = boltLogLevel(config.LOG_LEVEL);
  const log = boltLogger(logger, level);
  // A chat reply that arrives minutes late is worse than a logged failure, and start-up against an
  // unreachable Slack must fail in seconds: no call waits longer than 10 s, and only what cannot
  // have reached Slack is retried (a timed-out post may have been posted).
  // Web API calls go over node:http (web-api-fetch.ts): Node's fetch was the largest part of a reply's own CPU.
  // The limit is kept by the fetch itself (one timer per call, not the client's AbortSignal per call).
  const clientOptions = { ...apiUrl(config.SLACK_API_URL), retryConfig: SLACK_RETRIES, fetch: webApiFetch(undefined, { timeoutMs: options.apiTimeoutMs ?? 10_000 }) };

  let started = false;
  let connected = false;
  let receiver: BoltHTTPReceiver | BoltSocketModeReceiver;
  if (config.SLACK_APP_TOKEN) {
    const socket = new SocketModeReceiver({
      appToken: config.SLACK_APP_TOKEN,
      logger: log,
      logLevel: level,
      // apps.connections.open is a Web API call too: it must honour SLACK_API_URL like the rest.
      installerOptions: { clientOptions: apiUrl(config.SLACK_API_URL) },
    });
    socket.client.on('connected', () => (connected = true));
    for (const state of ['disconnecting', 'disconnected', 'reconnecting']) socket.client.on(state, () => (connected = false));
    receiver = socket;
  } else {
    if (!config.SLACK_SIGNING_SECRET) throw new Error('SLACK_SIGNING_SECRET is required for the Slack adapter in HTTP mode');
    // The events route reads and checks each body before Bolt sees it; Bolt's cap is kept equal as a second line.
    // The route is the only way in (Bolt never listens) and hands Bolt only bodies whose signature it
    // verified, so Bolt does not verify the same body a second time (an HMAC and a timing-safe compare).
    receiver = new HTTPReceiver({ signingSecret: config.SLACK_SIGNING_SECRET, signatureVerification: false, endpoints: SLACK_EVENTS_PATH, logger: log, logLevel: level, bodyLimit: MAX_BODY_BYTES });
  }

  // deferInitialization: auth.test runs in start(), where a bad token fails start-up, not the constructor.
  // convoStore false: Bolt's conversation store (context.conversation, unused here) looked every event up in
  // memory and, finding nothing, built an Error with its stack trace each time.
  const app = new App({ token, receiver, logger: log, logLevel: level, clientOptions, deferInitialization: true, convoStore: false });
  // One place for the unexpected: a line in the log, and the process keeps serving.
  const apiError = (): void => deps.metrics?.platformApiError('slack');
  app.error(async (err) => {
    if (isApiError(err)) apiError();
    logger.error(slackErrorFields(err), 'slack: handling an event failed');
  });
  const intake = deps.intake;
  const socketMode = !(receiver instanceof HTTPReceiver);
  if (intake) {
    app.use(async (args) => {
      // Socket Mode, stopping: a command or click not yet acknowledged is left so, and Slack tells
      // the person it failed rather than the bot half-answering. An Events API message has no `ack`
      // here: Bolt acknowledged it before any middleware ran, so Slack will not deliver it again and
      // dropping it would lose it: it is answered, tracked so the stop's drain waits for it. Over
      // HTTP the events route already refused what arrived after the stop began.
      if (socketMode && !intake.accepting() && 'ack' in args && args.ack !== undefined) return;
      await intake.track(args.next());
    });
  }
  const names = userNames(logger, apiError, deps.clock);
  const handlerDeps: HandlerDeps = { bot: names.showingNames(readingPastMarkup(deps.bot, deps.markup ?? slackDescriptor.markup)), store: deps.store, logger, names, dms: ownDms(), limits: deps.limits ?? slackDescriptor.limits };
  listen(app, slackListeners(handlerDeps));

  const http = receiver instanceof HTTPReceiver ? receiver : undefined;
  const notServing = (): 'starting' | 'stopping' | undefined => (!started ? 'starting' : intake && !intake.accepting() ? 'stopping' : undefined);
  const signingSecret = config.SLACK_SIGNING_SECRET ?? '';
  return {
    name: 'slack',
    routes: http ? [eventsRoute({ receiver: http, signingSecret, notServing, logger, ...(intake ? { intake } : {}) })] : [],
    async start() {
      // auth.test (init) checks the bot token; apps.connections.open (start) the app-level token.
      await app.init().catch((err: unknown) => Promise.reject(startError(err, 'SLACK_BOT_TOKEN')));
      if (socketMode) await app.start().catch((err: unknown) => Promise.reject(startError(err, 'SLACK_APP_TOKEN')));
      started = true;
      logger.info({ mode: socketMode ? 'socket' : 'http' }, 'slack: started');
    },
    async stop() {
      started = false;
      if (socketMode) await app.stop();
    },
    isReady: () => started && (!socketMode || connected),
  };
}

/** What the adapter answers (listen.ts): the manifest test reads this table too. */
export function slackListeners(deps: HandlerDeps): SlackListeners {
  return {
    events: { app_mention: onMention(deps), message: onDirectMessage(deps), app_home_opened: onHomeOpened(deps) },
    command: onCommand(deps),
    click: onAction(deps),
  };
}

/** Slack's error codes that mean a token is wrong, and which setting to fix for each. */
const TOKEN_ERRORS: Record<string, string> = {
  invalid_auth: 'is not valid',
  not_authed: 'is missing',
  account_inactive: 'belongs to a deleted app or deactivated workspace',
  token_revoked: 'was revoked',
  token_expired: 'has expired',
  not_allowed_token_type: 'is the wrong kind of token',
};

/** A start-up failure as one sentence a person can act on; never the token itself. */
function startError(err: unknown, setting: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN'): Error {
  const code = slackErrorCode(err);
  const problem = code === undefined ? undefined : TOKEN_ERRORS[code];
  if (problem) {
    return new Error(`Slack refused to start: ${setting} ${problem} (${code}). Copy it again from the app's settings page on api.slack.com.`);
  }
  const reason = errorMessage(err);
  // No answer at all (DNS, firewall, proxy) is a network problem, not a refusal.
  if ((err as { code?: unknown }).code === 'slack_webapi_request_error') {
    return new Error(`could not reach Slack's Web API (${reason}); check the network, a proxy, or SLACK_API_URL`);
  }
  return new Error(`Slack refused to start: ${reason}`);
}
