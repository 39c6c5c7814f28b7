import { afterEach, describe, expect, it } from 'vitest';
import { read } from './helpers/fake-slack.js';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { buttonsOf, visibleText } from './helpers/blocks.js';
import { ALICE, CHANNEL_ID, appHomeOpened } from './helpers/payloads.js';
import { twoArticleKb } from '../../helpers/kb.js';

// `/arch decide NAME` with two articles loaded: the name picks the checklist; the Home tab offers each.

describe('slack /arch decide with several checklists', () => {
  let h: SlackHarness;
  afterEach(async () => {
    expect(h.fake.refused).toEqual([]);
    await h.close();
  });

  it('runs the checklist named after /arch decide in a channel thread', async () => {
    h = await startSlackHarness({ kb: twoArticleKb() });
    await h.command('decide monolith-or-microservices');
    const question = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID).find((m) => m.threadTs !== undefined), 'the first question');
    expect(read(question).text).toMatch(/Monolith or microservices\?[\s\S]*How many teams/);
  });

  it('offers every checklist by name when none is named, and starts the one clicked', async () => {
    h = await startSlackHarness({ kb: twoArticleKb() });
    await h.command('decide');
    // Said only to the person who asked, like every answer to /arch.
    const offer = await h.fake.waitFor(() => h.fake.ephemeralFor(ALICE.id).find((m) => /Which decision\?/.test(read(m).text)), 'the offer');
    expect(read(offer).text).toMatch(/`decide docker-vs-kubernetes`[\s\S]*`decide monolith-or-microservices`/);
    await h.click(offer, /Decide: Monolith or microservices\?/);
    const question = await h.fake.waitFor(() => h.fake.visible(CHANNEL_ID).find((m) => /How many teams/.test(read(m).text)), 'the first question');
    expect(read(question).text).toMatch(/1\/2/);
  });
});

describe('slack App Home with two articles', () => {
  let h: SlackHarness;
  afterEach(async () => {
    await h.close();
  });

  it('says what both articles cover, groups the topics by article and offers each checklist', async () => {
    h = await startSlackHarness({ kb: twoArticleKb() });
    await h.event(appHomeOpened(ALICE));
    const blocks = await h.fake.waitFor(() => h.fake.homeViews.get(ALICE.id), 'the published view');
    const text = visibleText(blocks, '');
    expect(text).toMatch(/I answer questions about Docker and Kubernetes, or monoliths and microservices/);
    expect(text).toMatch(/\/arch decide monolith-or-microservices/);
    expect(text.indexOf('Monolith vs microservices')).toBeGreaterThan(text.indexOf('Docker vs Kubernetes'));
    const labels = buttonsOf(blocks).map((b) => b.label);
    expect(labels).toEqual(twoArticleKb().offeredChecklists().map((c) => `Start a decision: ${c.title}`));
    expect(labels[0]).toBe('Start a decision: Docker alone, or Kubernetes?');
    expect(labels).toContain('Start a decision: Monolith or microservices?');
  });
});
