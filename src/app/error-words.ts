// Failures in words for the person who acted, the same on every platform: which language,
// which words, and what is logged. The adapters only draw the words (a line, a card).
import { t, tError, tField, type Lang } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import { DeliverAgain, isAppError, needsLogging, ValidationError, type ErrorParams, type UnrefusedCode } from './errors.js';

/**
 * A platform's test for its "too many requests: wait, then try again" (Slack's 429 with a
 * Retry-After longer than a person waits out). Only its adapter knows the error's shape; what
 * the person hears and what is logged is decided here, once (unrefusedCode).
 */
export type IsThrottled = (error: unknown) => boolean;

/** How a failure that is no refusal is logged, in the caller's words. */
export interface Unrefused {
  /** Something went wrong: logged as an error, for an operator to look into. */
  unexpected: (error: unknown) => void;
  /** The platform asked to wait: nothing is broken, so `warn` logs a warning. */
  throttled?: { is: IsThrottled; warn: (error: unknown) => void };
  /**
   * The platform no longer lets the bot post where the person asked (Teams: a 403, the app taken out of the team or
   * blocked): trying again will not help until someone lets it in again, so they hear that; `warn` logs it as a warning.
   */
  shutOut?: { is: (error: unknown) => boolean; warn: (error: unknown) => void };
}

/**
 * The words for a failure that is no use case's refusal: the platform's rate limit (wait a minute
 * and try again) or anything else (something went wrong on our side), each logged as it deserves.
 */
export function unrefusedCode(error: unknown, how: Unrefused): UnrefusedCode {
  if (how.throttled?.is(error)) {
    how.throttled.warn(error);
    return 'rate_limited';
  }
  if (how.shutOut?.is(error)) {
    how.shutOut.warn(error);
    return 'not_here';
  }
  // One the adapter reported already (ReportedFailure, e.g. a Teams secret Entra ID refuses) is not logged again.
  if (needsLogging(error)) how.unexpected(error);
  return 'internal';
}

/**
 * How words are drawn where the platform reads markup: `echo` escapes what is said as it came (a
 * coordinator's name, a school's), so it shows as typed. Left out where the words stay plain text.
 */
export interface Echo {
  echo?: (said: string) => string;
}

/**
 * A coded error in the leerlijn's language when the use case knew it (the adapter may not,
 * e.g. for a vote), with a validation error's fields when `fields` is set. Anything else is
 * worded and logged by unrefusedCode (the adapter logs it in its own words).
 */
export function errorWords(lang: Lang, error: unknown, opts: { fields: boolean } & Unrefused & Echo): string {
  if (!isAppError(error)) return tError(lang, unrefusedCode(error, opts));
  const own = error.lang ?? lang;
  const { echo } = opts;
  const words = tError(own, error.code, error.params, echo);
  if (!opts.fields || !(error instanceof ValidationError)) return words;
  const echoed = (params: ErrorParams | undefined): ErrorParams | undefined =>
    echo && params ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? echo(v) : v])) : params;
  return [words, ...error.fields.map((f) => `• ${tField(own, { ...f, params: echoed(f.params) })}`)].join('\n');
}

/**
 * Whether the platform sends this request again when asked to (a 503): Teams does for a message or
 * an event, not for an invoke (a card action, a file consent); Slack's acked events, commands and
 * interactions never. Unsaid: not (sentAgain), so no request is left unanswered on a redelivery that never comes.
 */
export interface Redelivery {
  redelivers?: boolean;
}

/** The one reading of an unsaid `redelivers`. */
export const sentAgain = ({ redelivers = false }: Redelivery): boolean => redelivers;

/** What `readOrApologize` reads, and how it asks the person to try again when it cannot. */
export interface ReadOrApologize<T> extends Redelivery {
  read: () => Promise<T>;
  apologize: (words: string) => Promise<unknown>;
  /** The log line when it cannot be read. */
  what: string;
  log: Logger;
  /** The language of the apology: the leerlijn's cannot be read either. */
  defaultLang: Lang;
}

/**
 * Who acts where, read before anything is done. While it cannot be read (the database does
 * not answer) nothing is done and the person is asked to try again, in the configured
 * language: the leerlijn's cannot be read either. Where the platform refuses that too, nothing
 * was done and nobody told: DeliverAgain asks for the request again, with one warning logged;
 * a request the platform does not send again (`redelivers: false`) ends answered, with one warning saying so.
 */
export async function readOrApologize<T>({ read, apologize, what, log, defaultLang, ...redelivery }: ReadOrApologize<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    const say = (): Promise<unknown> => apologize(tError(defaultLang, 'internal'));
    await saidOrDeliverAgain(say, { err: error }, what, log, redelivery);
    return null;
  }
}

/** What the log says when nothing was done and the words saying so were refused too: whether the platform sends the request again. */
const AGAIN = 'nothing done and the person not told either: to be delivered again';
const LOST = 'nothing done and the person not told either; the platform does not send this request again';

/**
 * `say` done, and `what` logged as a warning; where `say` fails too, one warning for both (the
 * first failure's stack, the second's message only) and, for a request the platform sends again
 * (`redelivers`), DeliverAgain thrown. One it sends once ends as answered: a 503 would bring no
 * redelivery, only an error shown to the person.
 */
export async function saidOrDeliverAgain(say: () => Promise<unknown>, fields: { err: unknown }, what: string, log: Logger, redelivery: Redelivery): Promise<void> {
  try {
    await say();
  } catch (unsaid) {
    const redelivers = sentAgain(redelivery);
    log.warn({ ...fields, unsaid: messageOf(unsaid) }, `${what}; ${redelivers ? AGAIN : LOST}`);
    if (redelivers) throw new DeliverAgain(AGAIN, { cause: unsaid });
    return;
  }
  log.warn(fields, what);
}

/** An error's message, short: no stack for a failure that is only the second of one story. */
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 200);

/** What `actOrTell` does, and how it tells the person who acted why not. */
export interface ActOrTell<T> {
  act: () => Promise<T>;
  tell: (words: string) => Promise<void>;
  /** Their language, read only once something went wrong (a refusal that knows its leerlijn's language speaks that). */
  lang: () => Lang | Promise<Lang>;
  words: (lang: Lang, error: unknown) => string;
  /** Where `lang` cannot be read either (the database is down): they still hear "try again". */
  defaultLang: Lang;
}

/** `act`'s outcome; refused (or failed), the person who acted is told why with `tell` instead. */
export async function actOrTell<T>({ act, tell, lang, words, defaultLang }: ActOrTell<T>): Promise<T | undefined> {
  try {
    return await act();
  } catch (error) {
    const said = await Promise.resolve().then(lang).catch(() => defaultLang);
    await tell(words(said, error));
    return undefined;
  }
}

/**
 * Where a failed turn's words go when the platform would not post them where the person asked: to their own chat
 * with the bot (Teams throttles it apart from the channel), under a line that says which message they answer.
 * Otherwise they would hear nothing. The line gives no cause: the words below it do (a 429 is told as "wait a
 * minute", unrefusedCode), so it is not said twice. Null where they asked in that chat: it would refuse them the
 * same way, and there is nowhere else.
 */
export function unheardLead(place: { personal: boolean }, lang: Lang): string | null {
  return place.personal ? null : t(lang, 'teams.unpostedInChannel');
}
