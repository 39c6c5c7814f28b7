import { SHARED_PARTS } from './content/schema.js';
import type { Action, Result } from './types.js';

// Choices travel through platform button ids, and each platform caps their size; the tightest in
// use allows 64 bytes. The adapter gives its budget to `encodeAction`. An id written in full is
// kebab-case and at most 40 characters, so most ids fit as they are; when they do not, the longest
// ids are written as a short digest (`~` and up to 7 base-36 characters) that the decoder matches
// against the ids that exist, so every action fits 64 bytes whatever the content's names.
// `ab2:` marks this encoding; ids of the older `ab1:` encoding are refused like any foreign id.
export const ACTION_PREFIX = 'ab2:';

/** The smallest button-id budget encoding supports, in bytes. Every platform allows at least this. */
export const MIN_ID_BYTES = 64;

/** Kebab-case, with `/` between an article and its own id (`article/concept`) where ids are qualified. */
const ID = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
const DIGEST = /^~[a-z0-9]{1,7}$/;
const SESSION = /^[a-z0-9]{1,12}$/;
/** Longer input is not ours whatever it holds; nothing reads it further. */
const MAX_RAW = 256;

/** The ids a digest is matched against: what the knowledge base holds now. */
export interface KnownIds {
  concepts: readonly string[];
  checklists: readonly string[];
  criteria: readonly string[];
  /** The option values of a criterion. */
  values(criterion: string): readonly string[];
}

/** FNV-1a over the id, in base 36: short, stable across processes and versions. */
export function digest(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `~${hash.toString(36)}`;
}

/**
 * The UTF-8 length of `text`, counted rather than encoded: every button of every reply is measured,
 * and a TextEncoder with a fresh byte array each time was most of encoding an id. A lone surrogate
 * counts 3, as the encoder writes it (U+FFFD).
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

const bytes = utf8Length;

/** The verb, then each field; `id` fields may be shortened to a digest, the others never. */
type Field = { id: string } | { fixed: string };

const id = (value: string): Field => ({ id: value });
const fixed = (value: string): Field => ({ fixed: value });

function fieldsOf(action: Action): [string, ...Field[]] {
  switch (action.type) {
    case 'answer':
      return ['ans', fixed(action.session), id(action.criterion), id(action.value)];
    case 'why':
      return action.checklist === undefined
        ? ['why', fixed(action.session), id(action.criterion)]
        : ['why', fixed(action.session), id(action.criterion), id(action.checklist)];
    case 'explain':
      return ['expl', fixed(action.session)];
    case 'back':
      return action.answered === undefined ? ['back', fixed(action.session)] : ['back', fixed(action.session), fixed(String(action.answered))];
    case 'cancel':
      return ['cancel', fixed(action.session)];
    case 'continue':
      return ['cont', fixed(action.session)];
    case 'restart':
      return ['rst', id(action.checklist)];
    case 'start':
      return ['start', id(action.checklist)];
    case 'topic':
      return ['topic', id(action.concept)];
    case 'share':
      return action.part === undefined ? ['share', id(action.concept)] : ['share', id(action.concept), fixed(action.part)];
    case 'feedback':
      return ['fb', id(action.concept), fixed(action.vote)];
  }
}

/**
 * The button id for an action, within `maxBytes` (the platform's limit, at least `MIN_ID_BYTES`).
 * Ids are written in full while they fit, so ids stay readable in logs wherever the budget allows.
 */
export function encodeAction(action: Action, maxBytes: number = MIN_ID_BYTES): string {
  const [verb, ...fields] = fieldsOf(action);
  const parts = fields.map((f) => ('id' in f ? f.id : f.fixed));
  const join = (): string => ACTION_PREFIX + [verb, ...parts].join(':');
  // Most ids fit whole (every button of every reply is encoded): no digests to choose.
  const whole = join();
  if (bytes(whole) <= maxBytes) return whole;
  // Longest id first: the fewest digests that make it fit.
  const byLength = fields.flatMap((f, i) => ('id' in f ? [i] : [])).sort((a, b) => (parts[b] ?? '').length - (parts[a] ?? '').length);
  for (const i of byLength) {
    if (bytes(join()) <= maxBytes) break;
    parts[i] = digest(parts[i] ?? '');
  }
  return join();
}

type Decoded = Result<Action, 'unknown-action'>;

const bad = (raw: string): Decoded => ({
  ok: false,
  code: 'unknown-action',
  message: `unrecognised action id "${raw.slice(0, 100)}"`,
});

/** An id as written (in full, or as a digest of one of `known`); undefined when it names nothing. */
function resolve(written: string, known: readonly string[] | undefined): string | undefined {
  if (ID.test(written)) return written;
  if (!DIGEST.test(written) || !known) return undefined;
  const matches = known.filter((id) => digest(id) === written);
  // Two ids sharing a digest cannot be told apart: refused rather than guessed.
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * Reads back what `encodeAction` wrote; anything else (forged, truncated, from an older encoding)
 * is refused. Digests are matched against `known`; without it only ids written in full decode.
 */
export function decodeAction(raw: string, known?: KnownIds): Decoded {
  if (!raw.startsWith(ACTION_PREFIX) || raw.length > MAX_RAW) return bad(raw);
  const [verb, ...args] = raw.slice(ACTION_PREFIX.length).split(':');
  const [a = '', b = '', c = ''] = args;
  const count = (n: number): boolean => args.length === n;
  const session = SESSION.test(a);
  switch (verb) {
    case 'ans': {
      const criterion = count(3) && session ? resolve(b, known?.criteria) : undefined;
      const value = criterion === undefined ? undefined : resolve(c, known?.values(criterion));
      return criterion && value ? ok({ type: 'answer', session: a, criterion, value }) : bad(raw);
    }
    case 'why': {
      // Older builds wrote no checklist: the handler finds one for the criterion.
      const criterion = (count(2) || count(3)) && session ? resolve(b, known?.criteria) : undefined;
      if (!criterion) return bad(raw);
      if (count(2)) return ok({ type: 'why', session: a, criterion });
      const checklist = resolve(c, known?.checklists);
      return checklist ? ok({ type: 'why', session: a, criterion, checklist }) : bad(raw);
    }
    case 'back':
      if (count(1) && session) return ok({ type: 'back', session: a });
      return count(2) && session && /^\d{1,2}$/.test(b) ? ok({ type: 'back', session: a, answered: Number(b) }) : bad(raw);
    case 'expl':
      return count(1) && session ? ok({ type: 'explain', session: a }) : bad(raw);
    case 'cancel':
      return count(1) && session ? ok({ type: 'cancel', session: a }) : bad(raw);
    case 'cont':
      return count(1) && session ? ok({ type: 'continue', session: a }) : bad(raw);
    default:
      return decodeById(raw, verb, args, known);
  }
}

/** Actions about one concept or checklist. */
function decodeById(raw: string, verb: string | undefined, args: string[], known: KnownIds | undefined): Decoded {
  const [a = '', b = ''] = args;
  const one = (list: readonly string[] | undefined): string | undefined => (args.length === 1 ? resolve(a, list) : undefined);
  switch (verb) {
    case 'rst': {
      const checklist = one(known?.checklists);
      return checklist ? ok({ type: 'restart', checklist }) : bad(raw);
    }
    case 'start': {
      const checklist = one(known?.checklists);
      return checklist ? ok({ type: 'start', checklist }) : bad(raw);
    }
    case 'topic': {
      const concept = one(known?.concepts);
      return concept ? ok({ type: 'topic', concept }) : bad(raw);
    }
    case 'share': {
      // The part shown, when the reply shared was one: posted as shown.
      const part = SHARED_PARTS.find((p) => p === b);
      if (args.length === 2) {
        const concept = part === undefined ? undefined : resolve(a, known?.concepts);
        return concept && part ? ok({ type: 'share', concept, part }) : bad(raw);
      }
      const concept = one(known?.concepts);
      return concept ? ok({ type: 'share', concept }) : bad(raw);
    }
    case 'fb': {
      const concept = args.length === 2 && (b === 'up' || b === 'down') ? resolve(a, known?.concepts) : undefined;
      return concept && (b === 'up' || b === 'down') ? ok({ type: 'feedback', concept, vote: b }) : bad(raw);
    }
    default:
      return bad(raw);
  }
}

function ok(action: Action): Decoded {
  return { ok: true, value: action };
}
