// The leerlijn's own forms submitted: the start modal (start.ts), its values as the use case
// reads them, and `/leerlijn verwijder`'s (written once in src/views/data-forms.ts), the school's
// name typed again. The flows (app/flows/data.ts) decide what follows.
import { z } from 'zod';
import { deleteFormSubmitted, startSubmitted } from '../../app/flows/data.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import { t } from '../../i18n/index.js';
import { parseMeta, read } from './render/inputs.js';
import { deleteFields } from '../../views/data-forms.js';
import { slackStartCtx } from './form-surface.js';
import { submitModalForm } from './modal-form.js';
import type { SubmitCall } from './types.js';

/** The input's block id has been `confirm`, the use case's field, since the start: no old modal to read otherwise. */
export async function submitDelete(call: SubmitCall): Promise<void> {
  await submitModalForm(call, deleteFields, deleteFormSubmitted);
}

const StartMeta = z.object({ channelId: z.string().min(1).max(64), lang: z.enum(['nl', 'en']) });

const BLOCK_OF: Record<string, string> = {
  schoolName: 'school', youthOrgName: 'youthOrg', kind: 'kind', lang: 'lang', region: 'region', startDate: 'startDate', startTime: 'startTime',
  coordinators: 'coordinators', members: 'members', randvoorwaarden: 'randvoorwaarden',
};
const blockFor = (field: string): string | undefined => BLOCK_OF[field.split('.')[0] ?? ''];

export async function submitStart(call: SubmitCall): Promise<void> {
  const meta = parseMeta(StartMeta, call.meta);
  if (!meta) return call.ack({ school: t('nl', 'field.invalid') });
  const v = call.values;
  const coordinators = read.users(v, 'coordinators');
  const memberIds = [...new Set([...read.users(v, 'members'), ...coordinators])];
  const checked = read.checked(v, 'randvoorwaarden');
  const input = {
    channelId: meta.channelId,
    kind: read.selected(v, 'kind') ?? '',
    schoolName: read.text(v, 'school'),
    youthOrgName: read.text(v, 'youthOrg'),
    startDate: read.date(v, 'startDate'),
    startTime: read.text(v, 'startTime').trim(),
    lang: read.selected(v, 'lang') ?? meta.lang,
    region: read.selected(v, 'region') ?? null,
    randvoorwaarden: Object.fromEntries(RANDVOORWAARDEN.map((r) => [r, checked.includes(r)])),
    coordinators,
    // Stored under their ids first, so the form is checked and answered without a Slack call.
    members: memberIds.map((id) => ({ userId: id, displayName: id })),
  };
  // A refusal that is no field's (a leerlijn started here meanwhile) stays at the top of the form.
  await startSubmitted(slackStartCtx(call, meta, { blockFor, fallback: 'school', ack: call.ack }), input);
}
