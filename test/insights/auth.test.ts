import { describe, expect, it } from 'vitest';
import { basicPassword, createLoginGuard } from '../../src/insights/auth.js';

const header = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('insights login', () => {
  it('takes any user name with the password, and a password that contains colons', () => {
    const login = createLoginGuard({ password: 'a:b:c-secret', maxFailures: 5 });
    expect(login('10.0.0.1', header('alice', 'a:b:c-secret'))).toBe('ok');
    expect(login('10.0.0.1', header('', 'a:b:c-secret'))).toBe('ok');
    expect(login('10.0.0.1', header('alice', 'a:b:c-secre'))).toBe('unauthorized');
    expect(login('10.0.0.1', 'Bearer a:b:c-secret')).toBe('unauthorized');
    expect(login('10.0.0.1', undefined)).toBe('unauthorized');
  });

  it('reads only well-formed Basic headers', () => {
    expect(basicPassword(header('u', 'p w'))).toBe('p w');
    expect(basicPassword('Basic !!!')).toBeUndefined();
    expect(basicPassword(`Basic ${Buffer.from('no colon').toString('base64')}`)).toBeUndefined();
  });

  it('locks one address out for a minute after the allowed failures, then lets it try again', () => {
    let now = 0;
    const login = createLoginGuard({ password: 'right-password', maxFailures: 2, clock: () => now });
    expect(login('10.0.0.1', header('x', 'wrong1'))).toBe('unauthorized');
    expect(login('10.0.0.1', header('x', 'wrong2'))).toBe('unauthorized');
    expect(login('10.0.0.1', header('x', 'right-password'))).toBe('locked');
    expect(login('10.0.0.2', header('x', 'right-password'))).toBe('ok'); // another address is not locked
    now += 59_999;
    expect(login('10.0.0.1', header('x', 'right-password'))).toBe('locked');
    now += 1;
    expect(login('10.0.0.1', header('x', 'right-password'))).toBe('ok');
  });

  it('forgets failures older than a minute, so a person mistyping now and then is never locked out', () => {
    let now = 0;
    const login = createLoginGuard({ password: 'right-password', maxFailures: 2, clock: () => now });
    for (let i = 0; i < 10; i++) {
      expect(login('10.0.0.1', header('x', 'typo'))).toBe('unauthorized');
      now += 61_000;
    }
    expect(login('10.0.0.1', header('x', 'right-password'))).toBe('ok');
  });

  it('does not count a request without credentials (the browser asking for the prompt) as a failure', () => {
    const login = createLoginGuard({ password: 'right-password', maxFailures: 1 });
    for (let i = 0; i < 5; i++) expect(login('10.0.0.1', undefined)).toBe('unauthorized');
    expect(login('10.0.0.1', header('x', 'right-password'))).toBe('ok');
  });
});
