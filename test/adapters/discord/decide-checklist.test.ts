import { afterEach, describe, expect, it } from 'vitest';
import { archCommand } from '../../../src/adapters/discord/commands.js';
import { twoArticleKb } from '../../helpers/kb.js';
import { buttonsOf, callbacks, startHarness, textOf, type Harness } from './helpers/harness.js';
import { autocomplete, inChannel, inDm, slashCommand, type Json } from './helpers/payloads.js';

// `/arch decide` with two articles loaded: a `checklist` option with autocomplete names one; with
// none named the checklists are offered as buttons.

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** `/arch decide` with its `checklist` option set, or being typed (focused) for autocomplete. */
function withChecklist(payload: Json, value: string, focused = false): Json {
  const data = payload.data as { options: Array<{ name: string; options: Json[] }> };
  const [sub] = data.options;
  if (sub) {
    sub.name = 'decide';
    sub.options = [{ type: 3, name: 'checklist', value, ...(focused ? { focused: true } : {}) }];
  }
  return payload;
}

describe('discord /arch decide with several checklists', () => {
  it('declares an optional checklist option with autocomplete, and descriptions read from the articles', () => {
    const body = archCommand(twoArticleKb());
    expect(body.description).toBe('Answers about Docker and Kubernetes, or monoliths and microservices, and a guided decision');
    const decide = body.options?.find((o) => o.name === 'decide') as { options?: Array<{ name: string; required?: boolean; autocomplete?: boolean }> };
    expect(decide.options).toEqual([expect.objectContaining({ name: 'checklist', required: false, autocomplete: true })]);
  });

  it('suggests the checklists by title, each with its article, and runs the one picked', async () => {
    const bot = (h = await startHarness({ kb: twoArticleKb() }));
    const suggested = callbacks(await bot.interact(withChecklist(autocomplete('', inDm()), 'mono', true)))[0]?.body;
    expect(suggested).toEqual({ type: 8, data: { choices: [{ name: 'Monolith or microservices? (Monolith vs microservices)', value: 'monolith-or-microservices' }] } });
    const all = callbacks(await bot.interact(withChecklist(autocomplete('', inDm()), '', true)))[0]?.body.data?.choices as Json[];
    // Every checklist loaded, the main article's default first (the shipped article may hold more than one).
    expect(all.map((c) => c.value)).toEqual(twoArticleKb().offeredChecklists().map((c) => c.id));
    expect(all.map((c) => c.value)).toEqual(expect.arrayContaining(['monolith-or-microservices']));
    expect(all[0]?.value).toBe('docker-vs-kubernetes');

    const started = callbacks(await bot.interact(withChecklist(slashCommand('decide', inDm()), 'monolith-or-microservices')))[0]?.body;
    expect(textOf(started?.data)).toMatch(/Monolith or microservices\?[\s\S]*How many teams/);
  });

  it('offers every checklist as a button when none is named', async () => {
    const bot = (h = await startHarness({ kb: twoArticleKb() }));
    const offer = callbacks(await bot.interact(slashCommand('decide', inChannel())))[0]?.body;
    expect(textOf(offer?.data)).toMatch(/Which decision\?/);
    const labels = buttonsOf(offer?.data ?? {}).map((b) => b.label);
    expect(labels).toEqual(twoArticleKb().offeredChecklists().map((c) => `Decide: ${c.title}`));
    expect(labels[0]).toBe('Decide: Docker alone, or Kubernetes?');
    expect(labels).toContain('Decide: Monolith or microservices?');
  });
});
