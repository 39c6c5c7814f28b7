// `node --import ./record-modules.mjs …` appends the URL of every module the process loads to the
// file named by ARCHBOT_MODULE_LOG, one a line: ES modules (through a loader hook) and the CommonJS
// files they `require` in turn (through Node's CommonJS loader, as file: URLs too). Tests read it to
// see what a command really loaded.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

const hook = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.ARCHBOT_MODULE_LOG, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const loadCommonJs = Module._load;
Module._load = function (request, parent, isMain) {
  const exported = loadCommonJs.apply(this, arguments);
  try {
    const file = Module._resolveFilename(request, parent, isMain);
    if (file.startsWith('/')) appendFileSync(process.env.ARCHBOT_MODULE_LOG, `${pathToFileURL(file).href}\n`);
  } catch {
    // A built-in module, or one resolved some other way: not a file to record.
  }
  return exported;
};
