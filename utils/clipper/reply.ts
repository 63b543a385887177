/**
 * The one check of what an injected script answers. Every injected script (entrypoints/extract.ts, locate.ts,
 * highlighter.ts) answers a Result; anything else means the page went away or broke while it ran.
 */
import type { MessageKey } from '../i18n';
import { fail, ok, problem, type AppError, type Result } from '../result';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

/** An error from the page, rebuilt field by field: it arrives from a web page's process, so nothing else is kept. */
function readError(v: unknown): AppError | null {
  if (!isObject(v) || typeof v.code !== 'string' || typeof v.message !== 'string') return null;
  const error: AppError = { code: v.code as AppError['code'], message: v.message };
  const params = v.params;
  const plain =
    params === undefined || (isObject(params) && Object.values(params).every((p) => typeof p === 'string' || typeof p === 'number'));
  // a key without its placeholders would show them raw: then the English message it is
  if (typeof v.key === 'string' && plain) {
    error.key = v.key as MessageKey;
    if (params !== undefined) error.params = params as Record<string, string | number>;
  }
  return error;
}

export interface ReplyProblems {
  /** when the reply is no Result at all */
  missing?: MessageKey;
  /** when its value fails the check */
  malformed?: MessageKey;
}

/** The script's Result, if it is one and its value passes `check`; else an 'injection-failed' error. */
export function readReply<T>(reply: unknown, check: (v: unknown) => v is T, problems: ReplyProblems = {}): Result<T> {
  const missing = () => fail('injection-failed', problem(problems.missing ?? 'page.error.noAnswer'));
  if (!isObject(reply) || typeof reply.ok !== 'boolean') return missing();
  if (!reply.ok) {
    const error = readError(reply.error);
    return error ? { ok: false, error } : missing();
  }
  return check(reply.value) ? ok(reply.value) : fail('injection-failed', problem(problems.malformed ?? 'page.error.malformed'));
}

/** For replies whose value nobody reads. */
export const anyValue = (_: unknown): _ is unknown => true;

export const isFound = (v: unknown): v is { found: boolean } => isObject(v) && typeof v.found === 'boolean';

/** A `{ found }` reply, nothing else of it kept. */
export function readFound(reply: unknown): Result<{ found: boolean }> {
  const r = readReply(reply, isFound);
  return r.ok ? ok({ found: r.value.found }) : r;
}
