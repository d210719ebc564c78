// What a team finds in its folder: every PDF the bot posts after a step (or serves behind a link)
// is named in the leerlijn's language after what it is, and exactly as the same document is
// named in the `export`, for a bestaand and a nieuw collaboration alike.
import { describe, expect, it } from 'vitest';
import { savePlanItem } from '../../src/app/actions.js';
import type { Actor, Deps } from '../../src/app/context.js';
import { saveEvaluationEntry } from '../../src/app/evaluation.js';
import { exportFiles } from '../../src/app/export-files.js';
import { stepDocumentFile } from '../../src/app/step-documents.js';
import type { CollaborationKind, Lang } from '../../src/domain/instrument.js';
import { DOCUMENT_KINDS } from '../../src/documents/links.js';
import { backends } from '../support/db.js';
import { agreedRound, makeDeps, startFixture } from '../support/fixtures.js';

/** A leerlijn with every document filled in: both rounds agreed, a plan, both evaluations. */
async function everythingFilled(deps: Deps, lang: Lang, kind: CollaborationKind): Promise<{ leerlijnId: string; coordinator: Actor }> {
  const s = await startFixture(deps, { overrides: { lang, kind } });
  await agreedRound(deps, s.coordinator, s.leerlijnId, 'week1', 2);
  await savePlanItem(deps, s.coordinator, s.leerlijnId, {
    onderdeel: 'T3', watKanBeter: 'Geen ruimte', gewensteEindsituatie: 'Eigen ruimte',
    actions: [{ description: 'Ruimte aanvragen', ownerUserId: s.coordinator.userId, dueDate: '2026-03-20' }],
  });
  for (const moment of ['terugkom', 'eind'] as const) await saveEvaluationEntry(deps, s.coordinator, s.leerlijnId, { moment, onderdeel: 'T3', bereikt: 2 });
  await agreedRound(deps, s.coordinator, s.leerlijnId, 'week17', 2);
  return s;
}

const EXPECTED: Record<Lang, Record<(typeof DOCUMENT_KINDS)[number], string>> = {
  nl: {
    'instrument-week1': 'signalering-week-1',
    'instrument-week17': 'signalering-week-17',
    actieplan: 'actieplan',
    'evaluatie-terugkom': 'evaluatie-terugkom',
    'evaluatie-eind': 'evaluatie-eind',
    vergelijking: 'vergelijking',
  },
  en: {
    'instrument-week1': 'assessment-week-1',
    'instrument-week17': 'assessment-week-17',
    actieplan: 'action-plan',
    'evaluatie-terugkom': 'evaluation-interim',
    'evaluatie-eind': 'evaluation-final',
    vergelijking: 'comparison',
  },
};

describe.each(backends())('document file names on $name', ({ open }) => {
  describe.each([
    ['nl', 'bestaand'],
    ['nl', 'nieuw'],
    ['en', 'bestaand'],
    ['en', 'nieuw'],
  ] as const)('in %s, for a %s collaboration', (lang, kind) => {
    it("names each step's PDF in the leerlijn's language, as the export names the same PDF", async () => {
      const t = await open();
      try {
        const deps = makeDeps(t.db);
        const s = await everythingFilled(deps, lang, kind);
        const posted = [];
        for (const document of DOCUMENT_KINDS) posted.push((await stepDocumentFile(deps, { leerlijnId: s.leerlijnId, kind: document, lang }))?.name);
        const day = 'leerlijn-het-baken-college-2026-01-15-';
        expect(posted).toEqual(DOCUMENT_KINDS.map((document) => `${day}${EXPECTED[lang][document]}.pdf`));
        const exported = (await exportFiles(deps, s.coordinator, s.leerlijnId)).map((f) => f.name).filter((name) => name.endsWith('.pdf'));
        expect([...exported].sort()).toEqual([...posted].sort());
      } finally {
        await t.drop();
      }
    });
  });
});
