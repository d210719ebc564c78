// The four bijeenkomsten of the leerlijn (seed 003, "De uitvoering van de leerlijn").
// Dutch labels are the source's own words; English labels are our translation.
// Programme minutes are the source's "+/-" estimates, which add up to the stated duration.
import type { Localized } from './instrument.js';

/** The leerlijn's four meetings, planned at the start. */
export const MEETING_KINDS = ['signalering', 'actieplan', 'terugkom', 'eindevaluatie'] as const;
/**
 * "Indien er behoefte is aan het evalueren van de vervolgstappen, maakt de coördinator een
 * afspraak voor een nieuwe evaluatiebijeenkomst" (seed 003, eindevaluatie): an optional fifth
 * meeting, planned by the coordinator after week 17, with invitation and reminders like the others.
 */
export const FOLLOW_UP_KIND = 'vervolgevaluatie' as const;
/** Every meeting a leerlijn can have, in order. */
export const ALL_MEETING_KINDS = [...MEETING_KINDS, FOLLOW_UP_KIND] as const;
export type MeetingKind = (typeof ALL_MEETING_KINDS)[number];

/** The meetings at which the team scores, and the voting round each holds (week 1, week 17). */
export const SCORING_MOMENT: Readonly<Partial<Record<MeetingKind, 'week1' | 'week17'>>> = { signalering: 'week1', eindevaluatie: 'week17' };

/** The meeting at which each evaluation is filled in (its invuller fills it in). */
export const EVALUATION_MEETING = { terugkom: 'terugkom', eind: 'eindevaluatie' } as const satisfies Readonly<Record<'terugkom' | 'eind', MeetingKind>>;

export interface ProgrammeItem {
  code: string;
  label: Localized;
  minutes: number;
}

export type DocumentCode =
  | 'factsheet'
  | 'signaleringsinstrument'
  | 'format_actieplan'
  | 'evaluatielijst'
  | 'reader'
  | 'filled_signaleringsinstrument'
  | 'filled_actieplan'
  | 'filled_evaluatielijst';

/** `filled` = the team's own results, which the bot holds; the others are the leerlijn's blank documents. */
export interface DocumentRef {
  code: DocumentCode;
  filled: boolean;
  label: Localized;
  /**
   * A filled document the team fills in twice (the instrument in week 1 and 17, the Evaluatielijst at terugkom and
   * eind): 'eindevaluatie' is the version filled at that meeting; without it, the earlier one. Which one an
   * invitation links (documents/invitation-links.ts) follows this, as its label does.
   */
  filledAt?: 'eindevaluatie';
  /**
   * Named even before it exists, saying why it is not there yet: the meeting builds on week 1's agreed scores,
   * so a list without it would hide that week 1 still has to be rounded off (invitation-links.ts).
   */
  untilFilled?: 'week1_not_agreed';
}

export interface MeetingDefinition {
  kind: MeetingKind;
  /** 5: the optional meeting after the leerlijn's four steps. */
  step: 1 | 2 | 3 | 4 | 5;
  /** The week it falls in from the start; null for the optional meeting, which has no set week. */
  week: number | null;
  durationMinutes: number;
  name: Localized;
  stepTitle: Localized;
  result: Localized;
  programme: readonly ProgrammeItem[];
  documents: readonly DocumentRef[];
}

const DOCUMENTS: Readonly<Record<DocumentCode, DocumentRef>> = {
  factsheet: { code: 'factsheet', filled: false, label: { nl: 'Factsheet', en: 'Factsheet' } },
  signaleringsinstrument: {
    code: 'signaleringsinstrument',
    filled: false,
    label: { nl: 'Signaleringsinstrument', en: 'Assessment instrument' },
  },
  format_actieplan: {
    code: 'format_actieplan',
    filled: false,
    label: { nl: 'Format actieplan', en: 'Action plan template' },
  },
  evaluatielijst: { code: 'evaluatielijst', filled: false, label: { nl: 'Evaluatielijst', en: 'Evaluation list' } },
  reader: {
    code: 'reader',
    filled: false,
    label: {
      nl: 'Reader “Tips voor het versterken van de samenwerking tussen jongerenwerk en voortgezet onderwijs”',
      en: 'Reader “Tips for strengthening the collaboration between youth work and secondary education”',
    },
  },
  filled_signaleringsinstrument: {
    code: 'filled_signaleringsinstrument',
    filled: true,
    label: { nl: 'Ingevuld Signaleringsinstrument', en: 'Completed assessment instrument' },
  },
  filled_actieplan: {
    code: 'filled_actieplan',
    filled: true,
    label: { nl: 'Ingevuld Actieplan', en: 'Completed action plan' },
  },
  filled_evaluatielijst: {
    code: 'filled_evaluatielijst',
    filled: true,
    label: { nl: 'Ingevulde Evaluatielijst', en: 'Completed evaluation list' },
  },
};

const docs = (...codes: DocumentCode[]): readonly DocumentRef[] => codes.map((c) => DOCUMENTS[c]);

/** Week 1's filled instrument where a meeting builds on it (actieplan, eindevaluatie): named while week 1 is not agreed yet. */
const WEEK1_INSTRUMENT: DocumentRef = { ...DOCUMENTS.filled_signaleringsinstrument, untilFilled: 'week1_not_agreed' };

/**
 * By the new evaluation meeting the team has two of each filled document (week 1 and week 17,
 * terugkom and eind); its invitation gives the later ones, and says so where Slack names them
 * without a link.
 */
const FILLED_AT_EINDEVALUATIE: readonly DocumentRef[] = [
  { ...DOCUMENTS.filled_evaluatielijst, filledAt: 'eindevaluatie', label: { nl: 'Ingevulde Evaluatielijst (eindevaluatie)', en: 'Completed evaluation list (final evaluation)' } },
  { ...DOCUMENTS.filled_signaleringsinstrument, filledAt: 'eindevaluatie', label: { nl: 'Ingevuld Signaleringsinstrument (week 17)', en: 'Completed assessment instrument (week 17)' } },
];

const item = (code: string, nl: string, en: string, minutes: number): ProgrammeItem => ({
  code,
  label: { nl, en },
  minutes,
});

const WELKOM = item('welkom', 'Welkom', 'Welcome', 5);
const AFSLUITING = item('afsluiting', 'Afsluiting', 'Closing', 5);

export const MEETINGS: Readonly<Record<MeetingKind, MeetingDefinition>> = {
  signalering: {
    kind: 'signalering',
    step: 1,
    week: 1,
    durationMinutes: 150,
    name: { nl: 'Signaleringsbijeenkomst', en: 'Assessment meeting' },
    stepTitle: {
      nl: 'In beeld brengen huidige of gewenste samenwerking',
      en: 'Mapping the current or desired collaboration',
    },
    result: {
      nl: 'Ingevuld Signaleringsinstrument, totaalscore en fase',
      en: 'Completed assessment instrument, total score and phase',
    },
    programme: [
      item('welkom', 'Welkom heten', 'Welcome', 5),
      item('uitleg_leerlijn', 'Coördinator legt doel, opzet en looptijd van de leerlijn uit', 'The coordinator explains the aim, set-up and duration of the programme', 10),
      item('doel_programma', 'Coördinator legt doel en programma uit van signaleringsbijeenkomst', 'The coordinator explains the aim and agenda of the assessment meeting', 5),
      item('factsheet', 'Doornemen Factsheet', 'Going through the Factsheet', 20),
      item('signaleringsinstrument_invullen', 'Invullen van het Signaleringsinstrument (met pauze van +/- 20 min.)', 'Filling in the assessment instrument (with a break of about 20 min.)', 105),
      AFSLUITING,
    ],
    documents: docs('factsheet', 'signaleringsinstrument', 'reader'),
  },
  actieplan: {
    kind: 'actieplan',
    step: 2,
    week: 3,
    durationMinutes: 180,
    name: { nl: 'Actieplanbijeenkomst', en: 'Action plan meeting' },
    stepTitle: { nl: 'Opstellen actieplan', en: 'Drawing up the action plan' },
    result: { nl: 'Ingevuld actieplan', en: 'Completed action plan' },
    programme: [
      WELKOM,
      item('doel_programma', 'Coördinator legt doel en programma actieplan bijeenkomst uit', 'The coordinator explains the aim and agenda of the action plan meeting', 10),
      item('terugkoppeling_signalering', 'Terugkoppeling signaleringsbijeenkomst', 'Looking back at the assessment meeting', 10),
      item('uitleg_format', 'Coördinator legt format actieplan uit', 'The coordinator explains the action plan template', 10),
      item('actieplan_invullen', 'Invullen actieplan', 'Filling in the action plan', 120),
      item('pauze', 'Pauze', 'Break', 20),
      AFSLUITING,
    ],
    documents: [WEEK1_INSTRUMENT, ...docs('factsheet', 'format_actieplan', 'reader')],
  },
  terugkom: {
    kind: 'terugkom',
    step: 3,
    week: 9,
    durationMinutes: 180,
    name: { nl: 'Terugkombijeenkomst', en: 'Follow-up meeting' },
    stepTitle: { nl: 'Versterken samenwerking', en: 'Strengthening the collaboration' },
    result: {
      nl: 'Versterken samenwerking, Ingevulde Evaluatielijst',
      en: 'Strengthened collaboration, completed evaluation list',
    },
    programme: [
      WELKOM,
      item('doel_programma', 'Coördinator legt doel en programma van terugkombijeenkomst uit', 'The coordinator explains the aim and agenda of the follow-up meeting', 5),
      item('terugblik_actieplan', 'Terugblik actieplan', 'Looking back at the action plan', 20),
      item('uitleg_evaluatielijst', 'Uitleg Evaluatielijst', 'Explaining the evaluation list', 10),
      item('evaluatielijst_invullen', 'Invullen Evaluatielijst', 'Filling in the evaluation list', 120),
      item('pauze', 'Pauze', 'Break', 15),
      AFSLUITING,
    ],
    documents: docs('filled_actieplan', 'factsheet', 'evaluatielijst', 'reader'),
  },
  eindevaluatie: {
    kind: 'eindevaluatie',
    step: 4,
    week: 17,
    durationMinutes: 180,
    name: { nl: 'Eindevaluatiebijeenkomst', en: 'Final evaluation meeting' },
    stepTitle: { nl: 'Evaluatie samenwerking', en: 'Evaluating the collaboration' },
    result: {
      nl: 'Ingevulde Evaluatielijst, Ingevuld Signaleringsinstrument, zicht op fase van samenwerking en in hoeverre samenwerking is versterkt of gewenste samenwerking is bereikt',
      en: 'Completed evaluation list, completed assessment instrument, insight into the phase of the collaboration and how far it has been strengthened or the desired collaboration reached',
    },
    programme: [
      WELKOM,
      item('doel_programma', 'Coördinator legt doel en programma uit van evaluatiebijeenkomst', 'The coordinator explains the aim and agenda of the evaluation meeting', 5),
      item('evaluatielijst_invullen', 'Invullen Evaluatielijst', 'Filling in the evaluation list', 60),
      item('signaleringsinstrument_invullen', 'Invullen van het Signaleringsinstrument', 'Filling in the assessment instrument', 60),
      item('pauze', 'Pauze', 'Break', 15),
      item('vergelijken', 'Evalueren samenwerking', 'Evaluating the collaboration', 30),
      AFSLUITING,
    ],
    documents: [
      WEEK1_INSTRUMENT,
      ...docs('filled_actieplan', 'filled_evaluatielijst', 'factsheet', 'signaleringsinstrument', 'evaluatielijst', 'reader'),
    ],
  },
  vervolgevaluatie: {
    kind: 'vervolgevaluatie',
    step: 5,
    week: null,
    // The leerlijn names this meeting but gives it no programme: ours follows the Evaluatielijst
    // part of the eindevaluatie, about the next steps agreed there.
    durationMinutes: 90,
    name: { nl: 'Nieuwe evaluatiebijeenkomst', en: 'New evaluation meeting' },
    stepTitle: { nl: 'Evalueren vervolgstappen', en: 'Evaluating the next steps' },
    result: {
      nl: 'Zicht op de uitgevoerde vervolgstappen en afspraken over wat nog nodig is',
      en: 'Insight into the next steps taken and agreements on what is still needed',
    },
    programme: [
      WELKOM,
      item('terugblik_vervolgstappen', 'Terugblik op de vervolgstappen uit de eindevaluatie', 'Looking back at the next steps from the final evaluation', 20),
      item('evaluatielijst_invullen', 'Bespreken per onderdeel: welke vervolgstappen zijn gezet en met welk resultaat', 'Per item: which next steps were taken and with what result', 50),
      item('afspraken', 'Afspraken over de volgende stappen', 'Agreeing on the next steps', 10),
      AFSLUITING,
    ],
    documents: [...FILLED_AT_EINDEVALUATIE, ...docs('filled_actieplan', 'evaluatielijst', 'reader')],
  },
};

export function isMeetingKind(x: unknown): x is MeetingKind {
  return typeof x === 'string' && (ALL_MEETING_KINDS as readonly string[]).includes(x);
}

export function meetingDefinition(kind: MeetingKind): MeetingDefinition {
  return MEETINGS[kind];
}

export function documentsFor(kind: MeetingKind): readonly DocumentRef[] {
  return MEETINGS[kind].documents;
}
