import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import { formatIssue } from '../../../src/core/content/issues.js';
import { SHIPPED_ARTICLE } from '../../helpers/shipped-article.js';
import { copyContent, edit, problems } from './content-copy.js';

const REQUIRED = `docker image container docker-daemon docker-client docker-compose docker-swarm raft docker-use-cases
docker-limits kubernetes control-loop pod control-plane api-server scheduler controller-manager etcd node kubelet
kube-proxy container-runtime service self-healing autoscaling rolling-update service-discovery kubernetes-use-cases
kubernetes-costs rbac docker-vs-kubernetes how-they-work-together registry oci when-docker-is-enough
when-kubernetes-is-worth-it where-teams-go-wrong mistake-kubernetes-too-early mistake-docker-beyond-limits
mistake-interchangeable simplest-tool`.split(/\s+/);

describe('loading the knowledge base', () => {
  it('loads every required concept with a real body and the decision checklist', () => {
    const loaded = loadContent({ dir: SHIPPED_ARTICLE });
    expect(loaded.issues.map(formatIssue)).toEqual([]);
    if (!loaded.ok) return;
    const ids = loaded.value.concepts.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
    for (const concept of loaded.value.concepts) expect(concept.body.length).toBeGreaterThan(200);
    expect(loaded.value.checklists.map((c) => c.id)).toContain('docker-vs-kubernetes');
  });

  it('names the file, the concept and the field of a dangling related id', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', (text) => text.replace(/^related: \[.*\]$/m, 'related: [control-plane, no-such-thing]'));
    expect(problems(dir)).toEqual([
      expect.stringMatching(/concepts\/etcd\.yaml, "etcd", field related\[1\]: unknown concept id "no-such-thing"/),
    ]);
  });

  it('refuses a page marked as a list when fewer than two related concepts list it back', () => {
    const dir = copyContent();
    edit(dir, 'concepts/etcd.yaml', (text) => text.replace(/^related: \[.*\]$/m, 'list: true\nrelated: [control-plane]'));
    expect(problems(dir).join('\n')).toMatch(/etcd\.yaml, "etcd", field list: a list page needs at least 2 related concepts that list it back/);
  });

  it('refuses an alias claimed by two concepts', () => {
    const dir = copyContent();
    edit(dir, 'concepts/pod.yaml', (text) => text.replace(/^aliases:\n/m, 'aliases:\n  - "k8s"\n'));
    expect(problems(dir).join('\n')).toMatch(/pod\.yaml, "pod", field aliases\[0\]: "k8s" is already a name of "kubernetes"/);
  });

  it('reports invalid YAML and schema errors without stopping at the first', () => {
    const dir = copyContent();
    writeFileSync(join(dir, 'concepts', 'broken.yaml'), 'id: broken\ntitle: [unclosed\n');
    writeFileSync(join(dir, 'concepts', 'empty-body.yaml'), 'id: empty-body\ntitle: T\nsummary: S\nsource: X\nbody: ""\n');
    const all = problems(dir).join('\n');
    expect(all).toMatch(/broken\.yaml, "broken": not valid YAML at line 3, column 1: unexpected end of the stream/);
    expect(all).toMatch(/empty-body\.yaml, "empty-body", field body: must not be empty/);
  });

  it('checks checklist references against the concepts', () => {
    const dir = copyContent();
    edit(dir, 'checklists/docker-vs-kubernetes.yaml', (text) => text.replace('concept: rolling-update\n    options', 'concept: rolling-updatez\n    options'));
    expect(problems(dir)).toEqual([
      expect.stringMatching(/docker-vs-kubernetes\.yaml, "docker-vs-kubernetes", field criteria\[2\]\.concept: unknown concept id "rolling-updatez"/),
    ]);
  });

  it('adds a concept from a data file alone', () => {
    const dir = copyContent();
    writeFileSync(
      join(dir, 'concepts', 'kaniko.yaml'),
      'id: kaniko\ntitle: Kaniko\naliases: [kaniko builds]\nsummary: Builds images inside a container, without a Docker daemon.\nsource: Extra\nrelated: [image]\nbody: Kaniko builds images from a Dockerfile inside a Pod.\n',
    );
    const loaded = loadContent({ dir });
    expect(loaded.ok && loaded.value.concepts.some((c) => c.id === 'kaniko')).toBe(true);
  });
});
