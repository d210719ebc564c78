// The start modal (start.ts) submitted: its values as the use case reads them. The flow
// (app/flows/data.ts) decides what follows.
import { z } from 'zod';
import { startSubmitted } from '../../app/flows/data.js';
import { RANDVOORWAARDEN } from '../../domain/team.js';
import { t } from '../../i18n/index.js';
import { parseMeta } from './render/inputs.js';
import { readModal } from './render/form.js';
import { slackMarkup } from './render/markup.js';
import { fieldFor } from '../../views/form.js';
import { startForm } from '../../views/start-form.js';
import { startBlock } from './start.js';
import { slackStartCtx } from './form-surface.js';
import type { SubmitCall } from './types.js';

const StartMeta = z.object({ channelId: z.string().min(1).max(64), lang: z.enum(['nl', 'en']) });

/** People picked, in one field's value. */
const list = (value: string | undefined): string[] => (value ?? '').split(',').filter(Boolean);

export async function submitStart(call: SubmitCall): Promise<void> {
  const meta = parseMeta(StartMeta, call.meta);
  if (!meta) return call.ack({ school: t('nl', 'field.invalid') });
  const { fields } = startForm(slackMarkup, meta.lang, { sides: false, members: [] }, '');
  const v = readModal(fields, call.values, startBlock);
  const coordinators = list(v.coordinators);
  const memberIds = [...new Set([...list(v.members), ...coordinators])];
  const checked = list(v.randvoorwaarden);
  const input = {
    channelId: meta.channelId,
    kind: v.kind ?? '',
    schoolName: v.schoolName ?? '',
    youthOrgName: v.youthOrgName ?? '',
    startDate: v.startDate ?? '',
    startTime: (v.startTime ?? '').trim(),
    lang: v.lang || meta.lang,
    region: v.region || null,
    randvoorwaarden: Object.fromEntries(RANDVOORWAARDEN.map((r) => [r, checked.includes(r)])),
    coordinators,
    // Stored under their ids first, so the form is checked and answered without a Slack call.
    members: memberIds.map((id) => ({ userId: id, displayName: id })),
  };
  const blockFor = (field: string): string | undefined => {
    const id = fieldFor(fields, field.split('.')[0] ?? '');
    return id && startBlock(id);
  };
  // A refusal that is no field's (a leerlijn started here meanwhile) stays at the top of the form.
  await startSubmitted(slackStartCtx(call, meta, { blockFor, fallback: 'school', ack: call.ack }), input);
}
