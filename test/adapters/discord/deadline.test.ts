import { describe, expect, it } from 'vitest';
import { DEFER_AFTER_MS, withDeadline } from '../../../src/adapters/discord/deadline.js';
import { CLAIM_TIMEOUT_MS } from '../../../src/core/sessions/claim-once.js';

describe('the 3-second deadline', () => {
  it('returns the work when it is quick, without deferring', async () => {
    let deferred = 0;
    await expect(withDeadline(Promise.resolve('done'), 50, async () => void deferred++)).resolves.toBe('done');
    expect(deferred).toBe(0);
  });

  it('defers once when the work is slow, and waits for the defer before returning', async () => {
    const order: string[] = [];
    const slow = new Promise<string>((resolve) => setTimeout(() => resolve('late answer'), 60));
    const result = await withDeadline(slow, 10, async () => {
      order.push('defer');
    });
    order.push(result);
    expect(order).toEqual(['defer', 'late answer']);
  });

  it('hands a failed defer to the caller instead of leaving it unhandled while the work runs on', async () => {
    // Vitest fails the run on an unhandled rejection, which is what a failed defer used to be:
    // in production it ended the process.
    const slow = new Promise<string>((resolve) => setTimeout(() => resolve('answer'), 80));
    const outcome = withDeadline(slow, 10, () => Promise.reject(new Error('Unknown interaction')));
    await expect(outcome).rejects.toThrow('Unknown interaction');
  });

  it('settles a delivery claim before it would defer, so no replica defers what another answers', () => {
    expect(CLAIM_TIMEOUT_MS).toBeLessThan(DEFER_AFTER_MS);
  });
});
