import type { HandlerDeps } from './handler-deps.js';
import { homeView } from './home-view.js';
import type { SlackListeners } from './listen.js';

/** Publishes the App Home each time it is opened, so it always lists the current topics. */
export function onHomeOpened(deps: HandlerDeps): SlackListeners['events']['app_home_opened'] {
  return async ({ event, client }) => {
    // The same event fires for the Messages and About tabs; only Home has a view to publish.
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: homeView(deps.bot.kb) });
  };
}
