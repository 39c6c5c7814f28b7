import type { App } from '@slack/bolt';
import type { HandlerDeps } from './handler-deps.js';
import { homeView } from './home-view.js';

/** Publishes the App Home each time it is opened, so it always lists the current topics. */
export function onHomeOpened(app: App, deps: HandlerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    // The same event fires for the Messages and About tabs; only Home has a view to publish.
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: homeView(deps.bot.kb) });
  });
}
