import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { slackManifest } from '../../../src/adapters/slack/manifest.js';
import { main } from '../../../src/main.js';
import { captureIo } from '../../helpers/io.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../../src/core/knowledge-base.js';
import { twoArticleKb } from '../../helpers/kb.js';

const MANIFEST = fileURLToPath(new URL('../../../deploy/slack/manifest.yaml', import.meta.url));

interface Manifest {
  display_information: { description: string; long_description: string };
  features: { slash_commands: Array<{ description: string; usage_hint: string }> };
}

describe('the Slack manifest is written from the content', () => {
  it('deploy/slack/manifest.yaml is exactly what `archbot slack manifest` prints for the shipped content', () => {
    // Everything under content/, as deployed: an article added there needs the manifest written again.
    const loaded = loadContent();
    if (!loaded.ok) throw new Error('content/ does not load: run archbot check');
    expect(readFileSync(MANIFEST, 'utf8')).toBe(slackManifest(new KnowledgeBase(loaded.value)));
  });

  it("names every article and stays within Slack's lengths", () => {
    const manifest = yaml.load(slackManifest(twoArticleKb())) as Manifest;
    const { description, long_description: long } = manifest.display_information;
    expect(description).toBe('Answers questions on Docker vs Kubernetes and Monolith vs microservices and walks your team through a decision.');
    expect(description.length).toBeLessThanOrEqual(140);
    expect(long).toMatch(/from the articles Docker vs Kubernetes and Monolith vs microservices/);
    expect(long.length).toBeGreaterThanOrEqual(174);
    const [command] = manifest.features.slash_commands;
    expect(command?.description.length).toBeLessThanOrEqual(100);
    expect(command?.usage_hint).toBe('[question] | decide [name] | topics | help');
  });
});

describe('archbot slack manifest', () => {
  it('prints the manifest for the content it is given, and refuses anything after it', async () => {
    const run = async (argv: string[]) => {
      const io = captureIo('');
      const code = await main(argv, {}, io);
      return { code, out: io.out(), err: io.err() };
    };
    expect(await run(['slack', 'manifest'])).toEqual({ code: 0, out: readFileSync(MANIFEST, 'utf8'), err: '' });
    expect((await run(['slack', 'manifest', '--write'])).code).toBe(2);
  });
});
