// The start modal (start.ts) submitted: its values as the use case reads them. The flow
// (app/flows/data.ts) decides what follows.
import { z } from 'zod';
import { startSubmitted } from '../../app/flows/data.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import { t } from '../../i18n/index.js';
import { parseMeta, read } from './render/inputs.js';
import { slackStartCtx } from './form-surface.js';
import type { SubmitCall } from './types.js';

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
