import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import { encodeAction, utf8Length } from '../../core/actions.js';
import type { Choice, ChoiceGroup } from '../../core/types.js';
import type { PlatformLimits } from '../descriptor.js';
import { LIMITS } from './limits.js';
import { truncate } from '../shared/text.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** Rows in reading order: the question's options, then moving on, then reading, then sharing and feedback. */
const ROW_ORDER: ChoiceGroup[][] = [['options'], ['navigation'], ['related'], ['share', 'feedback']];

function styleOf(choice: Choice): APIButtonComponentWithCustomId['style'] {
  if (choice.style === 'primary') return ButtonStyle.Primary;
  if (choice.style === 'danger') return ButtonStyle.Danger;
  // Share is the one thing an ephemeral answer is for, so it stands out.
  if (choice.group === 'share') return ButtonStyle.Success;
  return ButtonStyle.Secondary;
}

/**
 * Choices as action rows of buttons: at most the descriptor's `buttonsPerRow` a row and 5 rows (the rest are dropped, least
 * important last), labels cut to 80 characters, ids from `encodeAction` (namespaced `ab2:` and
 * sized to the descriptor's 100 bytes). Two choices with the same action would share an id, which Discord
 * refuses, so the second is dropped.
 */
export function renderButtons(choices: readonly Choice[], limits: PlatformLimits): ButtonRow[] {
  const seen = new Set<string>();
  const rows: ButtonRow[] = [];
  for (const groups of ROW_ORDER) {
    const buttons: APIButtonComponentWithCustomId[] = [];
    for (const choice of choices) {
      if (!groups.includes(choice.group)) continue;
      const customId = encodeAction(choice.action, limits.buttonIdBytes);
      if (utf8Length(customId) > limits.buttonIdBytes || seen.has(customId)) continue;
      seen.add(customId);
      buttons.push({ type: ComponentType.Button, style: styleOf(choice), label: truncate(choice.label, LIMITS.buttonLabel), custom_id: customId });
    }
    for (let i = 0; i < buttons.length; i += limits.buttonsPerRow) {
      rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + limits.buttonsPerRow) });
    }
  }
  return rows.slice(0, LIMITS.rows);
}
