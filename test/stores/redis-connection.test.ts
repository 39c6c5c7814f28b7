import { describe, expect, it } from 'vitest';
import { safeRedisUrl } from '../../src/stores/redis-connection.js';

describe('showing where Redis is', () => {
  it('never shows a password, whether in the user part or the query', () => {
    expect(safeRedisUrl('redis://:S3cret@cache:6379/0')).toBe('redis://:***@cache:6379/0');
    expect(safeRedisUrl('redis://app:S3cret@cache:6379')).toBe('redis://***:***@cache:6379');
    const shown = safeRedisUrl('redis://cache:6379/0?password=S3cret&db=1');
    expect(shown).toBe('redis://cache:6379/0');
    expect(safeRedisUrl('not a url S3cret')).not.toContain('S3cret');
  });
});
