import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { notice, restartChoice } from '../../src/core/make-reply.js';
import { oneChecklistKb } from '../helpers/kb.js';
import { NOTICE } from '../../src/core/texts.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Two words in a row: a sentence, not a code ('still-waiting'), an id or markup. */
const SENTENCE = /[a-z]{2,}\s+[a-z]{2,}/i;

/** `notice(…)` or `make.<kind>(…)`: the calls that build what a user reads. */
function buildsReply(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text === 'notice';
  return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'make';
}

/**
 * Where a reply-building call is handed wording written in place: a string or template literal with
 * a sentence in it, anywhere in its arguments (object fields, conditionals, lines split across the
 * source). Read with the TypeScript parser, so layout does not hide one.
 */
function inlineSentences(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const literals = (node: ts.Node): void => {
    const words =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
          : undefined;
    if (words !== undefined && SENTENCE.test(words)) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, literals);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && buildsReply(node)) node.arguments.forEach(literals);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the text catalogue', () => {
  it('is where every notice and reply in src/ takes its wording from, so one message has one wording', () => {
    const inline = sources(SRC).flatMap((file) => inlineSentences(file, readFileSync(file, 'utf8')));
    expect(inline).toEqual([]);
  });

  it('would catch a sentence written in place, on one line or across several', () => {
    const code = [
      "notice('stale', 'That step moved on.');",
      'notice(',
      "  'stale',",
      '  `That ${step} moved on.`,',
      ');',
      'make.help({',
      "  title: 'Which one',",
      "  body: ok ? NOTICE.x : 'Nothing to show here',",
      '});',
      "notice('stale', NOTICE.stale.movedOn);",
      "make.help({ title: REPLY.help.title, body: `${a}\\n\\n${b}`, group: 'navigation' });",
    ].join('\n');
    expect(inlineSentences('sample.ts', code)).toEqual(['sample.ts:1', 'sample.ts:4', 'sample.ts:7', 'sample.ts:8']);
  });

  it('gives every notice a code and wording, shown privately unless everyone in the thread needs it', () => {
    const stale = notice('stale', NOTICE.stale.movedOn);
    expect(stale).toEqual({ kind: 'notice', code: 'stale', body: 'That step already moved on.', choices: [], ephemeral: true });
    expect(notice('cancelled', NOTICE.cancelled.cancelled, { restartWith: restartChoice(oneChecklistKb(), 'k8s') })).toMatchObject({
      ephemeral: false,
      choices: [{ label: 'Start a decision', action: { type: 'start', checklist: 'k8s' } }],
    });
  });
});
