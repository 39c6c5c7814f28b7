import type { Client } from 'discord.js';
import type { Bot } from '../../core/bot.js';
import type { Logger, SessionStore } from '../../core/types.js';
import type { PlatformMetrics } from '../../server/metrics.js';
import type { PlatformLimits } from '../descriptor.js';
import type { Intake } from '../platform-deps.js';

/** What the event handlers share: the connected client, the core, and the store for dedupe. */
export interface DiscordContext {
  client: Client;
  bot: Bot;
  logger: Logger;
  store: SessionStore;
  metrics?: PlatformMetrics;
  intake?: Intake;
  /** What the descriptor declares: replies are rendered within them. */
  limits: PlatformLimits;
}

/** Platforms redeliver; an id seen within this window is not answered again. */
export const DEDUPE_MS = 15 * 60 * 1000;
