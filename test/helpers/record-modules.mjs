// `node --import ./record-modules.mjs …` appends the URL of every ES module the process loads to the
// file named by ARCHBOT_MODULE_LOG, one a line. Tests read it to see what a command really loaded.
import { register } from 'node:module';

const hook = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.ARCHBOT_MODULE_LOG, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
