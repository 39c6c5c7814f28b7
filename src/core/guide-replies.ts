// The way around the knowledge base: `topics` (what it covers, by article) and `help`.

import { examplesSaid } from './article-words.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { make, startChoice } from './make-reply.js';
import type { HelpReply, TopicsReply } from './reply.js';
import { REPLY } from './texts.js';
import type { Choice } from './types.js';

export function topicsReply(kb: KnowledgeBase, ephemeral: boolean): TopicsReply {
  const featured = kb.topics.filter((c) => c.featured);
  const rest = kb.topics.filter((c) => !c.featured);
  // One article: "Start here" and "Also"; several: one section per article, its featured topics first.
  const sections =
    kb.articles.length > 1
      ? kb.articles.map((a) => ({ heading: a.title, text: articleTopics(kb, a.concepts) }))
      : [
          ...(featured.length > 0
            ? [{ heading: REPLY.topics.featured, text: featured.map((c) => `- **${c.title}**: ${c.summary}`).join('\n') }]
            : []),
          { heading: REPLY.topics.rest, text: rest.map((c) => c.title).join(' · ') },
        ];
  return make.topics({
    title: REPLY.topics.title(kb.concepts.length),
    body: REPLY.topics.body,
    sections,
    choices: [
      ...decideChoices(kb),
      ...featured.slice(0, 5).map(
        (c): Choice => ({ label: c.title, action: { type: 'topic', concept: c.id }, group: 'related' }),
      ),
    ],
    ephemeral,
  });
}

function articleTopics(kb: KnowledgeBase, ids: readonly string[]): string {
  const own = kb.topics.filter((c) => ids.includes(c.id));
  const lead = own.filter((c) => c.featured).map((c) => `- **${c.title}**: ${c.summary}`);
  const others = own.filter((c) => !c.featured).map((c) => c.title);
  return [...lead, ...(others.length > 0 ? [REPLY.topics.also(others.join(' · '))] : [])].join('\n');
}

export function helpReply(kb: KnowledgeBase, ephemeral: boolean): HelpReply {
  const checklist = kb.defaultChecklist;
  return make.help({
    title: REPLY.help.title,
    body: [
      REPLY.help.ask(examplesSaid(kb.articles, 3)),
      '',
      REPLY.help.topics,
      kb.checklists.length > 1
        ? REPLY.help.decideOneOf(kb.offeredChecklists().map((c) => c.title))
        : checklist
          ? REPLY.help.decide(checklist.title)
          : '',
      REPLY.help.steps,
      REPLY.help.help,
    ]
      .filter((line) => line !== '')
      .join('\n'),
    choices: decideChoices(kb),
    ephemeral,
  });
}

/** A start button for every checklist, in the order they are offered (the default first). */
export function decideChoices(kb: KnowledgeBase): Choice[] {
  return kb.offeredChecklists().map(
    (c): Choice => startChoice(kb, c.id, REPLY.answer.decide(c.title)),
  );
}
