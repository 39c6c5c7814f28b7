import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import { KnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { Reply } from '../../../src/core/types.js';
import { testBot } from '../../helpers/kb.js';
import { anyReply } from '../../helpers/replies.js';
import { say } from '../conversation/helpers.js';
import { copyContent, edit, problems } from '../content/content-copy.js';
import { DECIDE } from '../../helpers/decide.js';

const FILE = 'checklists/docker-vs-kubernetes.yaml';
const WHERE = 'content/checklists/docker-vs-kubernetes.yaml, "docker-vs-kubernetes"';
const SPIKY = [DECIDE, 'one server', 'a few', 'no, zero downtime', 'spiky', 'keep it simple', 'no', 'why'];

/** The "why this verdict" rule, signals and answers after SPIKY, on a copy of the content changed by `change`. */
async function whyOn(change: (text: string) => string): Promise<string> {
  const dir = copyContent();
  edit(dir, FILE, change);
  const loaded = loadContent({ dir, cwd: dirname(dir) });
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  const { bot } = testBot({ kb: new KnowledgeBase(loaded.value) });
  let why: Reply | undefined;
  for (const t of SPIKY) why = (await bot.handle(say(t))).replies[0];
  const reply = anyReply(why as Reply);
  // The rule, the signals and the answers; the other side quotes content, which may hold commands in backticks.
  return [reply.body, reply.sections?.find((s) => s.heading === 'Your answers')?.text].join('\n');
}

describe('score labels: how "why" names a score', () => {
  it("a score without a label reads as its id in words, never as a code", async () => {
    const text = await whyOn((t) => t.replace(/score_labels:\n {2}coordination: [^\n]+\n/, '').replaceAll('coordination:', 'orchestration-signals:'));
    expect(text).toMatch(/Signals counted: orchestration signals, 2 of the 4\./);
    expect(text).toMatch(/It counts towards orchestration signals\./);
    expect(text).not.toMatch(/`/);
  });

  it('`check` refuses an empty label', () => {
    const dir = copyContent();
    edit(dir, FILE, (t) => t.replace(/(score_labels:\n {2}coordination:) [^\n]+\n/, '$1 " "\n'));
    expect(problems(dir)).toEqual([`${WHERE}, field score_labels.coordination: must not be empty`]);
  });

  it('`check` names a label for a score the checklist does not have', () => {
    const dir = copyContent();
    edit(dir, FILE, (t) => t.replace(/(score_labels:\n)/, '$1  pressure: pressure to move\n'));
    expect(problems(dir)).toEqual([`${WHERE}, field score_labels.pressure: labels unknown score "pressure"`]);
  });
});
