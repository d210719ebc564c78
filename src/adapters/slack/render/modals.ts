// The modals a flow opens by intent (FormView), as Block Kit: moving a meeting and deleting a
// leerlijn. Their submits are parsed in planning.ts and data.ts.
import { ALL_MEETING_KINDS } from '../../../domain/meetings.js';
import { t, type Lang } from '../../../i18n/index.js';
import { section } from './blocks.js';
import { dateInput, modal, selectInput, textInput } from './inputs.js';

export const MOVE_CALLBACK = 'meeting_move';
export const DELETE_CALLBACK = 'delete';

/** What a form's modal keeps for its submit: the leerlijn, the team's channel, the language. */
export interface FormMeta {
  leerlijnId: string;
  channelId: string;
  lang: Lang;
}

/** The move form, with `preset` chosen when it names a meeting (a prompt's button, `planning nieuw`). */
export function moveModal(meta: FormMeta, preset?: string): ReturnType<typeof modal> {
  const { lang } = meta;
  const meetings = ALL_MEETING_KINDS.map((k) => ({ text: t(lang, `meeting.${k}`), value: k }));
  const initialKind = ALL_MEETING_KINDS.find((k) => k === preset) ?? null;
  return modal(MOVE_CALLBACK, t(lang, 'schedule.title'), t(lang, 'schedule.submit'), t(lang, 'schedule.close'), [
    selectInput('kind', t(lang, 'slack.meeting'), meetings, { initial: initialKind }),
    dateInput('date', t(lang, 'schedule.date')),
    textInput('time', t(lang, 'schedule.time'), { max: 5, hint: t(lang, 'schedule.hint') }),
  ], meta);
}

/** Only a coordinator gets it (the command's runner checked). */
export function deleteModal(meta: FormMeta): ReturnType<typeof modal> {
  const lang = meta.lang;
  const blocks = [section(`:warning: ${t(lang, 'export.confirmWarning')}`), textInput('confirm', t(lang, 'export.confirmLabel'), { max: 200 })];
  return modal(DELETE_CALLBACK, t(lang, 'export.title'), t(lang, 'export.submit'), t(lang, 'export.close'), blocks, meta);
}
