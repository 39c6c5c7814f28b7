// How operators turn the insights page on: INSIGHTS_PASSWORD from a Secret, never a literal.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const load = (file: string): unknown[] => yaml.loadAll(readFileSync(`${ROOT}${file}`, 'utf8'));
type Env = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } } };

describe('INSIGHTS_PASSWORD in the deployment files', () => {
  it('comes from the archbot-secrets Secret in Kubernetes, optional so the page is simply off without it', () => {
    const deployment = load('deploy/kubernetes/deployment.yaml').find((d) => (d as { kind?: string }).kind === 'Deployment' && JSON.stringify(d).includes('"name":"archbot"'));
    const containers = (deployment as { spec: { template: { spec: { containers: Array<{ name: string; env: Env[] }> } } } }).spec.template.spec.containers;
    const env = containers.find((c) => c.name === 'archbot')?.env.find((e) => e.name === 'INSIGHTS_PASSWORD');
    expect(env?.value).toBeUndefined();
    expect(env?.valueFrom?.secretKeyRef).toEqual({ name: 'archbot-secrets', key: 'INSIGHTS_PASSWORD', optional: true });
    const example = load('deploy/kubernetes/secret.example.yaml')[0] as { stringData: Record<string, string> };
    expect(readConfig({ INSIGHTS_PASSWORD: example.stringData.INSIGHTS_PASSWORD })).toMatchObject({ ok: true });
  });

  it('comes from a Docker secret file in the compose override, handed to node as the main process', () => {
    const override = load('compose.insights.yaml')[0] as {
      services: { archbot: { secrets: string[]; command: string[] } };
      secrets: Record<string, { file: string }>;
    };
    expect(override.services.archbot.secrets).toEqual(['insights_password']);
    expect(override.secrets.insights_password?.file).toBe('./secrets/insights_password');
    expect(override.services.archbot.command.join(' ')).toMatch(/INSIGHTS_PASSWORD="\$\$\(cat \/run\/secrets\/insights_password\)" exec node bin\/archbot\.mjs/);
    expect(readFileSync(`${ROOT}.gitignore`, 'utf8')).toMatch(/^secrets\/$/m);
    expect(readFileSync(`${ROOT}.dockerignore`, 'utf8')).toMatch(/^secrets$/m);
  });
});
