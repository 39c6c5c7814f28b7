import * as z from 'zod';
import { optionalText, url } from '../../config-fields.js';
import type { PlatformDescriptor } from '../descriptor.js';
import { SLACK_LIMITS } from './limits.js';
import { SLACK_MARKUP } from './markup.js';

const configSchema = z.object({
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), { message: 'must start with xoxb-' }),
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), { message: 'must start with xapp-' }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: url,
});

export type SlackSettings = z.infer<typeof configSchema>;

export const slackDescriptor: PlatformDescriptor<typeof configSchema.shape> = {
  name: 'slack',
  title: 'Slack',
  configSchema,
  crossCheck(env) {
    const problems: Array<{ path: [string]; message: string }> = [];
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      problems.push({ path: ['SLACK_SIGNING_SECRET'], message: 'is required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN (Socket Mode) is set' });
    }
    if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN) {
      problems.push({ path: ['SLACK_BOT_TOKEN'], message: 'is required when other Slack settings are set' });
    }
    return problems;
  },
  wanted: (env) => Boolean(env.SLACK_BOT_TOKEN),
  secrets: (env) => [env.SLACK_BOT_TOKEN, env.SLACK_APP_TOKEN, env.SLACK_SIGNING_SECRET],
  markup: SLACK_MARKUP,
  limits: SLACK_LIMITS,
  secretPatterns: [
    /xox[a-z]-[A-Za-z0-9-]+/g, // Slack bot, user, refresh and legacy tokens
    /xapp-[A-Za-z0-9-]+/g, // Slack app-level tokens (Socket Mode)
    /hooks\.slack\.com\/services\/[A-Za-z0-9/]+/g, // incoming-webhook URLs carry their own secret
  ],
  command: {
    synopsis: 'archbot slack manifest',
    summary: 'print the Slack app manifest for this content (deploy/slack/manifest.yaml)',
    run: async (args, _settings, io, content) => (await import('./manifest-cli.js')).slackCommand(args, io, content),
  },
  // Bolt is loaded here, only once Slack is configured.
  start: async (deps) => (await import('./slack-platform.js')).createSlackPlatform(deps),
};
