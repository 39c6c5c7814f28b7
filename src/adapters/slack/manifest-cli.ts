import { UsageError, type Io } from '../../cli/io.js';
import type { KnowledgeBase } from '../../core/knowledge-base.js';
import { slackManifest } from './manifest.js';

const USAGE = 'usage: archbot slack manifest > deploy/slack/manifest.yaml';

/** `archbot slack manifest` (`args` follow `slack`): the Slack app manifest for this content, on stdout. */
export async function slackCommand(args: string[], io: Io, content: () => KnowledgeBase | undefined): Promise<number> {
  const [sub = '', ...rest] = args;
  if (sub !== 'manifest') throw new UsageError(`unknown slack command "${sub}"; ${USAGE}`);
  if (rest.length > 0) throw new UsageError(`slack manifest: unexpected "${rest[0] ?? ''}"; ${USAGE}`);
  const kb = content();
  if (!kb) return 1;
  io.stdout.write(slackManifest(kb));
  return 0;
}
