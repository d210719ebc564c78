// A PDF is the same file, and copies the same text, whatever the bot made before it or
// alongside it: the fonts are decoded once per process, and no document may leave a trace in
// the next. The reference is each PDF made first, right after the decoded fonts are forgotten,
// as in a process that just started.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { actieplanPdf, comparisonPdf, evaluatiePdf, instrumentPdf } from '../../src/documents/pdf/index.js';
import { finishPdf, heading, paragraph, startPdf } from '../../src/documents/pdf/doc.js';
import { forgetDecodedFonts } from '../../src/documents/pdf/parsed-fonts.js';
import { buildViewFixtures, type ViewFixtures } from '../support/view-fixtures.js';
import { pdfText } from './pdf-text.js';

type Made = { name: string; bytes: Buffer };

/** The file apart from when it was made: its creation date and the file ID drawn from it. */
function undated(pdf: Buffer): string {
  const text = pdf.toString('latin1').replace(/\(D:\d{14}Z\)/g, '(D:)').replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '/ID []');
  return createHash('sha256').update(text, 'latin1').digest('hex');
}

async function expectSame(made: Made, first: Made): Promise<void> {
  expect((await pdfText(made.bytes)).text, made.name).toBe((await pdfText(first.bytes)).text);
  expect(undated(made.bytes), made.name).toBe(undated(first.bytes));
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('PDFs made one after another or at once', () => {
  let f: ViewFixtures;
  let documents: Record<string, () => Promise<Buffer>>;
  const made = async (name: string): Promise<Made> => ({ name, bytes: await documents[name]!() });
  const madeFirst = async (name: string): Promise<Made> => {
    forgetDecodedFonts();
    return made(name);
  };

  beforeAll(async () => {
    f = await buildViewFixtures('nl');
    documents = {
      instrument: () => instrumentPdf(f.leerlijn, f.completeRound),
      incompleteInstrument: () => instrumentPdf(f.leerlijn, f.closedRound),
      actieplan: () => actieplanPdf(f.leerlijn, f.plan),
      evaluatie: () => evaluatiePdf(f.leerlijn, f.evaluation),
      comparison: () => comparisonPdf(f.leerlijn, f.comparison),
    };
  }, 120_000);

  it('makes each document, after all the others in either order, as it makes it first', async () => {
    const names = Object.keys(documents);
    const first = new Map<string, Made>();
    for (const name of names) first.set(name, await madeFirst(name));
    forgetDecodedFonts();
    for (const name of names) await expectSame(await made(name), first.get(name)!);
    for (const name of [...names].reverse()) await expectSame(await made(name), first.get(name)!);
  }, 60_000);

  it('makes the documents of an export, all at once, as it makes each first', async () => {
    const names = Object.keys(documents);
    const first = await Promise.all(names.map(madeFirst));
    forgetDecodedFonts();
    const atOnce = await Promise.all(names.map(made));
    for (const [i, m] of atOnce.entries()) await expectSame(m, first[i]!);
  }, 60_000);

  it('keeps a document’s text when another one, built page by page alongside it, ends first', async () => {
    // The other document has a bold ':' (in Inter two '.'s) and no bold '.'; this one writes
    // its bold '.' after the other has ended, and must still copy as '.'.
    const build = async (withOther: boolean): Promise<Buffer> => {
      const other = withOther ? startPdf(f.leerlijn, 'Totaal: 25') : null;
      const doc = startPdf(f.leerlijn, 'Actieplan');
      paragraph(doc, 'Eerste pagina');
      await nextTurn();
      if (other) {
        heading(other, 'Fase: Opbouwfase');
        await finishPdf(other, 'nl');
      }
      doc.addPage();
      paragraph(doc, 'Nog geen totaal: 10 onderdelen zonder afgesproken score.', true);
      await nextTurn();
      return finishPdf(doc, 'nl');
    };
    forgetDecodedFonts();
    const alone = { name: 'alone', bytes: await build(false) };
    expect((await pdfText(alone.bytes)).text).toContain('afgesproken score.');
    forgetDecodedFonts();
    await expectSame({ name: 'alongside', bytes: await build(true) }, alone);
  });
});
