// A realistic month of feedback: answered questions, gaps with rephrasings, an outside term, small
// talk, did-you-mean offers, votes and decisions. Shared by the page tests, the browser test and the bench.
import type { FeedbackEvent, FeedbackLog } from '../../src/core/types.js';

const DAY = 86_400_000;

/** A question someone typed to break the page; it must come back as text. */
export const HOSTILE_QUESTION = '<script>alert("x")</script> what is nomad?';

export function seedEvents(now: number): FeedbackEvent[] {
  const events: FeedbackEvent[] = [];
  const user = (i: number) => `h:${(i * 2654435761 % 4294967296).toString(16).padStart(8, '0')}`;
  const at = (daysAgo: number, i = 0) => now - daysAgo * DAY - (i % 20) * 60_000;
  const who = (daysAgo: number, i: number) => ({ at: at(daysAgo, i), platform: (i % 2 ? 'slack' : 'discord') as 'slack' | 'discord', user: user(i) });
  const concepts = ['pod', 'etcd', 'kubelet', 'docker-compose', 'service', 'ingress', 'helm'];
  for (let i = 0; i < 120; i++) events.push({ ...who(i % 28, i), kind: 'asked', concept: concepts[i % 7 === 0 ? 0 : i % concepts.length] ?? 'pod' });
  const nomad = [HOSTILE_QUESTION, 'What is Nomad?', 'what is nomad', 'Tell me about Nomad', 'nomad vs kubernetes?'];
  nomad.forEach((question, i) => events.push({ ...who(i * 3, i), kind: 'miss', status: 'unknown', question }));
  ['what is a daemonset', 'daemonset or deployment?', 'DaemonSet example', 'how do daemonsets work'].forEach((question, i) =>
    events.push({ ...who(i * 5 + 1, i), kind: 'miss', status: 'outside', question, term: 'daemonset', nearest: ['pod', 'node'] }),
  );
  ['what is terraform', 'terraform state?'].forEach((question, i) => events.push({ ...who(i + 2, i), kind: 'miss', status: 'outside', question, term: 'terraform' }));
  ['keeps containers alive after a crash', 'restart my container when it dies'].forEach((question, i) =>
    events.push({ ...who(i + 4, i), kind: 'miss', status: 'unknown', question, nearest: ['restart-policy'] }),
  );
  ['hi', 'thanks!', 'lol', 'ok'].forEach((question, i) => events.push({ ...who(i, i), kind: 'miss', status: 'smalltalk', question }));
  for (let i = 0; i < 6; i++) events.push({ ...who(i * 2, i), kind: 'miss', status: 'clarify', question: 'pods or nodes', nearest: ['pod', 'node', 'kubelet'] });
  for (let i = 0; i < 4; i++) events.push({ ...who(i * 2, i), kind: 'offer-taken', concept: i % 2 ? 'node' : 'pod', rank: (i % 2) + 1 });
  const votes: Array<[string, 'up' | 'down', number]> = [['etcd', 'down', 1], ['etcd', 'down', 2], ['etcd', 'up', 3], ['pod', 'up', 1], ['pod', 'up', 2], ['helm', 'down', 4]];
  for (const [concept, vote, u] of votes) events.push({ ...who(u, u), kind: 'vote', concept, vote });
  for (let i = 0; i < 30; i++) events.push({ ...who(1, 9), kind: 'vote', concept: 'ingress', vote: 'down' }); // one angry person
  for (let s = 0; s < 10; s++) {
    const reached = [6, 6, 6, 6, 5, 3, 2, 1, 6, 4][s] ?? 1;
    for (let step = 1; step <= reached; step++) events.push({ ...who(s, s), kind: 'step', session: `s${s}`, checklist: 'docker-or-kubernetes', step, of: 6 });
    if (reached === 6) events.push({ ...who(s, s), kind: 'verdict', session: `s${s}`, checklist: 'docker-or-kubernetes', verdict: s % 3 ? 'kubernetes' : 'docker' });
  }
  return events;
}

export async function seed(log: FeedbackLog, now: number): Promise<void> {
  for (const event of seedEvents(now)) await log.record(event);
}
