import type { Bot } from '../../core/bot.js';
import type { Logger, SessionStore } from '../../core/types.js';
import type { PlatformLimits } from '../descriptor.js';
import type { OwnDms } from './own-dms.js';
import type { UserNames } from './user-names.js';

/** What every Slack listener needs besides Bolt's own arguments. */
export interface HandlerDeps {
  bot: Bot;
  store: SessionStore;
  logger: Logger;
  names: UserNames;
  dms: OwnDms;
  /** What the descriptor declares: replies are rendered within them. */
  limits: PlatformLimits;
}
