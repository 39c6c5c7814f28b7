import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';

describe('insights and retention settings', () => {
  it('defaults to no page, five failed logins a minute and 90 days of feedback', () => {
    expect(readConfig({})).toMatchObject({ ok: true, config: { INSIGHTS_PASSWORD: undefined, INSIGHTS_MAX_FAILED_LOGINS: 5, FEEDBACK_RETENTION_DAYS: 90 } });
  });

  it('names the variable, never the value, when one is wrong', () => {
    const result = readConfig({ INSIGHTS_PASSWORD: 'hunter2', INSIGHTS_MAX_FAILED_LOGINS: '0', FEEDBACK_RETENTION_DAYS: '30d' });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual([
      'INSIGHTS_PASSWORD must be at least 8 characters',
      'INSIGHTS_MAX_FAILED_LOGINS must be at least 1',
      'FEEDBACK_RETENTION_DAYS must be a whole number of days',
    ]);
    expect(errors.join(' ')).not.toContain('hunter2');
  });
});
