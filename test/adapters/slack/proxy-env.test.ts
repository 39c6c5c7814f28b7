import { describe, expect, it } from 'vitest';
import { anyProxy, proxiedBy } from '../../../src/adapters/slack/proxy-env.js';

const SLACK = new URL('https://slack.com/api/chat.postMessage');

describe('the proxy variables', () => {
  it('send https through HTTPS_PROXY (or HTTP_PROXY), in either case, and plain http only through HTTP_PROXY', () => {
    expect(proxiedBy({}, SLACK)).toBe(false);
    expect(proxiedBy({ HTTPS_PROXY: 'http://p:3128' }, SLACK)).toBe(true);
    expect(proxiedBy({ https_proxy: 'http://p:3128' }, SLACK)).toBe(true);
    expect(proxiedBy({ HTTP_PROXY: 'http://p:3128' }, SLACK)).toBe(true);
    expect(proxiedBy({ HTTPS_PROXY: 'http://p:3128' }, new URL('http://127.0.0.1:9/api/'))).toBe(false);
    expect(proxiedBy({ HTTPS_PROXY: '  ' }, SLACK)).toBe(false);
    // One reader for both questions: the lower-case name first, as for every variable here.
    expect([anyProxy({ http_proxy: 'http://p:3128' }), anyProxy({ HTTP_PROXY: ' ' }), anyProxy({ https_proxy: '', HTTPS_PROXY: 'http://p' })]).toEqual([true, false, false]);
    expect(proxiedBy({ https_proxy: '', HTTPS_PROXY: 'http://p' }, SLACK)).toBe(false);
  });

  it('leave out the hosts NO_PROXY names: a domain and what is under it, a port, an address, or everything', () => {
    const proxy = { HTTPS_PROXY: 'http://p:3128', HTTP_PROXY: 'http://p:3128' };
    expect(proxiedBy({ ...proxy, NO_PROXY: 'slack.com' }, SLACK)).toBe(false);
    expect(proxiedBy({ ...proxy, no_proxy: '.slack.com' }, new URL('https://files.slack.com/x'))).toBe(false);
    expect(proxiedBy({ ...proxy, NO_PROXY: 'ack.com' }, SLACK)).toBe(true);
    expect(proxiedBy({ ...proxy, NO_PROXY: 'example.org, slack.com:443' }, SLACK)).toBe(false);
    expect(proxiedBy({ ...proxy, NO_PROXY: 'slack.com:8443' }, SLACK)).toBe(true);
    expect(proxiedBy({ ...proxy, NO_PROXY: '::1' }, new URL('http://[::1]:8080/api/'))).toBe(false);
    expect(proxiedBy({ ...proxy, NO_PROXY: '[::1]:8080' }, new URL('http://[::1]:8080/api/'))).toBe(false);
    expect(proxiedBy({ ...proxy, NO_PROXY: '*' }, SLACK)).toBe(false);
  });
});
