// The Signaleringsinstrument (Bijlage 2) and its Factsheet (Bijlage 1): four werkzame
// elementen, ten onderdelen, each scored 1-3. Labels are the source's exact words;
// help texts are our own short summaries of the Factsheet.

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];
export interface Localized {
  nl: string;
  en: string;
}

export const ELEMENT_CODES = ['P', 'A', 'B', 'T'] as const;
export type ElementCode = (typeof ELEMENT_CODES)[number];

export const ONDERDEEL_CODES = ['P1', 'P2', 'A1', 'A2', 'A3', 'B1', 'B2', 'T1', 'T2', 'T3'] as const;
export type OnderdeelCode = (typeof ONDERDEEL_CODES)[number];

export interface WerkzaamElement {
  code: ElementCode;
  label: Localized;
  help: Localized;
}

export interface Onderdeel {
  code: OnderdeelCode;
  element: ElementCode;
  label: Localized;
  help: Localized;
}

export const ELEMENTS: readonly WerkzaamElement[] = [
  {
    code: 'P',
    label: { nl: 'Partnerschap', en: 'Partnership' },
    help: {
      nl: 'Jongerenwerk en school werken elk vanuit hun eigen vak samen aan een gedeeld doel en vullen elkaar aan.',
      en: 'Youth work and school each bring their own expertise to a shared goal and complement each other.',
    },
  },
  {
    code: 'A',
    label: { nl: 'Afstemming', en: 'Coordination' },
    help: {
      nl: 'Jongerenwerk en school delen doorlopend signalen en informatie en stemmen hun aanpak op elkaar af.',
      en: 'Youth work and school keep sharing signals and information and align their approaches.',
    },
  },
  {
    code: 'B',
    label: { nl: 'Bekendheid', en: 'Visibility' },
    help: {
      nl: 'Leerlingen en schoolpersoneel weten dat het jongerenwerk er is en waarvoor ze er terechtkunnen.',
      en: 'Pupils and school staff know that youth work is there and what they can turn to it for.',
    },
  },
  {
    code: 'T',
    label: { nl: 'Toegankelijkheid', en: 'Accessibility' },
    help: {
      nl: 'Het jongerenwerk is goed bereikbaar en benaderbaar voor leerlingen en schoolpersoneel, en kan hen zelf bereiken.',
      en: 'Youth work is easy for pupils and staff to reach and approach, and can reach them in turn.',
    },
  },
];

export const ONDERDELEN: readonly Onderdeel[] = [
  {
    code: 'P1',
    element: 'P',
    label: { nl: 'Gelijkwaardige werkrelatie', en: 'Equal working relationship' },
    help: {
      nl: 'Beide partijen hebben evenveel zeggenschap, erkennen elkaars expertise en vertrouwen op elkaars bijdrage. Gelijkwaardig is niet hetzelfde als gelijk.',
      en: 'Both sides have an equal say, recognise each other’s expertise and trust each other’s contribution. Equal in value, not the same role.',
    },
  },
  {
    code: 'P2',
    element: 'P',
    label: { nl: 'Heldere rol- en taakverdeling', en: 'Clear division of roles and tasks' },
    help: {
      nl: 'Iedereen weet wat de taken en verantwoordelijkheden van jongerenwerk en school zijn, en handelt ernaar. Zo ontstaat geen rolverwarring.',
      en: 'Everyone knows the tasks and responsibilities of youth work and school and acts on them, so roles do not get mixed up.',
    },
  },
  {
    code: 'A1',
    element: 'A',
    label: { nl: 'Tweerichtingsverkeer', en: 'Two-way traffic' },
    help: {
      nl: 'Jongerenwerk en school betrekken elkaar dagelijks en uit zichzelf bij hun werk, met korte lijnen en gedeelde verantwoordelijkheid voor informatie.',
      en: 'Youth work and school involve each other daily and proactively, with short lines and shared responsibility for information.',
    },
  },
  {
    code: 'A2',
    element: 'A',
    label: { nl: 'Vast aanspreekpunt vanuit de school', en: 'Fixed point of contact at the school' },
    help: {
      nl: 'Eén persoon op school met mandaat om het jongerenwerk te faciliteren; onderhoudt het contact en verbindt jongerenwerk en schoolpersoneel.',
      en: 'One person at school with the mandate to facilitate youth work, who keeps in touch and connects youth workers with school staff.',
    },
  },
  {
    code: 'A3',
    element: 'A',
    label: {
      nl: 'Betrokken coördinator vanuit het jongerenwerk',
      en: 'Engaged coordinator from youth work',
    },
    help: {
      nl: 'De school heeft bij het jongerenwerk een vast aanspreekpunt voor vragen, behoeften en afstemming over wat het jongerenwerk kan bieden.',
      en: 'The school has one contact at youth work for questions, needs and agreeing what youth work can offer.',
    },
  },
  {
    code: 'B1',
    element: 'B',
    label: {
      nl: 'Bekendheid van het jongerenwerk onder schoolpersoneel',
      en: 'Visibility of youth work among school staff',
    },
    help: {
      nl: 'Schoolpersoneel weet dat er jongerenwerkers in school zijn en wat ze bieden, zodat ze er in het belang van leerlingen een beroep op doen.',
      en: 'Staff know youth workers are in the school and what they offer, so they call on them in the interest of pupils.',
    },
  },
  {
    code: 'B2',
    element: 'B',
    label: {
      nl: 'Bekendheid van het jongerenwerk onder leerlingen',
      en: 'Visibility of youth work among pupils',
    },
    help: {
      nl: 'Leerlingen weten wie de jongerenwerkers zijn en wat ze hen te bieden hebben, doordat die herkenbaar en vaak genoeg aanwezig zijn.',
      en: 'Pupils know who the youth workers are and what they offer, because they are present often enough and recognisably.',
    },
  },
  {
    code: 'T1',
    element: 'T',
    label: {
      nl: 'Goed op de school en op de leerlingen afgestemd team jongerenwerkers',
      en: 'Team of youth workers well matched to the school and its pupils',
    },
    help: {
      nl: 'Het team jongerenwerkers past bij de school en de leerlingen qua kennis, ervaring en competenties, en pikt signalen daardoor sneller op.',
      en: 'The youth-work team fits the school and its pupils in knowledge, experience and skills, and so picks up signals sooner.',
    },
  },
  {
    code: 'T2',
    element: 'T',
    label: {
      nl: 'Jongerenwerkers voldoende aanwezig en benaderbaar',
      en: 'Youth workers present enough and approachable',
    },
    help: {
      nl: 'De inzet van jongerenwerkers past bij het doel van de samenwerking, en leerlingen en personeel kunnen echt contact met hen maken.',
      en: 'Youth workers’ hours fit the goal of the collaboration, and pupils and staff can actually get in touch with them.',
    },
  },
  {
    code: 'T3',
    element: 'T',
    label: { nl: 'Eigen centraal gelegen ruimte', en: 'Own centrally located room' },
    help: {
      nl: 'Een eigen, herkenbare en centraal gelegen ruimte in school waar leerlingen even buiten het schoolsysteem vrijuit kunnen praten.',
      en: 'A recognisable room of its own, central in the school, where pupils can step outside the school system and talk freely.',
    },
  },
];

export type Score = 1 | 2 | 3;
export const SCORES: readonly Score[] = [1, 2, 3];

export const SCALE: Readonly<Record<Score, Localized>> = {
  1: { nl: 'niet of nauwelijks', en: 'not or hardly' },
  2: { nl: 'enigszins', en: 'somewhat' },
  3: { nl: 'redelijk of helemaal', en: 'largely or fully' },
};

/** `bestaand` describes the current collaboration, `nieuw` the desired one. */
export type CollaborationKind = 'bestaand' | 'nieuw';

/** When the instrument is filled in: at the signalering (week 1) and the eindevaluatie (week 17). */
export type InstrumentMoment = 'week1' | 'week17';

const QUESTIONS: Readonly<Record<CollaborationKind, Localized>> = {
  bestaand: { nl: 'In hoeverre gerealiseerd?', en: 'To what extent achieved?' },
  nieuw: { nl: 'In hoeverre te realiseren?', en: 'To what extent achievable?' },
};

const PRACTICE_QUESTIONS: Readonly<Record<CollaborationKind, Localized>> = {
  bestaand: {
    nl: 'Hoe ziet dit er concreet uit voor onze samenwerking?',
    en: 'What does this look like in practice for our collaboration?',
  },
  nieuw: {
    nl: 'Hoe zou het er concreet uit kunnen zien voor onze samenwerking?',
    en: 'What could this look like in practice for our collaboration?',
  },
};

/**
 * What an instrument describes: in week 1 the current collaboration (`bestaand`) or the desired
 * one (`nieuw`); in week 17 always what was realised, for a new collaboration too (the
 * eindevaluatie: "omcirkel in hoeverre elk onderdeel ... gerealiseerd is").
 */
const describes = (kind: CollaborationKind, moment: InstrumentMoment): CollaborationKind => (moment === 'week17' ? 'bestaand' : kind);

export function scoreQuestion(kind: CollaborationKind, moment: InstrumentMoment, lang: Lang): string {
  return QUESTIONS[describes(kind, moment)][lang];
}

export function practiceQuestion(kind: CollaborationKind, moment: InstrumentMoment, lang: Lang): string {
  return PRACTICE_QUESTIONS[describes(kind, moment)][lang];
}

export function isOnderdeelCode(value: unknown): value is OnderdeelCode {
  return typeof value === 'string' && (ONDERDEEL_CODES as readonly string[]).includes(value);
}

export function isScore(value: unknown): value is Score {
  return value === 1 || value === 2 || value === 3;
}

export function onderdeel(code: OnderdeelCode): Onderdeel {
  const found = ONDERDELEN.find((o) => o.code === code);
  if (!found) throw new RangeError(`unknown onderdeel ${code}`);
  return found;
}

export function element(code: ElementCode): WerkzaamElement {
  const found = ELEMENTS.find((e) => e.code === code);
  if (!found) throw new RangeError(`unknown element ${code}`);
  return found;
}

export function onderdelenOf(code: ElementCode): Onderdeel[] {
  return ONDERDELEN.filter((o) => o.element === code);
}
