import * as z from 'zod';

/** Bumped when the stored shape changes; older shapes fail validation and are discarded politely. */
export const SESSION_VERSION = 1;

const actorSchema = z.object({ id: z.string().min(1), name: z.string().optional() });

export const sessionStateSchema = z.object({
  v: z.literal(SESSION_VERSION),
  /** Changes on every (re)start, so clicks on an older run's buttons are recognised as stale. */
  id: z.string().regex(/^[a-z0-9]{1,12}$/),
  checklist: z.string().min(1),
  thread: z.string().min(1),
  status: z.enum(['active', 'done']),
  answers: z.array(
    z.object({ criterion: z.string(), value: z.string(), by: actorSchema, at: z.number() }),
  ),
  startedBy: actorSchema,
  startedAt: z.number(),
  /** Last activity: expiry counts from here, never from `startedAt`. */
  updatedAt: z.number(),
  /**
   * The step (number of answers) at which the person was told the decision waits while their
   * questions are answered, so it is said once per step. Optional: older sessions lack it.
   */
  waitNoted: z.number().int().optional(),
});

export type SessionState = z.infer<typeof sessionStateSchema>;

export function sessionKey(thread: string): string {
  return `session:${thread}`;
}
