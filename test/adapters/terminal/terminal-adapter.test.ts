import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalAdapter } from '../../../src/adapters/terminal/terminal-adapter.js';
import { conversationContract } from '../../contract/conversation-contract.js';
import { terminalDriver } from '../../helpers/terminal-driver.js';
import { kbWithTestChecklist, oneChecklistKb, testBot } from '../../helpers/kb.js';
import { renderText } from '../../../src/adapters/terminal/render-text.js';
import { DECIDE } from '../../helpers/decide.js';
import { say } from '../../core/conversation/helpers.js';

conversationContract('terminal', async () => terminalDriver(), false);

describe('terminal adapter', () => {
  it('prints a banner, answers help and topics, and leaves on exit', async () => {
    const { bot } = testBot();
    const input = new PassThrough();
    let printed = '';
    const adapter = new TerminalAdapter({ bot, input, output: { write: (t: string) => (printed += t) }, interactive: false, color: false });
    const running = adapter.start();
    input.write('help\ntopics\nexit\nwhat is etcd\n');
    await running;
    expect(printed.split('\n')[0]).toMatch(/^archbot: ask about Docker and Kubernetes \(\d+ topics\)/);
    expect(printed).toMatch(/How to use archbot/);
    expect(printed).toMatch(/Topics I know \(\d+\)/);
    // `exit` ended the loop: the line after it was never answered.
    expect(printed).not.toMatch(/key-value/);
  });

  it('names the offered checklist in the hint under an answer when there are several, as a bare `decide` would ask which', async () => {
    const driver = terminalDriver(kbWithTestChecklist());
    const answer = await driver.send('when is docker enough');
    expect(answer).toMatch(/\(type `decide docker-vs-kubernetes`\)/);
    expect(await driver.send('decide docker-vs-kubernetes')).toMatch(/1\/6/);
    // The "Which decision?" list already says what to type for each: no hint repeats it.
    await driver.send('cancel');
    const offer = await driver.send('decide');
    expect(offer).toMatch(/Which decision\?/);
    expect(offer).not.toMatch(/\(type /);
    await driver.close();
  });

  it('gives the same hints wherever a reply is rendered as text, told nothing about how many checklists there are', async () => {
    const { bot } = testBot({ kb: kbWithTestChecklist() });
    const text = async (typed: string): Promise<string> => (await bot.handle(say(typed))).replies.map((r) => renderText(r)).join('\n');
    expect(await text('when is docker enough')).toMatch(/\(type `decide docker-vs-kubernetes`\)/);
    await bot.handle(say(DECIDE));
    expect(await text('cancel')).toMatch(/\(type `decide docker-vs-kubernetes`\)/);
    // The "Which decision?" list says what to type for each checklist itself: no hint under it.
    const offer = await text('decide');
    expect(offer).toMatch(/Which decision\?/);
    expect(offer).not.toMatch(/\(type /);
    const one = testBot({ kb: oneChecklistKb() }).bot;
    expect((await one.handle(say('when is docker enough'))).replies.map((r) => renderText(r)).join('\n')).toMatch(/\(type `decide`\)/);
  });

  it('keeps the hint a bare `decide` while there is one checklist, since that starts it', async () => {
    const driver = terminalDriver(oneChecklistKb());
    expect(await driver.send('when is docker enough')).toMatch(/\(type `decide`\)/);
    expect(await driver.send('decide')).toMatch(/1\/6/);
    await driver.close();
  });

  it('says goodbye to `bye` before it leaves, as the bot does in a chat', async () => {
    const { bot } = testBot();
    const input = new PassThrough();
    let printed = '';
    const adapter = new TerminalAdapter({ bot, input, output: { write: (t: string) => (printed += t) }, interactive: false, color: false });
    const running = adapter.start();
    input.write('bye\nwhat is etcd\n');
    await running;
    expect(printed).toMatch(/See you!/);
    expect(printed).not.toMatch(/key-value/);
  });
});

describe('npx archbot in a terminal session', () => {
  it('leaves on `exit` while the input is still open, as a person at a prompt expects', async () => {
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const bin = fileURLToPath(new URL('../../../bin/archbot.mjs', import.meta.url));
    const child = spawn(process.execPath, [bin], { env: { ...process.env, ARCHBOT_ENV_FILE: 'none', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.write('what is a pod\nexit\n');
    // stdin is deliberately left open: only `exit` may end the session.
    const timeout = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 10_000));
    const result = await Promise.race([exited, timeout]);
    if (result === 'still running') child.kill();
    expect(result).toBe(0);
    expect(out).toMatch(/Pods?/);
  });
});
