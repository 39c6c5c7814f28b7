import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../../../src/core/lookup/lookup.js';
import { realKb } from '../../helpers/kb.js';

const kb = realKb();
const said = (r: LookupResult): string =>
  r.status === 'answer' ? r.concept.id : r.status === 'outside' ? `outside:${r.term.id}` : r.status;
const ask = (q: string): string => said(kb.lookup(q));

describe('a word of ours in its everyday sense, in a question from another world', () => {
  it('knows the body, the law and clothes as other worlds: healing, discovery and costs there are not ours', () => {
    for (const q of ['how long until a scraped elbow heals by itself', 'is the discovery process with an attorney costly', 'what do good trousers cost', 'do dockers chinos run small?']) {
      expect(ask(q), q).toBe('unknown');
    }
  });

  it('is neither answered nor met with a did-you-mean', () => {
    for (const q of [
      'we watched a pod of dolphins from the ferry',
      'the container vessel blocking the canal, is it free yet',
      'how does a harbour pilot bring big ships into port',
      'what is the control plane of an aircraft',
      'can a pod of orcas swim into the harbour',
      'load balancing tips on a bicycle',
      'is self healing asphalt a thing yet',
      'what do 20ft containers cost second hand',
      'a meeting scheduler that lets clients book calls with me',
      'the node under my jaw feels swollen',
      'how do I clean up the windows registry',
      'which river is best for a rafting trip',
      'which node version should i pick for a react project',
      'where can i rent a moving pod for my furniture',
      'my registry key for windows will not delete',
      'the windows service will not start after reboot',
      'rolling update of my linkedin profile',
      'how do i set up a minecraft server for friends',
      'my wifi router keeps restarting',
      'what is machine learning in simple words',
    ]) expect(ask(q), q).toBe('unknown');
  });

  it('still answers a question from our world that uses the same words', () => {
    expect(ask('explain raft (the consensus thing, not the boat)')).toBe('raft');
    expect(ask('is a docker container like a shipping container for code')).not.toBe('unknown');
    expect(ask('why run a log shipping container in the same pod')).not.toBe('unknown');
    expect(ask('what does the scheduler pick a node with')).toBe('scheduler');
    // An analogy asked for brings the other world in on purpose.
    expect(ask('is a pod like a dinner table where containers sit together')).toBe('pod');
  });
});

describe('a word of ours in a nearer world: an operating system, a programming language, an app, a household device', () => {
  it('is not answered when the question names that world and one of its own things', () => {
    for (const q of [
      'how do i use the windows 11 task scheduler',
      'my mac spotlight search stopped finding files',
      'the windows taskbar hides my pinned shortcuts',
      'python daemon threads and interpreter shutdown',
      'how do closures capture variables in javascript',
      'ruby threads vs python threading for a web scraper',
      'can i mute notifications from one sender in outlook',
      'where do i upload a new avatar picture for my profile',
      'swap the avatar image on my zoom account',
      'the fridge thermostat clicks all night',
      'the television remote control needs new batteries',
    ]) expect(ask(q), q).toBe('unknown');
  });

  it('still answers when the world is only where our things run, or our words stand beside it', () => {
    expect(ask('does docker run on windows')).toBe('docker');
    expect(ask('python app in a container')).toBe('container');
    expect(ask('kubernetes scheduler vs windows task scheduler')).toBe('scheduler');
    expect(ask('how do I run a python image on windows')).toBe('image');
    expect(ask('what is a daemon thread')).not.toBe('unknown');
    expect(ask('my image is too big, how do i shrink it')).not.toBe('unknown');
    for (const q of ['python threads inside a pod hit the cpu limit', 'docker desktop on mac will not start', 'a javascript promise waiting on the docker api']) {
      expect(ask(q), q).not.toBe('unknown');
    }
  });
});

describe('chat in set phrases', () => {
  it('is small talk, with chat words around it', () => {
    for (const q of ['have a good one', 'long time no see 👋', 'my bad, wrong thread', 'nice to meet you!', 'great job bot', 'ok, take care', 'no problem', 'no more questions, thanks']) {
      expect(ask(q), q).toBe('smalltalk');
    }
  });

  it('is small talk in the courtesies of formal writing too, in a longer message', () => {
    for (const q of ['Good morning. Before we start, may I ask how your day is going?', 'hi there, hope you are well']) {
      expect(ask(q), q).toBe('smalltalk');
    }
  });

  it('is not small talk when a question comes with it', () => {
    expect(ask('hope you are well, so what is etcd')).not.toBe('smalltalk');
    expect(ask('nice work, so what is etcd')).not.toBe('smalltalk');
    expect(ask('wrong thread for pods?')).not.toBe('smalltalk');
  });
});
