// Every sentence archbot says in its own voice, in one place: notices keyed by their code, and
// the fixed wording of each reply kind. The core and the adapters both read it, so one message
// has one wording wherever it is shown. What an article says (titles, scope, examples) is content;
// wording only one platform needs (its own commands, permissions) is in that adapter's texts.ts.

import type { NoticeCode } from './reply.js';

type Text = string | ((...args: never[]) => string);

/** Notices, by code: each code may have several messages, one for each situation it covers. */
export const NOTICE = {
  stale: {
    movedOn: 'That step already moved on.',
    earlierRun: 'That button belongs to an earlier run of this decision.',
    alreadyAnswered: 'That question was already answered.',
    backMoved: 'That Back button belongs to a question that has already changed.',
    noVerdict: 'This decision has no verdict yet.',
    finished: 'This decision is finished; its verdict is in the thread.',
    current: (step: number, total: number, question: string) => `The current question is ${step} of ${total}: "${question}"`,
    alreadyShared: 'That answer was already shared in this channel.',
  },
  expired: {
    gone: 'That decision is no longer running here (it expired or was cancelled). Start again when you are ready.',
    lapsed: 'This decision session expired after a long silence, so its answers are gone. Start again when you are ready.',
  },
  'no-session': {
    none: 'No decision is running in this conversation. Type `decide` to start one.',
  },
  'still-waiting': {
    waits: (step: number, total: number) =>
      `The decision waits on question ${step} of ${total} while you ask; answer it whenever you are ready (\`status\` shows it again).`,
  },
  'session-exists': {
    running: (step: number, total: number) =>
      `A decision is already running in this thread (question ${step} of ${total}). Continue it or start over?`,
  },
  cancelled: {
    cancelled: 'Decision cancelled; nothing was kept. Start again whenever you like.',
  },
  'bad-answer': {
    unclear: (why: string, hint: string, options: string) => `Your answer ${why}.${hint}: ${options}.`,
    offerRange: (count: number) => `My last suggestions were numbered 1 to ${count}; type one of those numbers, or ask in other words.`,
  },
  'unknown-action': {
    /** A button whose id is not one of ours (an older version, a copied message, a forgery). */
    button: 'That button is not one I recognise (it may come from an older version of me). Ask again to get fresh buttons.',
    topicGone: 'That topic no longer exists.',
    checklistGone: 'That checklist no longer exists.',
    criterionGone: 'That question is no longer part of any checklist.',
    notAnOption: 'That is not one of the options for this question.',
    noChecklist: (id: string, known: readonly string[]) =>
      `There is no checklist called \`${id}\`. Available: ${known.map((k) => `\`${k}\``).join(', ') || 'none'}.`,
  },
  'too-long': {
    tooLong: (length: string, max: string) => `That message is ${length} characters long; I read questions of up to ${max}. Please ask in a sentence or two.`,
  },
  'feedback-thanks': {
    up: 'Thanks, glad it helped.',
    down: 'Thanks for telling me; this answer will be looked at.',
  },
  'rate-limited': {
    slowDown: 'You are sending messages faster than I can answer them well. Give me a few seconds, then ask again.',
  },
  'invalid-state': {
    unreadable: 'The saved decision in this thread could not be read (it came from an older version or was damaged), so I cleared it. Please start again.',
  },
  unavailable: {
    paused: 'Decisions are briefly unavailable: I cannot reach the place where I keep them. Questions still work; please try the decision again in a minute.',
  },
  started: {
    /** `who` is undefined when the platform did not give a name. */
    inThread: (who: string | undefined, title: string) => `${who ?? 'Someone'} started a decision: **${title}**. Answer in the thread.`,
  },
  internal: {
    sorry: 'Sorry, something went wrong on my side. It has been logged; please try again.',
  },
} as const satisfies Record<NoticeCode, Record<string, Text>>;

/** The fixed wording of each reply kind: titles, button labels, headings, lead-ins. */
export const REPLY = {
  answer: {
    share: 'Share in channel',
    helpful: '👍 Helpful',
    notHelpful: '👎 Not helpful',
    decide: (checklist: string) => `Decide: ${checklist}`,
    sharedBy: (who: string) => `shared by ${who}`,
    /** How plain text introduces related topics, where there are no buttons. */
    related: 'Related',
  },
  /** A follow-up on the answer just given ("why?", "an example?"): one deeper part of it, never the body again. */
  deeper: {
    title: {
      why: (concept: string) => `${concept} — why it matters`,
      how: (concept: string) => `${concept} — how it works`,
      example: (concept: string) => `${concept} — an example`,
    },
    short: (concept: string) => `${concept} — in short`,
    allShown: (concept: string) => `That is all I have on **${concept}** beyond what is above.`,
    nothingMore: (concept: string) => `I have nothing on **${concept}** beyond the answer above.`,
    relatedBelow: ' The related topics below go further.',
    seeTopics: ' Type `topics` to see everything I cover.',
  },
  clarify: {
    title: 'Did you mean…',
    /** How plain text introduces the candidates, where there are no buttons. */
    lead: 'Try',
  },
  unknown: {
    title: "I don't know that one",
    body: (scope: string) => `That is outside what I know. I answer questions about ${scope}. Type \`topics\` to see everything I cover.`,
  },
  outside: {
    title: (term: string) => `${term}: not covered here`,
    body: (term: string, article: string | undefined, about: string) =>
      `**${term}** is not covered by this knowledge base${article ? ` (the article *${article}*)` : ''}. In short: ${about}`,
    nearestBelow: ' The closest topics I do cover are below.',
    seeTopics: ' Type `topics` to see everything I cover.',
    lead: 'Nearest topics I cover',
  },
  smalltalk: {
    thanks: 'Glad to help!',
    bye: 'See you!',
    hello: 'Hi!',
    ok: 'Sure.',
    body: (opener: string, subject: string, example: string, decide: string) =>
      `${opener} I answer questions about ${subject}: ask in plain words (${example}), type \`topics\` to see everything I cover${decide}.`,
    /** The body's last clause, by how many checklists there are to run. */
    decideOne: ', or `decide` to choose between them one question at a time',
    decideOneOf: (count: number) => `, or \`decide\` to pick one of ${count} decisions and walk through it one question at a time`,
  },
  /** Stand-ins where no article is loaded (src/core/article-words.ts builds the rest from article.yaml). */
  articles: {
    noSubject: 'the topics I know',
    noExample: 'a question in plain words',
  },
  topics: {
    title: (count: number) => `Topics I know (${count})`,
    body: 'Ask about any of these in your own words; typos are fine.',
    featured: 'Start here',
    rest: 'Also',
    /** Under one article's heading, when several articles are listed. */
    also: (titles: string) => `Also: ${titles}`,
  },
  help: {
    title: 'How to use archbot',
    ask: (examples: string) => `Ask a question in plain words, such as ${examples}.`,
    topics: '- `topics`: everything I can answer',
    decide: (checklist: string) => `- \`decide\`: walk through "${checklist}" one question at a time, ending in a verdict with reasons`,
    decideOneOf: (checklists: string[]) =>
      `- \`decide\`: choose one of ${checklists.length} decisions (${checklists.map((c) => `"${c}"`).join(', ')}) and walk through it one question at a time, ending in a verdict with reasons; \`decide NAME\` starts one directly`,
    steps: '- in a decision: pick an option by its number (or its button, where buttons show) or answer in words; `why`, `back`, `status`, `restart` and `cancel` work at any step',
    help: '- `help`: this message',
    whichTitle: 'Which decision?',
    whichLine: (index: number, title: string, article: string | undefined, id: string) =>
      `${index}. **${title}**${article ? ` (${article})` : ''}: type \`decide ${id}\``,
    whichTail: 'Pick one to start it, one question at a time (or type its number).',
  },
  question: {
    prompt: 'Pick a numbered option, or answer in your own words.',
    why: 'Why does this matter?',
    back: 'Back',
    cancel: 'Cancel',
    position: (step: number, total: number, answered: number) => `Question ${step} of ${total}${answered > 0 ? `, ${answered} answered so far` : ''}.`,
    firstQuestion: 'This is the first question; there is nothing to go back to.',
    goingBack: 'Going back one question. Answer it again:',
    help: 'Pick one of the options below, type its number, or describe your situation in words.',
    explain: (why: string) => `No problem, here is what this question is about. ${why}`,
    noted: (option: string, who: string) => `Noted: **${option}** (${who}).`,
    countedOrNumber: 'could be a count or an option number',
    ambiguous: 'could fit more than one option',
    noMatch: "doesn't match an option",
    countHint: ' Say what you counted (for example "2 services") or pick an option',
    chooseHint: ' Please choose',
  },
  answered: {
    chose: (question: string, who: string, option: string) => `**${question}**\n\n${who} chose **${option}**.`,
  },
  why: {
    title: 'Why this matters',
    verdictTitle: (verdict: string) => `Why "${verdict}"`,
    rule: (index: number, count: number) => `Rule ${index} of ${count} decided it`,
    signals: (scores: readonly string[]) => `Signals counted: ${scores.join('; ')}.`,
    answers: 'Your answers',
    neither: 'leans neither way',
    pointsTo: (verdict: string) => `points to "${verdict}"`,
    /** `signals` are score labels ("orchestration needs"), never ids. */
    countsAs: (signals: readonly string[]) =>
      signals.length > 0 ? ` It counts towards ${signals.length === 1 ? signals[0] : `${signals.slice(0, -1).join(', ')} and ${signals.at(-1)}`}.` : '',
    score: (label: string, held: number, total: number) => `${label}, ${held} of the ${total}`,
  },
  verdict: {
    title: (verdict: string) => `Verdict: ${verdict}`,
    field: 'Verdict',
    reasons: 'Reasons',
    otherSide: 'The other side',
    watchOut: 'Watch out',
    next: 'Next steps',
    answers: 'Answers',
    explain: 'Why this verdict?',
    changeLast: 'Change last answer',
    startOver: 'Start over',
  },
  /** Under any reply that cites a section: answers, questions, whys and verdicts. */
  citation: {
    source: (section: string) => `Source: "${section}"`,
  },
  notice: {
    start: 'Start a decision',
    continue: 'Continue',
    startOver: 'Start over',
  },
} as const;
