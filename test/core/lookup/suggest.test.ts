import { describe, expect, it } from 'vitest';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();
const ids = (typed: string): string[] => kb.suggest(typed, 25).map((s) => s.concept.id);

describe('suggestions while typing', () => {
  it('puts a name equal to the text first, saying which alias matched', () => {
    expect(kb.suggest('k8s', 25)[0]).toMatchObject({ concept: { id: 'kubernetes' }, matched: 'k8s' });
    expect(ids('etcd')[0]).toBe('etcd');
  });

  it('offers names that start with or contain a half-typed word', () => {
    expect(ids('kuber')).toContain('kubernetes');
    expect(ids('proxy')).toContain('kube-proxy');
  });

  it('finds misspelt and half-typed names through fuse.js', () => {
    expect(ids('kubernets')).toContain('kubernetes');
    expect(ids('shedul')).toContain('scheduler');
    expect(ids('etdc')).toContain('etcd');
    expect(ids('conteiner runtim')).toContain('container-runtime');
  });

  it('falls back on the lookup for a question in words, lists topics for an empty field, and keeps to the limit', () => {
    expect(ids('who restarts my containers if one crashes')).toContain('self-healing');
    expect(ids('').length).toBeGreaterThan(3);
    expect(kb.suggest('', 3)).toHaveLength(3);
    expect(kb.suggest('e', 5).length).toBeLessThanOrEqual(5);
  });

  it('suggests nothing for text far from every name', () => {
    expect(ids('zzqxw')).toEqual([]);
  });
});
