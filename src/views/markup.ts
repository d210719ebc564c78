// How a platform writes text: bold, escaped user text, a person, an icon, a catalogue sentence.
// Views build their text through it, so one view serves both platforms; each adapter has one.
import type { Lang } from '../domain/instrument.js';
import type { MessageKey, Params } from '../i18n/index.js';

export type Icon = 'check' | 'warning' | 'alarm' | 'calendar';

export interface Markup {
  /** A catalogue sentence as this platform says it (Teams: `@Leerlijn x` where Slack has `/leerlijn x`). */
  t(lang: Lang, key: MessageKey, params?: Params): string;
  /** A text from the catalogue with commands in it (`/leerlijn x`), as this platform names them. */
  commands(value: string): string;
  bold(value: string): string;
  italic(value: string): string;
  /** What someone typed, cut to `max` and escaped, so it shows exactly as typed and never as markup. */
  user(value: string, max: number): string;
  /** A team member: a mention in Slack, the name in Teams (someone who left is said to be so). */
  person(lang: Lang, userId: string): string;
  /** Someone taken off the team, said to be so; unset: `person` with a note after it (Slack's mention still shows their name). */
  formerPerson?(lang: Lang, userId: string): string;
  icon(name: Icon): string;
  /** A link shown as its label; the label is the bot's own text (a document's name), not user text. */
  link(label: string, url: string): string;
}

/** People as one phrase, "a, b en c". */
export function personList(m: Markup, lang: Lang, userIds: readonly string[], and: string): string {
  const names = userIds.map((id) => m.person(lang, id));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}
