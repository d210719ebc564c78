// The start modal submitted: its values as the use case reads them.
import { z } from 'zod';
import { startSubmitted } from '../../app/flows/data.js';
import { LATE, withinDeadline } from '../../http.js';
import { t } from '../../i18n/index.js';
import { parseMeta, readModal } from './render/form.js';
import { slackMarkup } from './render/markup.js';
import { fieldFor } from '../../views/form.js';
import { sidesFieldOf, startForm, startFormInput } from '../../views/start-form.js';
import { slackProfiles } from './people.js';
import { startBlock } from './start.js';
import { slackStartCtx } from './form-surface.js';
import type { SubmitCall } from './types.js';

/** The one picker for the whole team, which only the start form from before the sides had. */
const OLD_FORM_BLOCK = 'members';

const StartMeta = z.object({ channelId: z.string().min(1).max(64), lang: z.enum(['nl', 'en']) });

export async function submitStart(call: SubmitCall): Promise<void> {
  const meta = parseMeta(StartMeta, call.meta);
  if (!meta) return call.ack({ school: t('nl', 'field.invalid') });
  // Opened before the sides were added: Slack keeps an open modal as drawn. Refused beside a field it has, or Slack
  // shows a generic error for a block it lacks.
  if (OLD_FORM_BLOCK in call.values) return call.ack({ school: t(meta.lang, 'start.formOutdated') });
  const shape = { card: false };
  const { fields } = startForm(slackMarkup, meta.lang, shape, '');
  // Members are stored under their ids first, so the form is answered without a Slack call; only someone whom the refusal names is asked for.
  const input = await startFormInput(readModal(fields, call.values, startBlock), shape, meta, { nameOf: (id) => slackName(call, id), later: true });
  const blockFor = (field: string): string | undefined => {
    const id = fieldFor(fields, sidesFieldOf(field));
    return id && startBlock(id);
  };
  // A refusal of no field's (a leerlijn started here meanwhile) shows at the top of the form.
  await startSubmitted(slackStartCtx(call, meta, { blockFor, fallback: 'school', ack: call.ack }), input);
}

/** Slack's name for someone, or their id when Slack will not say in time: Slack takes the modal's answer only within 3 s. */
async function slackName(call: SubmitCall, userId: string): Promise<string> {
  const asked = slackProfiles(call.client, [userId]).catch(() => []);
  const said = await withinDeadline(asked, call.cx.namesBeforeAnswerMs, () => undefined);
  return (said === LATE ? undefined : said[0]?.name) ?? userId;
}
