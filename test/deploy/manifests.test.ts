import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configKeys, readConfig } from '../../src/config.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const K8S = `${ROOT}deploy/kubernetes/`;
const read = (path: string) => readFileSync(path, 'utf8');
const docs = (path: string): unknown[] => loadAll(read(path)).filter((d) => d !== null && d !== undefined);

// Only the parts of the manifests these tests read; zod reports exactly which field is missing.
const labels = z.record(z.string(), z.string());
const envVar = z.object({
  name: z.string(),
  value: z.string().optional(),
  valueFrom: z.object({ secretKeyRef: z.object({ name: z.string(), key: z.string() }) }).optional(),
});
const httpProbe = z.object({ httpGet: z.object({ path: z.string(), port: z.union([z.string(), z.number()]) }) });
const container = z.object({
  name: z.string(),
  image: z.string(),
  ports: z.array(z.object({ name: z.string(), containerPort: z.number() })),
  env: z.array(envVar).default([]),
  readinessProbe: z.unknown(),
  livenessProbe: z.unknown(),
  // Parsed in the test that is about it, so a missing field fails that test by name.
  resources: z.unknown(),
  securityContext: z.object({ allowPrivilegeEscalation: z.literal(false) }),
});
const deployment = z.object({
  kind: z.literal('Deployment'),
  metadata: z.object({ name: z.string() }),
  spec: z.object({
    replicas: z.number(),
    selector: z.object({ matchLabels: labels }),
    template: z.object({
      metadata: z.object({ labels }),
      spec: z.object({
        securityContext: z.object({ runAsNonRoot: z.boolean(), runAsUser: z.number() }),
        containers: z.array(container).min(1),
      }),
    }),
  }),
});
const service = z.object({
  kind: z.literal('Service'),
  metadata: z.object({ name: z.string() }),
  spec: z.object({ selector: labels, ports: z.array(z.object({ port: z.number(), targetPort: z.union([z.string(), z.number()]) })) }),
});
const kustomization = z.object({ kind: z.literal('Kustomization'), resources: z.array(z.string()) });
const secret = z.object({ kind: z.literal('Secret'), metadata: z.object({ name: z.string() }), stringData: z.record(z.string(), z.string()) });

const kind = (doc: unknown) => z.object({ kind: z.string() }).safeParse(doc).data?.kind;
const yamlFiles = readdirSync(K8S).filter((f) => f.endsWith('.yaml'));
const allDocs = yamlFiles.flatMap((f) => docs(`${K8S}${f}`));
const deployments = allDocs.filter((d) => kind(d) === 'Deployment').map((d) => deployment.parse(d));
const services = allDocs.filter((d) => kind(d) === 'Service').map((d) => service.parse(d));
const bot = deployments.find((d) => d.metadata.name === 'archbot');
const botContainer = bot?.spec.template.spec.containers[0];
const env = (name: string) => botContainer?.env.find((e) => e.name === name);

// Kubernetes quantities: plain numbers, decimal suffixes (k, M, G) and binary ones (Ki, Mi, Gi);
// CPU also in millicores (100m).
const SUFFIX: Record<string, number> = { '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30 };
const quantity = z.union([z.string(), z.number()]).transform((raw, ctx) => {
  const m = /^(\d+(?:\.\d+)?)(m|k|M|G|Ki|Mi|Gi)?$/.exec(String(raw));
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `not a Kubernetes quantity: ${String(raw)}` });
    return z.NEVER;
  }
  return Number(m[1]) * (SUFFIX[m[2] ?? ''] ?? 1);
});
const resources = z.object({
  requests: z.object({ cpu: quantity, memory: quantity }),
  limits: z.object({ cpu: quantity.optional(), memory: quantity }),
});
const MiB = 2 ** 20;

const matches = (selector: Record<string, string>, target: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => target[k] === v);

describe('deploy/kubernetes', () => {
  it('every file is valid YAML with a kind', () => {
    expect(yamlFiles.length).toBeGreaterThanOrEqual(5);
    for (const file of yamlFiles) {
      const parsed = docs(`${K8S}${file}`);
      expect(parsed.length, file).toBeGreaterThan(0);
      for (const doc of parsed) expect(kind(doc), file).toEqual(expect.any(String));
    }
  });

  it('kustomization lists every manifest that exists, and never the example secret', () => {
    const k = kustomization.parse(docs(`${K8S}kustomization.yaml`)[0]);
    expect(k.resources).not.toContain('secret.example.yaml');
    for (const resource of k.resources) expect(yamlFiles, resource).toContain(resource);
    const unlisted = yamlFiles.filter((f) => !k.resources.includes(f) && f !== 'kustomization.yaml' && f !== 'secret.example.yaml');
    expect(unlisted).toEqual([]);
  });

  it('runs two archbot replicas with readiness on /readyz and liveness on /healthz', () => {
    expect(bot?.spec.replicas).toBe(2);
    expect(httpProbe.parse(botContainer?.readinessProbe).httpGet).toEqual({ path: '/readyz', port: 'http' });
    expect(httpProbe.parse(botContainer?.livenessProbe).httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(botContainer?.ports).toContainEqual({ name: 'http', containerPort: 3000 });
    expect(matches(bot?.spec.selector.matchLabels ?? {}, bot?.spec.template.metadata.labels ?? {})).toBe(true);
  });

  it('takes the Slack credentials from the archbot-secrets Secret and runs in HTTP mode', () => {
    expect(env('SLACK_BOT_TOKEN')?.valueFrom?.secretKeyRef).toEqual({ name: 'archbot-secrets', key: 'SLACK_BOT_TOKEN' });
    expect(env('SLACK_SIGNING_SECRET')?.valueFrom?.secretKeyRef).toEqual({ name: 'archbot-secrets', key: 'SLACK_SIGNING_SECRET' });
    // Socket Mode on several replicas would give each its own connection.
    expect(env('SLACK_APP_TOKEN')).toBeUndefined();
    for (const e of botContainer?.env ?? []) if (e.valueFrom === undefined) expect(e.name).not.toMatch(/TOKEN|SECRET/);
  });

  it('points REDIS_URL at the Redis Service defined alongside', () => {
    const url = new URL(env('REDIS_URL')?.value ?? '');
    const redis = services.find((s) => s.metadata.name === url.hostname);
    expect(redis, `a Service named ${url.hostname}`).toBeDefined();
    expect(redis?.spec.ports.map((p) => p.port)).toContain(Number(url.port));
    const redisDeployment = deployments.find((d) => matches(redis?.spec.selector ?? { none: 'none' }, d.spec.template.metadata.labels));
    expect(redisDeployment?.spec.template.spec.containers[0]?.image).toMatch(/^redis:7/);
  });

  it('gives the archbot Service pods to route to, on a port they listen on', () => {
    const svc = services.find((s) => s.metadata.name === 'archbot');
    expect(matches(svc?.spec.selector ?? { none: 'none' }, bot?.spec.template.metadata.labels ?? {})).toBe(true);
    const names = botContainer?.ports.map((p) => p.name);
    for (const port of svc?.spec.ports ?? []) expect(names).toContain(port.targetPort);
  });

  it('runs every pod as a non-root user', () => {
    expect(deployments.length).toBeGreaterThanOrEqual(2);
    for (const d of deployments) {
      expect(d.spec.template.spec.securityContext.runAsNonRoot, d.metadata.name).toBe(true);
      expect(d.spec.template.spec.securityContext.runAsUser, d.metadata.name).toBeGreaterThan(0);
    }
  });

  it('gives every container CPU and memory requests and a memory limit at or above its request', () => {
    // Without a memory limit one pod can take a node's memory; a limit below the request is refused
    // by the API server; a limit in bytes instead of Mi (a missing suffix) kills the pod at start.
    for (const d of deployments) {
      for (const c of d.spec.template.spec.containers) {
        const where = `${d.metadata.name}/${c.name}`;
        const parsed = resources.safeParse(c.resources);
        expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [], where).toEqual([]);
        const { requests, limits } = parsed.data!;
        expect(requests.cpu, where).toBeGreaterThan(0);
        expect(requests.memory, where).toBeGreaterThanOrEqual(32 * MiB);
        expect(limits.memory, where).toBeGreaterThanOrEqual(requests.memory);
        if (limits.cpu !== undefined) expect(limits.cpu, where).toBeGreaterThanOrEqual(requests.cpu);
      }
    }
    // archbot itself: what it measurably needs under load (see the README's Measured section).
    const bot = resources.parse(botContainer?.resources);
    expect(bot.limits.memory).toBeGreaterThanOrEqual(256 * MiB);
    // The image caps the heap so a burst's garbage is collected well before the pod's limit is hit.
    const heapMiB = Number(/NODE_OPTIONS=--max-old-space-size=(\d+)/.exec(read(`${ROOT}Dockerfile`))?.[1]);
    expect(heapMiB * MiB * 2).toBeLessThanOrEqual(bot.limits.memory);
  });

  it('sets only variables archbot reads, and they pass its config check with the example secret', () => {
    const example = secret.parse(docs(`${K8S}secret.example.yaml`)[0]);
    expect(example.metadata.name).toBe('archbot-secrets');
    for (const value of Object.values(example.stringData)) expect(value).toMatch(/REPLACE/);
    const known = configKeys();
    const values: Record<string, string | undefined> = {};
    for (const e of botContainer?.env ?? []) {
      expect(known, e.name).toContain(e.name);
      values[e.name] = e.value ?? example.stringData[e.valueFrom?.secretKeyRef.key ?? ''];
    }
    expect(readConfig(values)).toMatchObject({ ok: true, config: { PORT: 3000 } });
  });
});

describe('Dockerfile', () => {
  const dockerfile = read(`${ROOT}Dockerfile`);
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

  it('builds on node:20-bookworm-slim and starts the bot with node', () => {
    expect(finalStage).toMatch(/^\nFROM node:20-bookworm-slim\s*$/m);
    expect(finalStage).toContain('CMD ["node", "bin/archbot.mjs"]');
    expect(finalStage).toMatch(/^EXPOSE 3000$/m);
  });

  it('runs as a non-root user and checks /healthz', () => {
    const user = /^USER (\S+)$/m.exec(finalStage)?.[1] ?? '';
    expect(user).not.toBe('');
    expect(user.split(':')[0]).not.toMatch(/^(root|0)$/);
    expect(finalStage).toMatch(/^HEALTHCHECK [^\n]*\\\n\s+CMD \[[^\n]*\/healthz/m);
  });

  it('keeps secrets and local state out of the build context', () => {
    const ignored = read(`${ROOT}.dockerignore`).split('\n').map((l) => l.trim());
    for (const entry of ['.env', 'node_modules', 'data', '.git']) expect(ignored).toContain(entry);
  });
});

describe('compose.yaml', () => {
  const composeService = z.object({
    image: z.string().optional(),
    environment: z.record(z.string(), z.string()).optional(),
    depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
    healthcheck: z.object({ test: z.array(z.string()) }),
  });
  const compose = z.object({ services: z.record(z.string(), composeService) }).parse(docs(`${ROOT}compose.yaml`)[0]);

  it('runs archbot after a healthy Redis, with REDIS_URL pointing at it', () => {
    const archbot = compose.services.archbot;
    expect(archbot?.depends_on?.redis?.condition).toBe('service_healthy');
    expect(archbot?.environment?.REDIS_URL).toBe('redis://redis:6379');
    expect(compose.services.redis?.image).toBe('redis:7-alpine');
    expect(archbot?.healthcheck.test.join(' ')).toContain('/healthz');
    expect(compose.services.redis?.healthcheck.test).toContain('ping');
  });
});
