import type { PlatformLimits } from '../descriptor.js';

/** Slack's limits that the core's replies meet: a section's text, an action_id, an actions block. */
export const SLACK_LIMITS: PlatformLimits = { textLength: 3000, buttonIdBytes: 255, buttonsPerRow: 25 };
