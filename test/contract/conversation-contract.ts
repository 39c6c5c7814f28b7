import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NOT_FOUND, UNKNOWN } from '../helpers/wording.js';

/**
 * How the contract talks to one adapter. Every method goes through the adapter's real transport
 * (stdin, signed Slack HTTP requests, a Discord gateway), in one DM-like conversation. `send` and
 * `click` resolve only once the whole reply has arrived: for a platform that acknowledges first and
 * delivers later (a 202, then a post to a callback), wait for the handling the adapter tracked
 * through `deps.intake.track` (give it an intake that keeps the last promise), or for the reply to
 * reach the fake, before collecting what was posted.
 */
export interface ContractDriver {
  /** Types text in the conversation; resolves with the text of every message the bot posted or edited in reply. */
  send(text: string): Promise<string>;
  /** Clicks the button whose label matches, on the newest bot message that has one (platforms with buttons). */
  click?(label: RegExp): Promise<string>;
  close(): Promise<void>;
}

/** The shipped article's checklist, named where the contract starts it: with two articles a bare `decide` offers both. */
const CHECKLIST = 'docker-vs-kubernetes';

/**
 * The same conversation must behave the same on every adapter: the same answers, the same
 * checklist steps, the same verdict. Run from each adapter's test file, and on the terminal
 * with a second article loaded (test/contract/two-articles.test.ts).
 */
export function conversationContract(platform: string, connect: () => Promise<ContractDriver>, withButtons = true): void {
  describe(`conversation contract: ${platform}`, () => {
    let driver: ContractDriver;
    /**
     * A bare `decide`, as people type it: with one article it starts the checklist; with several it
     * offers them by number, and the shipped article's is picked by the number it is shown with.
     */
    const bareDecide = async (): Promise<string> => {
      const reply = await driver.send('decide');
      if (!/Which decision\?/.test(reply)) return reply;
      const number = /(\d+)\. \W*Docker alone, or Kubernetes\?/.exec(reply)?.[1];
      expect(number, reply).toBeDefined();
      return driver.send(`decide ${number ?? ''}`);
    };
    beforeEach(async () => {
      driver = await connect();
    });
    afterEach(async () => {
      await driver.close();
    });

    it('answers a question with the concept and its source, and admits what it does not know', async () => {
      const answer = await driver.send('what is etcd');
      expect(answer).toMatch(/etcd/);
      expect(answer).toMatch(/key-value/i);
      expect(answer).toMatch(/What Kubernetes actually solves/);
      expect(await driver.send('how do I bake sourdough bread')).toMatch(UNKNOWN);
    });

    it('goes deeper on a follow-up instead of repeating the answer, and says when nothing is left', async () => {
      const body = /key-value database behind/;
      expect(await driver.send('what is etcd')).toMatch(body);
      const why = await driver.send('why?');
      expect(why).toMatch(/etcd — why it matters/);
      expect(why).toMatch(/majority of members/);
      expect(why).not.toMatch(body);
      expect(why).toMatch(/What Kubernetes actually solves/);
      const more = await driver.send('tell me more');
      expect(more).toMatch(/etcd — how it works/);
      expect(more).not.toMatch(/majority of members/);
      expect(more).not.toMatch(body);
      expect(await driver.send('an example?')).toMatch(/etcd — an example/);
      const done = await driver.send('go on');
      expect(done).toMatch(/That is all I have on \W*etcd\W* beyond what is above/);
      expect(done).not.toMatch(body);
      // The related topics, to go further: buttons where the platform has them, a line of names in the terminal.
      if (withButtons && driver.click) expect(await driver.click(/^Raft consensus$/)).toMatch(/Raft/);
      else expect(done).toMatch(/Related: Control plane · API server · Raft consensus/);
    });

    it('says the last answer shorter on "in simple terms", and shows a list page again on "any others?"', async () => {
      await driver.send('what is etcd');
      const short = await driver.send('in simple terms');
      expect(short).toMatch(/etcd — in short/);
      expect(short).not.toMatch(/why it matters|key-value database behind/);
      // Not a part: "why?" still has its part to show.
      expect(await driver.send('why?')).toMatch(/etcd — why it matters/);
      expect(await driver.send('common mistakes')).toMatch(/Three patterns keep coming up/);
      const others = await driver.send('any others?');
      expect(others).toMatch(/Three patterns keep coming up/);
      expect(others).not.toMatch(/why it matters|how it works|an example/);
    });

    it('names a neighbouring term it does not cover with the nearest topics, and meets small talk kindly', async () => {
      const outside = await driver.send('what is a daemonset');
      expect(outside).toMatch(/DaemonSet: not covered here/);
      expect(outside).toMatch(/not covered by this knowledge base/);
      expect(outside).not.toMatch(UNKNOWN);
      // The nearest covered topics: buttons where the platform has them, a line of names in the terminal.
      if (withButtons && driver.click) expect(await driver.click(/^Pods$/)).toMatch(/Pods/);
      else expect(outside).toMatch(/Nearest topics I cover: Pods · Nodes · Scheduler/);
      const hello = await driver.send('hello there');
      expect(hello).toMatch(/^Hi!/m);
      expect(hello).toMatch(/topics/);
      expect(hello).not.toMatch(UNKNOWN);
    });

    it('advises on a situation told over several messages when asked "docker or kubernetes?"', async () => {
      await driver.send('our whole product is two services on a single server');
      await driver.send('a few minutes down while we deploy is fine');
      expect(await driver.send('docker or kubernetes then?')).toMatch(/^\W*When Docker is enough/);
      // What is said later wins over what was said before, question by question.
      await driver.send('we run about 30 machines now');
      await driver.send('any downtime costs us customers');
      await driver.send('our traffic spikes hard at launches');
      expect(await driver.send('so docker or kubernetes?')).toMatch(/^\W*When Kubernetes is worth it/);
    });

    it('answers "and the difference?" after two things asked in a row with the page comparing them', async () => {
      await driver.send('what is docker');
      expect(await driver.send('what is kubernetes')).toMatch(/^\W*Kubernetes\b/);
      expect(await driver.send('ok, and the difference?')).toMatch(/^\W*Docker vs Kubernetes/);
    });

    it('reads a pronoun as the thing just answered: what keeps pods running on a machine is the kubelet', async () => {
      await driver.send('what are pods');
      // Read alone, the question lands on Kubernetes at large; with "them" as the pods, on the kubelet.
      expect(await driver.send('what keeps them running on a machine?')).toMatch(/^\W*kubelet/);
    });

    it('reads "<scene>, so how do I reach them?" as the question after the "so": pods are reached through a Service', async () => {
      await driver.send('what are pods');
      expect(await driver.send('they crash and get replaced all the time, so how do I reach them?')).toMatch(/^\W*Kubernetes Services/);
      await driver.send('what is a pod');
      expect(await driver.send('pods die and come back elsewhere, so how do I reach them?')).toMatch(/^\W*Kubernetes Services/);
    });

    it('follows the thread to the thing meant: where pods run, an item of a list by its place, the last of two compared', async () => {
      await driver.send('what is a pod');
      expect(await driver.send('where do they run?')).toMatch(/^\W*Nodes/);
      await driver.send('where do teams go wrong?');
      expect(await driver.send('the second one')).toMatch(/^\W*Mistake: scaling Docker beyond its limits/);
      await driver.send('what is an image');
      await driver.send('what is a container');
      expect(await driver.send('and the difference?')).toMatch(/^\W*Containers/);
    });

    it('runs the checklist by typed answers, with back and a re-ask, to the same verdict', async () => {
      expect(await bareDecide()).toMatch(/1\/6[\s\S]*one server, or across several machines/);
      expect(await driver.send('several servers')).toMatch(/2\/6[\s\S]*How many services/);
      expect(await driver.send('back')).toMatch(/1\/6[\s\S]*one server, or across several machines/);
      expect(await driver.send('2')).toMatch(/2\/6/);
      const reask = await driver.send('purple elephants');
      expect(reask).toMatch(/doesn.t match an option/);
      expect(reask).toMatch(/How many services/);
      await driver.send('many');
      await driver.send('nope');
      await driver.send('yes');
      await driver.send('standardized automation');
      const verdict = await driver.send('yes we do');
      expect(verdict).toMatch(/Verdict: Kubernetes is worth it/);
      expect(verdict).toMatch(/Mistake: scaling Docker beyond its limits/);
      expect(verdict).toMatch(/registry/);
    });

    it('asks before replacing a running decision, and cancels on request', async () => {
      await driver.send(`decide ${CHECKLIST}`);
      expect(await driver.send(`decide ${CHECKLIST}`)).toMatch(/already running/);
      expect(await driver.send('cancel')).toMatch(/cancelled/i);
      expect(await driver.send('what is a pod')).toMatch(/Pods/);
    });

    it('holds a conversation: a follow-up, a did-you-mean by number, a question mid-decision, why after the verdict', async () => {
      expect(await driver.send('what is etcd')).toMatch(/key-value/i);
      // Leans on the answer before: about etcd, not about a registry that "stores" images.
      const followUp = await driver.send('and what does it store?');
      expect(followUp).toMatch(/etcd/);
      expect(followUp).not.toMatch(/Container registry/);
      // "scaling" alone could be Docker's limits or autoscaling: a genuine did-you-mean.
      const offer = await driver.send('scaling');
      expect(offer).toMatch(/Did you mean/);
      // Picked by the number it is shown with, whichever place the ranking gives it.
      const number = /(\d)\. \*?\*?Autoscaling/.exec(offer)?.[1];
      expect(number).toBeDefined();
      const picked = await driver.send(number ?? '');
      expect(picked).toMatch(/Autoscaling/);
      expect(picked).not.toMatch(NOT_FOUND);
      await driver.send(`decide ${CHECKLIST}`);
      await driver.send('one server');
      const mid = await driver.send('what is autoscaling?');
      expect(mid).toMatch(/adds and removes|add and remove|replicas/i);
      expect(mid).toMatch(/waits on question 2 of 6/);
      // The question was not taken as an answer: the next one is still question 2's.
      expect(await driver.send('a few')).toMatch(/3\/6/);
      for (const answer of ['yes', 'steady', 'simplicity']) await driver.send(answer);
      // "no one knows" is doubt, not a "no": the step is explained again and still waits.
      const doubt = await driver.send('no one knows');
      expect(doubt).not.toMatch(/Verdict/);
      expect(doubt).toMatch(/6\/6/);
      expect(await driver.send('no')).toMatch(/Verdict: Docker is enough for now/);
      // "tell me more" right after the verdict is about the verdict, never about etcd from before the decision.
      const more = await driver.send('tell me more');
      expect(more).toMatch(/Rule 4 of 4 decided it/);
      expect(more).not.toMatch(/etcd/);
      const why = await driver.send('why');
      expect(why).toMatch(/Rule 4 of 4 decided it/);
      expect(why).toMatch(/One server/);
      // Saying that nobody would notice is an answer, recorded as one (a short outage is fine).
      await driver.send(`decide ${CHECKLIST}`);
      for (const answer of ['one server', 'a few']) await driver.send(answer);
      expect(await driver.send('nobody would notice a short outage')).toMatch(/4\/6/);
      // "no one would even know …": the "no" of "no one" is no answer "no"; the outage is fine.
      expect(await driver.send('restart')).toMatch(/1\/6/);
      for (const answer of ['one server', 'a few']) await driver.send(answer);
      expect(await driver.send('no one would even know if we went down for a bit')).toMatch(/4\/6/);
      for (const answer of ['steady', 'simplicity', 'no']) await driver.send(answer);
      expect(await driver.send('why')).toMatch(/short outage is fine/i);
    });

    // The terminal has no buttons (its choices are numbers, covered above), so this runs where clicks exist.
    if (!withButtons) return;
    it('runs the checklist by button clicks', async () => {
      const click = (label: RegExp): Promise<string> => {
        if (!driver.click) throw new Error(`${platform} driver has no click()`);
        return driver.click(label);
      };
      await driver.send(`decide ${CHECKLIST}`);
      expect(await click(/One server/)).toMatch(/2\/6/);
      await click(/A few/);
      await click(/short outage is fine/);
      await click(/traffic is steady/);
      await click(/Few moving parts/);
      expect(await click(/^\d?\.? ?No$/)).toMatch(/Verdict: Docker is enough for now/);
    });
  });
}
