import { describe, expect, it } from 'vitest';
import { cleanTyped } from '../../src/core/typed-text.js';

// cleanTyped skips its passes when the text holds nothing they act on; each kind of noise must still go.
describe('cleanTyped', () => {
  it('removes shortcodes, links and pictographs, and straightens curly quotes', () => {
    expect(cleanTyped('what is etcd :thinking_face:')).toBe('what is etcd  ');
    expect(cleanTyped('see https://example.com/pods ok')).toBe('see   ok');
    expect(cleanTyped('pods \u{1F680} fast')).toBe('pods   fast');
    expect(cleanTyped('\u00a9 notice')).toBe('  notice');
    expect(cleanTyped('isn\u2019t it \u201cdone\u201d')).toBe('isn\'t it "done"');
  });

  it('leaves plain text as typed, colons that are no shortcode included', () => {
    for (const text of ['what is a pod', 'port 8080: open?', 'k8s vs docker-swarm (v2) #ops', '']) expect(cleanTyped(text)).toBe(text);
  });
});
