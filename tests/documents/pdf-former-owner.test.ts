// An action whose owner has left the team, in the PDFs the team files: the actieplan and the
// Evaluatielijst say so in words, as the channel does ('someone no longer on the team'), never the
// platform's id for them ('U000004', 'aad-dewi': found living the leerlijn in English).
import { beforeAll, describe, expect, it } from 'vitest';
import type { LeerlijnView } from '../../src/app/views.js';
import type { Lang } from '../../src/domain/instrument.js';
import { actieplanPdf, evaluatiePdf } from '../../src/documents/pdf/index.js';
import { t } from '../../src/i18n/index.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';
import { pdfText } from './pdf-text.js';

describe.each(['nl', 'en'] as const)('PDFs in %s, an owner who left the team', (lang: Lang) => {
  let f: ViewFixtures;
  beforeAll(async () => {
    f = await buildViewFixtures(lang);
  }, 120_000);
  const without = (userId: string): LeerlijnView => ({ ...f.leerlijn, members: f.leerlijn.members.filter((m) => m.userId !== userId) });

  it('the actieplan names them as someone no longer on the team', async () => {
    const owner = f.plan.items[0]!.actions[0]!.ownerUserId;
    const { text } = await pdfText(await actieplanPdf(without(owner), f.plan));
    expect(text).toContain(t(lang, 'team.formerMember'));
    expect(text).not.toContain(owner);
  });

  it('the Evaluatielijst names them as someone no longer on the team', async () => {
    const owner = f.evaluation.items.find((i) => i.openActions.length > 0)!.openActions[0]!.ownerUserId;
    const { text } = await pdfText(await evaluatiePdf(without(owner), f.evaluation));
    expect(text).toContain(t(lang, 'team.formerMember'));
    expect(text).not.toContain(owner);
  });
});
