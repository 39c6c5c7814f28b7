import { slackManifest } from '../adapters/slack/manifest.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { UsageError, type Io } from './io.js';

/** `archbot slack manifest`: the Slack app manifest for this content, on stdout (redirect it to deploy/slack/manifest.yaml). */
export function slackManifestCommand(kb: KnowledgeBase, args: string[], io: Io): number {
  if (args.length > 0) throw new UsageError(`slack manifest: unexpected "${args[0] ?? ''}"; usage: archbot slack manifest > deploy/slack/manifest.yaml`);
  io.stdout.write(slackManifest(kb));
  return 0;
}
