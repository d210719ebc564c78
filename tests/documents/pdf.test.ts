// The filled documents as a team files them: every PDF opens, and its text holds the
// labels, scores, owners and dates of the fixture leerlijn, in Dutch and in English.
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationView } from '../../src/app/views.js';
import { ELEMENTS, ONDERDELEN, SCALE, type Lang } from '../../src/domain/instrument.js';
import { actieplanPdf, comparisonPdf, evaluatiePdf, instrumentPdf } from '../../src/documents/pdf/index.js';
import { faseChangeText, totalChangeText } from '../../src/i18n/compare-text.js';
import { formatDate } from '../../src/i18n/format.js';
import { countText } from '../../src/i18n/counts.js';
import { t } from '../../src/i18n/index.js';
import { buildViewFixtures, INJECTION, type ViewFixtures } from '../support/view-fixtures.js';
import { pdfText } from './pdf-text.js';

const AT = new Date('2026-03-02T09:00:00Z');

describe.each(['nl', 'en'] as const)('PDFs in %s', (lang: Lang) => {
  let f: ViewFixtures;
  const name = (userId: string): string => f.leerlijn.members.find((m) => m.userId === userId)!.displayName;
  beforeAll(async () => {
    f = await buildViewFixtures(lang);
  }, 120_000);

  it('fills the Signaleringsinstrument with agreed scores, the proposal that differed, counts, notes, total and fase', async () => {
    const { text, pages } = await pdfText(await instrumentPdf(f.leerlijn, f.completeRound, { at: AT }));
    expect(pages).toBe(2); // the table, then the chart of the result
    expect(text).toContain(t(lang, 'documents.pdf.chartPage'));
    for (const o of ONDERDELEN) expect(text).toContain(o.label[lang]);
    for (const e of ELEMENTS) expect(text).toContain(e.label[lang]);
    expect(text).toContain(t(lang, 'documents.pdf.score', { score: 3, label: SCALE[3][lang] }));
    expect(text).toContain(t(lang, 'documents.pdf.proposed', { score: 2, label: SCALE[2][lang] }));
    expect(text).toContain(t(lang, 'documents.pdf.distribution', { ones: 2, twos: 2, threes: 2 }));
    expect(text).toContain(t(lang, 'documents.pdf.bespreekpunt'));
    expect(text).toContain(INJECTION.note);
    const r = f.completeRound.result!;
    expect(text).toContain(t(lang, 'documents.pdf.total', { total: r.total }));
    expect(text).toContain(t(lang, `fase.${r.fase}`));
    expect(text).toContain(formatDate(lang, '2026-03-02'));
  });

  it('never names who voted in the Signaleringsinstrument', async () => {
    const { text } = await pdfText(await instrumentPdf(f.leerlijn, f.completeRound));
    for (const m of f.leerlijn.members) {
      expect(text).not.toContain(m.displayName);
      expect(text).not.toContain(m.userId);
    }
  });

  it('says a round without all agreed scores has no total yet', async () => {
    const { text } = await pdfText(await instrumentPdf(f.leerlijn, f.closedRound));
    expect(text).toContain(t(lang, 'documents.pdf.incomplete', { onderdelen: countText(lang, 'onderdeel', 10) }));
  });

  it('fills the actieplan with what can be better, the end situation and each action with owner, date and status', async () => {
    const { text } = await pdfText(await actieplanPdf(f.leerlijn, f.plan));
    const item = f.plan.items[0]!;
    expect(text).toContain(item.watKanBeter);
    expect(text).toContain(item.gewensteEindsituatie);
    for (const a of item.actions) {
      expect(text).toContain(a.description);
      expect(text).toContain(name(a.ownerUserId));
      expect(text).toContain(formatDate(lang, a.dueDate));
      expect(text).toContain(t(lang, `action.status.${a.status}`));
    }
    expect(text).toContain(t(lang, 'action.overdue'));
  });

  it('fills the interim Evaluatielijst, and titles the final one as such', async () => {
    const { text } = await pdfText(await evaluatiePdf(f.leerlijn, f.evaluation));
    const item = f.evaluation.items.find((i) => i.onderdeel === 'P1')!;
    expect(text).toContain(t(lang, 'evaluation.moment.terugkom'));
    expect(text).toContain(`2 – ${SCALE[2][lang]}`);
    expect(text).toContain(item.toelichting!);
    expect(text).toContain(item.ondernomen!);
    for (const a of item.openActions) {
      expect(text).toContain(name(a.ownerUserId));
      expect(text).toContain(formatDate(lang, a.dueDate));
    }
    const final: EvaluationView = { ...f.evaluation, moment: 'eind' };
    expect((await pdfText(await evaluatiePdf(f.leerlijn, final))).text).toContain(t(lang, 'evaluation.moment.eind'));
  });

  it('names an action taken once: the form starts its answer from the actions marked klaar, so they are not listed again below it', async () => {
    const item = f.evaluation.items.find((i) => i.onderdeel === 'P1')!;
    const done = { ...item.openActions[0]!, id: 'done-1', description: 'Kennismaken met de mentoren', status: 'klaar' as const };
    const later = { ...done, id: 'done-2', description: 'Rooster gedeeld' };
    // Saved with the form's start ('• Kennismaken …'); 'Rooster gedeeld' was marked klaar after.
    const evaluation: EvaluationView = { ...f.evaluation, items: [{ ...item, ondernomen: `• ${done.description}`, doneActions: [done, later] }] };
    const { text } = await pdfText(await evaluatiePdf(f.leerlijn, evaluation));
    expect(text.split(done.description).length - 1).toBe(1);
    expect(text).toContain(later.description);
  });

  it('still lists an action taken that the answer does not show: past where the PDF cuts it, or only inside another action’s line', async () => {
    const item = f.evaluation.items.find((i) => i.onderdeel === 'P1')!;
    const action = (id: number, description: string) => ({ ...item.openActions[0]!, id: `done-${id}`, description, status: 'klaar' as const });
    // Ten long lines from the form's start: the answer runs past the 400 characters its cell shows.
    const long = Array.from({ length: 10 }, (_, i) => action(i, `Kennismaking nummer ${i + 1} met de mentoren van de onderbouw`));
    const last = action(10, 'Signalenlijst gemaakt');
    const inside = action(11, 'Rooster delen');
    const ondernomen = [...long, last].map((a) => `• ${a.description}`).join('\n');
    const evaluation: EvaluationView = {
      ...f.evaluation,
      items: [{ ...item, ondernomen: `• Rooster delen met de conciërge\n${ondernomen}`, doneActions: [...long, last, inside] }],
    };
    const { text } = await pdfText(await evaluatiePdf(f.leerlijn, evaluation));
    expect(text).toContain(last.description);
    expect(text.split(inside.description).length - 1).toBe(2);
  });

  it('puts the comparison in a table with totals and fases, and its chart on a second page', async () => {
    const { text, pages } = await pdfText(await comparisonPdf(f.leerlijn, f.comparison));
    const c = f.comparison.comparison;
    for (const o of ONDERDELEN) expect(text).toContain(o.label[lang]);
    expect(text).toContain(t(lang, 'documents.chart.desired').toLocaleUpperCase()); // a column header
    expect(text).toContain(totalChangeText(lang, c));
    expect(text).toContain(faseChangeText(lang, c));
    expect(text).toContain(t(lang, 'compare.notReachedMark'));
    expect(pages).toBe(2);
  });

  it('keeps Dutch accents and typographic marks, and cuts runaway text', async () => {
    const school = 'Scholengemeenschap Één ’t Ĳsselë – é ï ·';
    const long = `${'Heel lang verhaal '.repeat(200)}EINDE`;
    const plan = { ...f.plan, items: [{ ...f.plan.items[0]!, watKanBeter: long }] };
    const { text, pages } = await pdfText(await actieplanPdf({ ...f.leerlijn, schoolName: school }, plan));
    expect(text).toContain(school);
    expect(text).not.toContain('EINDE');
    expect(text).toMatch(/(Heel|lang|verhaal)… /);
    expect(pages).toBe(1);
  });
});
