import type { PlatformLimits } from '../descriptor.js';

// Discord's documented message limits. A message breaking any of them is refused whole (HTTP
// 400), so the renderer keeps under every one rather than trusting content to be short.
export const LIMITS = {
  content: 2_000,
  embedsPerMessage: 10,
  embedTotal: 6_000,
  title: 256,
  description: 4_096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  threadName: 100,
} as const;

/** What the descriptor declares: an embed's description, a custom_id, an action row. */
export const DISCORD_LIMITS: PlatformLimits = { textLength: LIMITS.description, buttonIdBytes: LIMITS.customId, buttonsPerRow: LIMITS.buttonsPerRow };
