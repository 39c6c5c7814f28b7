import { whyCriterion, whyReply } from '../checklist/checklist-replies.js';
import { defaultRestart, notice, restartChoice } from '../make-reply.js';
import { parseAnswer } from '../checklist/parse-answer.js';
import { clickedStep } from '../checklist/step.js';
import { sessionCommand } from '../checklist/session-words.js';
import { helpReply, topicsReply } from '../guide-replies.js';
import { answerReply } from '../lookup-replies.js';
import type { Action, CommandName, InboundEvent, Outcome } from '../types.js';
import { answerQuestion, type Remembered } from './answer-question.js';
import { comparisonSide } from './follow-up-neighbours.js';
import { pickedNumber } from './classify.js';
import { itemOfList } from './follow-up-parts.js';
import { CHECKLIST_IN_OFFER, chooseChecklist } from './choose-checklist.js';
import { pickFromOffer } from './pick-offer.js';
import { leansOnVerdict } from './after-verdict.js';
import { partReply } from './deeper-part.js';
import { Decisions, unavailableNotice, whilePaused } from './decisions.js';
import { feedbackBase, type ConversationDeps } from './deps.js';
import type { HandlerName } from './routes.js';
import { answered, offered, situated, stated, type ThreadContext } from './thread-context.js';
import type { ThreadView } from './thread-view.js';
import { NOTICE } from '../texts.js';

export type Handler = (event: InboundEvent, view: ThreadView, text: string) => Promise<Outcome>;

const { expired: EXPIRED, 'unknown-action': UNKNOWN } = NOTICE;

/** One function per cell value of the routing table, plus clicks and commands. */
export class Handlers {
  private readonly decisions: Decisions;

  constructor(readonly deps: ConversationDeps) {
    this.decisions = new Decisions(deps);
  }

  /** The handler a routing-table cell names. */
  for(name: HandlerName): Handler {
    switch (name) {
      case 'action':
        return (event, view) =>
          event.input.type === 'action' ? this.action(event, view, event.input.action) : Promise.resolve({ replies: [notice('unknown-action', UNKNOWN.button)] });
      case 'command':
        return (event, view, text) => this.typedCommand(event, view, text);
      case 'ask':
        return (event, view, text) => this.ask(event, view, text, event.place === 'channel');
      case 'after-verdict':
        return (event, view, text) => this.afterVerdict(event, view, text);
      case 'take-offer':
        return (event, view, text) => this.takeOffer(event, view, text);
      case 'step':
        return (event, view, text) => this.decisions.run(event, view, { type: 'text', text });
      case 'no-session':
        return async () => this.noSession();
      case 'lapsed':
        return (event, view, text) => this.lapsed(event, view, text);
      case 'unavailable':
        return async (event, _view, text) => whilePaused(this.deps, event, text);
    }
  }

  /** A lookup, read against the thread context; `afresh`: without it (it came before a verdict), and replacing it. */
  async ask(event: InboundEvent, view: ThreadView, text: string, ephemeral: boolean, options: { afresh?: boolean } = {}): Promise<Outcome> {
    const context = options.afresh ? undefined : view.context.context;
    // "the swarm one" after "Did you mean… 1. Docker Compose 2. Docker Swarm" is a pick, not a question.
    const picked = pickFromOffer(this.deps.kb, text, context?.offer ?? []);
    if (picked !== undefined && view.state !== 'step') return this.takeOffer(event, view, text, picked);
    const recent = context?.concepts ?? [];
    const result = answerQuestion(this.deps, event, { question: text, ephemeral, recent, said: context?.said, asked: context?.asked, unanswered: context?.unanswered, shown: context?.parts, facts: context?.facts });
    const offer = context?.offer ?? [];
    const { concept } = result;
    if (concept && offer.includes(concept)) this.offerTaken(event, concept, offer.indexOf(concept) + 1);
    await this.remember(event, view, result.concept, result.offer, { ...result, afresh: options.afresh === true || result.switched === true });
    return { replies: result.replies };
  }

  async command(event: InboundEvent, view: ThreadView, name: CommandName, rest: string, ephemeral: boolean): Promise<Outcome> {
    const { kb } = this.deps;
    switch (name) {
      case 'help':
        return { replies: [helpReply(kb, ephemeral)] };
      case 'topics':
        return { replies: [topicsReply(kb, ephemeral)] };
      case 'ask':
        return this.ask(event, view, rest, ephemeral);
      case 'decide': {
        // Checked before anything is posted, and said only to the person who asked.
        const chosen = chooseChecklist(kb, rest, ephemeral);
        if (chosen.offer) await this.remember(event, view, undefined, chosen.offer);
        if (!chosen.ok) return { replies: [chosen.reply] };
        const { checklist } = chosen;
        if (view.state === 'unavailable') return { replies: [unavailableNotice()] };
        if (event.place === 'channel') return this.decisions.startInThread(event, checklist);
        return this.decisions.start(event, view, checklist, false);
      }
    }
  }

  async action(event: InboundEvent, view: ThreadView, act: Action): Promise<Outcome> {
    const { kb } = this.deps;
    const ephemeral = event.place === 'channel';
    switch (act.type) {
      case 'topic': {
        const concept = kb.concept(act.concept);
        if (!concept) return { replies: [notice('unknown-action', UNKNOWN.topicGone)] };
        const offer = view.context.context?.offer ?? [];
        if (offer.includes(concept.id)) this.offerTaken(event, concept.id, offer.indexOf(concept.id) + 1);
        await this.remember(event, view, concept.id);
        return { replies: [answerReply(kb, concept, { ephemeral })] };
      }
      case 'share': {
        const concept = kb.concept(act.concept);
        if (!concept) return { replies: [notice('unknown-action', UNKNOWN.topicGone)] };
        // A deeper part is shared as it was shown, not as the whole answer it came from.
        const part = act.part === undefined ? undefined : partReply(kb, concept, act.part, { ephemeral: false, sharedBy: event.actor });
        return { replies: [part ?? answerReply(kb, concept, { ephemeral: false, sharedBy: event.actor })] };
      }
      case 'feedback':
        this.deps.logger.info({ concept: act.concept, vote: act.vote, platform: event.platform }, 'feedback');
        this.deps.record({ ...feedbackBase(this.deps, event), kind: 'vote', concept: act.concept, vote: act.vote });
        return { replies: [notice('feedback-thanks', NOTICE['feedback-thanks'][act.vote])] };
      case 'start':
        return this.command(event, view, 'decide', act.checklist, ephemeral);
      case 'restart': {
        const checklist = kb.checklist(act.checklist);
        if (!checklist) return { replies: [notice('unknown-action', UNKNOWN.checklistGone)] };
        return this.decisions.start(event, view, checklist, true);
      }
      case 'why': {
        const criterion = whyCriterion(kb, act, view.session.kind === 'live' ? view.session.checklist : undefined);
        return { replies: [criterion ? whyReply(kb, criterion) : notice('unknown-action', UNKNOWN.criterionGone)] };
      }
      default:
        return this.sessionClick(event, view, act);
    }
  }

  /** A click on a session's own button: answer, back, cancel, continue, explain. */
  private async sessionClick(event: InboundEvent, view: ThreadView, act: Extract<Action, { session: string }>): Promise<Outcome> {
    const { kb } = this.deps;
    const loaded = view.session;
    if (view.state === 'unavailable') return { replies: [unavailableNotice()] };
    if (loaded.kind === 'invalid' || loaded.kind === 'expired') return this.lapsed(event, view, '', true);
    if (loaded.kind === 'none') return { replies: [notice('expired', EXPIRED.gone, { restartWith: defaultRestart(kb) })] };
    if (loaded.state.id !== act.session) {
      return { replies: [notice('stale', NOTICE.stale.earlierRun)] };
    }
    return this.decisions.run(event, view, clickedStep(act));
  }

  private async typedCommand(event: InboundEvent, view: ThreadView, text: string): Promise<Outcome> {
    const [first = '', ...rest] = text.trim().split(/\s+/);
    const name = first.toLowerCase() as CommandName;
    // `decide` and `topics` mean the same inside a decision, so they are never private there.
    return this.command(event, view, name === 'help' || name === 'topics' || name === 'decide' || name === 'ask' ? name : 'help', rest.join(' '), false);
  }

  /** A number answers the thread's last list ("did you mean", "Which decision?"); without one, the last answer; else it is a question. */
  private async takeOffer(event: InboundEvent, view: ThreadView, text: string, rank?: number): Promise<Outcome> {
    const offer = view.context.context?.offer ?? [];
    const n = rank ?? pickedNumber(text);
    // A bare number with no list open ("1" right after an answer) can only mean what is on screen: the last answer.
    const lastId = view.context.context?.concepts[0];
    const last = lastId === undefined ? undefined : this.deps.kb.concept(lastId);
    // After a comparison, "the first one" or "2" is one of its sides; after a list page, that item of it.
    const meant = last && n !== undefined ? (comparisonSide(this.deps.kb, last, n - 1) ?? itemOfList(this.deps.kb, last, n) ?? last) : undefined;
    if (offer.length === 0 && meant) {
      await this.remember(event, view, meant.id);
      return { replies: [answerReply(this.deps.kb, meant, { ephemeral: event.place === 'channel' })] };
    }
    if (offer.length === 0 || n === undefined) return this.ask(event, view, text, event.place === 'channel');
    const id = offer[n - 1];
    if (id?.startsWith(CHECKLIST_IN_OFFER)) return this.command(event, view, 'decide', id.slice(CHECKLIST_IN_OFFER.length), event.place === 'channel');
    const concept = id === undefined ? undefined : this.deps.kb.concept(id);
    if (!concept) return { replies: [notice('bad-answer', NOTICE['bad-answer'].offerRange(offer.length))] };
    this.offerTaken(event, concept.id, n);
    await this.remember(event, view, concept.id);
    return { replies: [answerReply(this.deps.kb, concept, { ephemeral: event.place === 'channel' })] };
  }

  /** Right after a verdict: a bare "tell me more" explains it; anything else is asked without the context before it. */
  private async afterVerdict(event: InboundEvent, view: ThreadView, text: string): Promise<Outcome> {
    if (leansOnVerdict(this.deps.kb, text)) return this.decisions.run(event, view, { type: 'explain' });
    return this.ask(event, view, text, event.place === 'channel', { afresh: true });
  }

  /** A session word with no session: one wording whichever word it was. */
  private noSession(): Outcome {
    return { replies: [notice('no-session', NOTICE['no-session'].none, { restartWith: defaultRestart(this.deps.kb) })] };
  }

  /**
   * The decision here expired or could not be read. Text meant for it (a session word, an answer
   * to its question) hears that; anything else is a fresh question. Either way the session goes.
   */
  private async lapsed(event: InboundEvent, view: ThreadView, text: string, meant = false): Promise<Outcome> {
    const { kb, sessions, metrics } = this.deps;
    const loaded = view.session;
    await sessions.remove(event.thread);
    if (loaded.kind === 'invalid') {
      return { replies: [notice('invalid-state', NOTICE['invalid-state'].unreadable, { restartWith: defaultRestart(kb) })] };
    }
    metrics?.session('expired');
    if (loaded.kind !== 'expired') return { replies: [notice('expired', EXPIRED.gone, { restartWith: defaultRestart(kb) })] };
    const checklist = kb.checklist(loaded.state.checklist);
    const criterion = checklist?.criteria[loaded.state.answers.length];
    const forSession = meant || sessionCommand(text) !== undefined || pickedNumber(text) !== undefined || (criterion !== undefined && parseAnswer(criterion, text).ok);
    if (forSession) return { replies: [notice('expired', EXPIRED.lapsed, { restartWith: restartChoice(kb, checklist?.id) })] };
    return this.ask(event, { ...view, session: { kind: 'none' } }, text, event.place === 'channel');
  }

  private offerTaken(event: InboundEvent, concept: string, rank: number): void {
    this.deps.record({ ...feedbackBase(this.deps, event), kind: 'offer-taken', concept, rank });
  }

  /** Context is kept per thread, never in a shared channel where it would mix people up. */
  private async remember(event: InboundEvent, view: ThreadView, concept?: string, offer?: string[], { said, part, afresh = false, facts, asked }: Remembered = {}): Promise<void> {
    if (view.state === 'unavailable' || event.place === 'channel') return;
    const now = this.deps.clock();
    // The situation described so far stays beside whatever the thread remembers next.
    const update = (next: (p: ThreadContext | undefined) => ThreadContext) =>
      this.deps.contexts.update(event.thread, view.context, (p) => situated(next(afresh ? undefined : p), afresh ? undefined : p, facts));
    if (offer) await update((previous) => offered(previous, offer, now));
    else if (concept) await update((previous) => answered(previous, concept, now, { said, part, asked }));
    else if (said) await update((previous) => stated(previous, said, now));
  }
}
