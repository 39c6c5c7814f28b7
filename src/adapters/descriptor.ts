import type { z } from 'zod';
import type { Io } from '../cli/io.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import type { LogLevel } from '../logger.js';
import type { PlatformDeps, ServedPlatform } from './platform-deps.js';

/** What a platform's messages can hold; renderers keep within it and button ids are sized to it. */
export interface PlatformLimits {
  /** Longest text in one block of a message, in characters (longer text is split or cut). */
  textLength: number;
  /** Longest button id, in bytes; at least `MIN_ID_BYTES` (64), which every action fits. */
  buttonIdBytes: number;
  /** Most buttons side by side in one row. */
  buttonsPerRow: number;
}

/**
 * One chat platform, as `serve`, the config reader and the logger see it. A descriptor module
 * imports no SDK: its `start` imports the adapter (and with it Bolt or discord.js) only when the
 * platform is configured, so a Slack-only bot never loads discord.js.
 */
export interface PlatformDescriptor<Keys extends z.ZodRawShape = z.ZodRawShape> {
  /** The platform's id: the first part of its thread ids, its metrics label, the key of its rate limits. */
  name: string;
  /** How people write the platform's name, for help and logs ("Slack"). */
  title: string;
  /** The platform's own environment variables; errors name the variable, never the value. */
  configSchema: z.ZodObject<Keys>;
  /** Rules across the platform's variables (a Slack bot token needs a signing secret or an app token). */
  crossCheck?(env: z.infer<z.ZodObject<Keys>>): Array<{ path: [string]; message: string }>;
  /** Whether the settings ask for this platform (its token is set). */
  wanted(env: z.infer<z.ZodObject<Keys>>): boolean;
  /** The configured values to mask in every log line. */
  secrets(env: z.infer<z.ZodObject<Keys>>): Array<string | undefined>;
  /**
   * The platform's own markup in typed text (mentions, channel links, custom emoji): its adapter
   * removes it when it translates a message, so the core reads only words. `startPlatform` hands
   * it, and `limits`, to `start` (`deps.markup`, `deps.limits`): what is declared here is what is used.
   */
  markup: readonly RegExp[];
  limits: PlatformLimits;
  /** Shapes of this platform's credentials, masked wherever they appear, even when nobody listed them. */
  secretPatterns: readonly RegExp[];
  /**
   * `archbot <name> …`: the platform's own command line (setting it up on the platform's side),
   * loaded only when run. `args` follow the platform's name; exit code as every command's.
   */
  command?: {
    /** For --help: how it is called, and what it does. */
    synopsis: string;
    summary: string;
    /** `content()` loads the articles (printing their problems and returning undefined when they fail). */
    run(args: string[], settings: z.infer<z.ZodObject<Keys>> & { LOG_LEVEL: LogLevel }, io: Io, content: () => KnowledgeBase | undefined): Promise<number>;
  };
  /** Builds the adapter from its own settings (`deps.config` holds only this schema's keys and the log level). */
  start(deps: PlatformDeps<z.infer<z.ZodObject<Keys>>>): Promise<ServedPlatform>;
}
