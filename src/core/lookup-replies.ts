import type { Concept } from './content/schema.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { Candidate, LookupResult } from './lookup/lookup.js';
import { make } from './make-reply.js';
import type { AnswerReply, Citation, HelpReply, MissReply, SmalltalkReply, TopicsReply } from './reply.js';
import type { Actor, Choice, Reply } from './types.js';

const MAX_RELATED = 5;

export function citationOf(concept: Concept): Citation {
  return { concept: concept.id, title: concept.title, source: concept.source };
}

export interface AnswerOptions {
  ephemeral: boolean;
  sharedBy?: Actor;
}

export function answerReply(kb: KnowledgeBase, concept: Concept, options: AnswerOptions): AnswerReply {
  const related = concept.related
    .map((id) => kb.concept(id))
    .filter((c): c is Concept => c !== undefined)
    .slice(0, MAX_RELATED)
    .map((c): Choice => ({ label: c.title, action: { type: 'topic', concept: c.id }, group: 'related' }));
  const offers = kb.offersFor(concept.id).map(
    (checklist): Choice => ({
      label: `Decide: ${checklist.title}`,
      action: { type: 'start', checklist: checklist.id },
      group: 'navigation',
      style: 'primary',
    }),
  );
  const choices: Choice[] = [...offers, ...related];
  if (options.ephemeral) {
    choices.push({ label: 'Share in channel', action: { type: 'share', concept: concept.id }, group: 'share' });
  }
  choices.push(
    { label: '👍 Helpful', action: { type: 'feedback', concept: concept.id, vote: 'up' }, group: 'feedback' },
    { label: '👎 Not helpful', action: { type: 'feedback', concept: concept.id, vote: 'down' }, group: 'feedback' },
  );
  return make.answer({
    title: concept.title,
    body: concept.body,
    citation: citationOf(concept),
    choices,
    concept: concept.id,
    ephemeral: options.ephemeral,
    ...(options.sharedBy ? { sharedBy: options.sharedBy } : {}),
  });
}

export function clarifyReply(question: string, candidates: Candidate[], ephemeral: boolean): MissReply<'clarify'> {
  return make.clarify({
    title: 'Did you mean…',
    quote: question,
    // Numbered, so a reply of "2" can pick one (the thread remembers this list as its offer).
    body: candidates.map((c, i) => `${i + 1}. **${c.concept.title}**: ${c.concept.summary}`).join('\n'),
    choices: candidates.map((c, i) => ({
      label: `${i + 1}. ${c.concept.title}`,
      action: { type: 'topic', concept: c.concept.id },
      group: 'related',
    })),
    ephemeral,
  });
}

export function unknownReply(kb: KnowledgeBase, question: string, ephemeral: boolean): MissReply<'unknown'> {
  const featured = kb.topics.slice(0, 4);
  return make.unknown({
    title: "I don't know that one",
    quote: question,
    body:
      'That is outside what I know. I answer questions about Docker and Kubernetes: their parts, ' +
      'what each is good for, what each costs, and how to choose between them. Type `topics` to see everything I cover.',
    choices: featured.map((c) => ({ label: c.title, action: { type: 'topic', concept: c.id }, group: 'related' })),
    ephemeral,
  });
}

/** A term of the neighbourhood that this knowledge base does not cover: say so, and point next door. */
export function outsideReply(question: string, result: Extract<LookupResult, { status: 'outside' }>, ephemeral: boolean): MissReply<'outside'> {
  const { term, nearest } = result;
  const next = nearest.length > 0 ? ' The closest topics I do cover are below.' : ' Type `topics` to see everything I cover.';
  return make.outside({
    title: `${term.term}: not covered here`,
    quote: question,
    body: `**${term.term}** is not covered by this knowledge base (the article *Docker vs Kubernetes*). In short: ${term.about}${next}`,
    choices: nearest.map((c): Choice => ({ label: c.title, action: { type: 'topic', concept: c.id }, group: 'related' })),
    ephemeral,
  });
}

const THANKS = /\b(?:thanks?|thx|ty|tysm|cheers|appreciated?|helpful|useful|kudos)\b/i;
const BYE = /\b(?:bye|goodbye|cya|later|farewell|ttyl|night|gn)\b/i;
const GREETING = /\b(?:hello|hi|hey|heya|hiya|howdy|yo|hola|greetings|gm|morning|afternoon|evening|sup|wassup|whats up|anyone|anybody|there)\b/i;

/** Greetings, thanks and "ok" are not misses: a friendly word and the way in. */
export function smallTalkReply(kb: KnowledgeBase, question: string, ephemeral: boolean): SmalltalkReply {
  // "ok", "lol", "cool": an acknowledgement, answered in kind.
  const opener = THANKS.test(question) ? 'Glad to help!' : BYE.test(question) ? 'See you!' : GREETING.test(question) ? 'Hi!' : 'Sure.';
  const checklist = kb.defaultChecklist;
  return make.smalltalk({
    body:
      `${opener} I answer questions about Docker and Kubernetes: ask in plain words (*what is etcd*), ` +
      `type \`topics\` to see everything I cover${checklist ? ', or `decide` to choose between them one question at a time' : ''}.`,
    choices: checklist
      ? [{ label: `Decide: ${checklist.title}`, action: { type: 'start', checklist: checklist.id }, group: 'navigation' }]
      : [],
    ephemeral,
  });
}

/** The reply for any lookup result: what `ask` shows on every platform. */
export function lookupReply(kb: KnowledgeBase, question: string, result: LookupResult, ephemeral: boolean): Reply {
  switch (result.status) {
    case 'answer':
      return answerReply(kb, result.concept, { ephemeral });
    case 'clarify':
      return clarifyReply(question, result.candidates, ephemeral);
    case 'outside':
      return outsideReply(question, result, ephemeral);
    case 'smalltalk':
      return smallTalkReply(kb, question, ephemeral);
    case 'unknown':
      return unknownReply(kb, question, ephemeral);
  }
}

export function topicsReply(kb: KnowledgeBase, ephemeral: boolean): TopicsReply {
  const featured = kb.topics.filter((c) => c.featured);
  const rest = kb.topics.filter((c) => !c.featured);
  const sections = [
    ...(featured.length > 0
      ? [{ heading: 'Start here', text: featured.map((c) => `- **${c.title}**: ${c.summary}`).join('\n') }]
      : []),
    { heading: 'Also', text: rest.map((c) => c.title).join(' · ') },
  ];
  const checklists = kb.checklists.map(
    (c): Choice => ({ label: `Decide: ${c.title}`, action: { type: 'start', checklist: c.id }, group: 'navigation' }),
  );
  return make.topics({
    title: `Topics I know (${kb.concepts.length})`,
    body: 'Ask about any of these in your own words; typos are fine.',
    sections,
    choices: [
      ...checklists,
      ...featured.slice(0, 5).map(
        (c): Choice => ({ label: c.title, action: { type: 'topic', concept: c.id }, group: 'related' }),
      ),
    ],
    ephemeral,
  });
}

export function helpReply(kb: KnowledgeBase, ephemeral: boolean): HelpReply {
  const checklist = kb.defaultChecklist;
  return make.help({
    title: 'How to use archbot',
    body: [
      'Ask a question in plain words, such as *what is etcd* or *docker vs kubernetes*.',
      '',
      '- `topics`: everything I can answer',
      checklist ? `- \`decide\`: walk through "${checklist.title}" one question at a time, ending in a verdict with reasons` : '',
      '- in a decision: pick an option by its number (or its button, where buttons show) or answer in words; `why`, `back`, `status`, `restart` and `cancel` work at any step',
      '- `help`: this message',
    ]
      .filter((line) => line !== '')
      .join('\n'),
    choices: checklist
      ? [{ label: `Decide: ${checklist.title}`, action: { type: 'start', checklist: checklist.id }, group: 'navigation' }]
      : [],
    ephemeral,
  });
}
