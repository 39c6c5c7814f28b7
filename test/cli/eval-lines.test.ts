import { describe, expect, it } from 'vitest';
import { parseEvalFile } from '../../src/cli/eval.js';
import { parseFollowUpFile } from '../../src/cli/eval-followups.js';
import { parseScenarioFile } from '../../src/cli/eval-scenarios.js';
import { parseStepFile } from '../../src/cli/eval-steps.js';

// Every kind of eval file reads its lines the same way: comments and blank lines skipped, LF or CRLF, and each case
// (and each error) named by its line in the file as an editor numbers it.

describe('eval files', () => {
  it('skip comments and blank lines, read CRLF like LF, and keep each case at its own line number', () => {
    const file = '# questions\r\n\r\npod,container\twhat is a pod\r\n-\thello\r\n~\twhat is a daemonset\r\n';
    expect(parseEvalFile(file)).toEqual([
      { expected: ['pod', 'container'], question: 'what is a pod', line: 3 },
      { expected: null, question: 'hello', line: 4 },
      { expected: null, nearDomain: true, question: 'what is a daemonset', line: 5 },
    ]);
    expect(parseFollowUpFile('# follow-ups\n\netcd\twhat is etcd || and why?\n')).toEqual([{ expected: ['etcd'], turns: ['what is etcd', 'and why?'], line: 3 }]);
    expect(parseStepFile('# steps\nhosts\tone, maybe two\nhosts\tone\ta single box\n')).toEqual([
      { criterion: 'hosts', input: 'one, maybe two', line: 2 },
      { criterion: 'hosts', value: 'one', input: 'a single box', line: 3 },
    ]);
    expect(parseScenarioFile('\nhosts=one services=few\tdocker-enough\t-\n')).toEqual([
      { answers: ['hosts=one', 'services=few'], verdict: 'docker-enough', cites: [], line: 2 },
    ]);
  });

  it('name the line of a case they cannot read', () => {
    expect(() => parseEvalFile('# a comment\npod\twhat is a pod\nno tab here\n')).toThrow(/^line 3: /);
    expect(() => parseFollowUpFile('\netcd\t || \n')).toThrow(/^line 2: no turns/);
    expect(() => parseStepFile('hosts\n')).toThrow(/^line 1: /);
  });
});
