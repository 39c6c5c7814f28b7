import type { AllMiddlewareArgs, AnyMiddlewareArgs, App, BlockAction, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';

// What the adapter answers, as one table: the events by type, every slash command, and button
// clicks. Bolt runs each listener registered with app.event/command/action (its matching
// middleware, an array copy and a chain of promises) on every request, so five listeners cost
// 26-42 µs per event more than one (measured on the reply bench, 2026-12-06); `listen` installs one
// middleware that looks the request up in this table instead. The manifest test reads the same
// table to check the manifest subscribes to exactly these.

type Args<T> = T & AllMiddlewareArgs;
type EventListener<E extends string> = (args: Args<SlackEventMiddlewareArgs<E>>) => Promise<void>;

export interface SlackListeners {
  events: {
    app_mention: EventListener<'app_mention'>;
    message: EventListener<'message'>;
    app_home_opened: EventListener<'app_home_opened'>;
  };
  /** Every slash command of the app (renaming `/arch` in the manifest needs no code change). */
  command: (args: Args<SlackCommandMiddlewareArgs>) => Promise<void>;
  /** Every button click (`block_actions`). */
  click: (args: Args<SlackActionMiddlewareArgs<BlockAction>>) => Promise<void>;
}

export type SlackEventType = keyof SlackListeners['events'];

function isListenedEvent(type: unknown, events: SlackListeners['events']): type is SlackEventType {
  return typeof type === 'string' && Object.hasOwn(events, type);
}

/**
 * Routes each request to its listener; anything else (an event type, a view or a shortcut the app
 * does not subscribe to) goes on through Bolt as before, which acknowledges events and lets the
 * rest go unanswered, as it did with no listener matching.
 */
export function listen(app: App, listeners: SlackListeners): void {
  app.use(async (args: Args<AnyMiddlewareArgs>) => {
    if ('command' in args) return listeners.command(args);
    if ('event' in args) {
      const type = (args.event as { type?: unknown }).type;
      if (isListenedEvent(type, listeners.events)) {
        // The table's key is the event's type, so the listener for it gets the args Bolt built for that type.
        const listener = listeners.events[type] as EventListener<string>;
        return listener(args);
      }
    } else if ('action' in args && args.body.type === 'block_actions') {
      return listeners.click(args as Args<SlackActionMiddlewareArgs<BlockAction>>);
    }
    await args.next();
  });
}
