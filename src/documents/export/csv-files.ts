// The CSV files of an export, one per round, the actieplan and the evaluations, with
// headers in the leerlijn's language. Rounds carry counts, never a vote with its voter.
import type { RoundSummary } from '../../app/round-summary.js';
import type { ActionPlanView, ActionView, EvaluationView } from '../../app/views.js';
import { ELEMENTS, onderdeel, type Lang, type OnderdeelCode } from '../../domain/instrument.js';
import { t, type Catalog } from '../../i18n/index.js';
import { toCsv, type CsvCell } from './csv.js';

export type NameOf = (userId: string) => string;

type CsvKey = keyof Catalog['documents']['csv'];
const h = (lang: Lang, keys: readonly CsvKey[]): string[] => keys.map((k) => t(lang, `documents.csv.${k}`));

function part(code: OnderdeelCode, lang: Lang): [string, string, string] {
  const o = onderdeel(code);
  return [code, o.label[lang], ELEMENTS.find((e) => e.code === o.element)!.label[lang]];
}

export function roundCsv(round: RoundSummary, lang: Lang, nameOf: NameOf): Buffer {
  const header = h(lang, ['code', 'onderdeel', 'element', 'ones', 'twos', 'threes', 'proposed', 'agreed', 'agreedBy', 'bespreekpunt', 'noteCount']);
  const yesNo = (b: boolean): string => t(lang, b ? 'documents.csv.yes' : 'documents.csv.no');
  const rows = round.onderdelen.map((o): CsvCell[] => [
    ...part(o.onderdeel, lang),
    o.distribution?.[1], o.distribution?.[2], o.distribution?.[3],
    o.proposed, o.agreed, o.agreedBy ? nameOf(o.agreedBy) : null, yesNo(o.bespreekpunt), o.noteCount,
  ]);
  return toCsv(header, rows);
}

function actionCells(a: ActionView | undefined, lang: Lang, nameOf: NameOf): CsvCell[] {
  if (!a) return [null, null, null, null];
  return [a.description, nameOf(a.ownerUserId), a.dueDate, t(lang, `action.status.${a.status}`)];
}

export function actieplanCsv(plan: ActionPlanView, lang: Lang, nameOf: NameOf): Buffer {
  const header = h(lang, ['code', 'onderdeel', 'element', 'watKanBeter', 'gewensteEindsituatie', 'action', 'owner', 'due', 'status']);
  const rows = plan.items.flatMap((item) => {
    const own: CsvCell[] = [...part(item.onderdeel, lang), item.watKanBeter, item.gewensteEindsituatie];
    const actions = item.actions.length > 0 ? item.actions : [undefined];
    return actions.map((a) => [...own, ...actionCells(a, lang, nameOf)]);
  });
  return toCsv(header, rows);
}

export function evaluationsCsv(evaluations: readonly EvaluationView[], lang: Lang, nameOf: NameOf): Buffer {
  const header = h(lang, ['moment', 'code', 'onderdeel', 'element', 'gewensteEindsituatie', 'bereikt', 'toelichting', 'ondernomen', 'action', 'owner', 'due', 'status']);
  const rows = evaluations.flatMap((e) =>
    e.items.flatMap((item) => {
      const own: CsvCell[] = [t(lang, `evaluation.moment.${e.moment}`), ...part(item.onderdeel, lang), item.gewensteEindsituatie, item.bereikt, item.toelichting, item.ondernomen];
      const open = item.openActions.length > 0 ? item.openActions : [undefined];
      return open.map((a) => [...own, ...actionCells(a, lang, nameOf)]);
    }),
  );
  return toCsv(header, rows);
}
