import { describe, expect, it } from 'vitest';
import type { CoordinatorActionCode, MemberActionCode, NextAction } from '../../src/domain/progress.js';
import type { TeamWarning } from '../../src/domain/team.js';
import { nextActionText, stepLine } from '../../src/i18n/progress-text.js';
import { t } from '../../src/i18n/index.js';
import { nextStepCommand } from '../../src/app/flows/next-step.js';

const TZ = 'Europe/Amsterdam';
const ACTIEPLAN_AT = new Date('2027-01-25T14:30:00Z'); // Monday 25 January 2027, 15.30 in Amsterdam

const COORDINATOR_CODES: CoordinatorActionCode[] = [
  'set_team_sides', 'plan_meetings', 'assign_roles', 'wait_for_meeting', 'open_round', 'close_round', 'agree_scores', 'choose_scores',
  'fill_actieplan', 'follow_up_actions', 'fill_terugkom', 'open_week17', 'fill_eindevaluatie', 'compare', 'plan_new_evaluation', 'none',
];
const MEMBER_CODES: MemberActionCode[] = ['vote', 'read_documents', 'update_own_actions', 'wait_for_meeting', 'wait_for_coordinator', 'fill_as_invuller', 'finished', 'none'];
// Every parameter an action can carry, so a text that needs one always gets it.
const FULL = { kind: 'actieplan', startsAt: ACTIEPLAN_AT, moment: 'week1', step: 2, count: 3, looptVast: 1, overdue: 0, reason: 'missing' } as const;

describe('nextActionText', () => {
  it('has a complete sentence for every code, in both languages', () => {
    const actions: NextAction[] = [
      ...COORDINATOR_CODES.map((code): NextAction => ({ role: 'coordinator', code, params: FULL })),
      ...MEMBER_CODES.map((code): NextAction => ({ role: 'member', code, params: FULL })),
      { role: 'member', code: 'update_own_actions', params: { count: 2, overdue: 1 } },
    ];
    for (const lang of ['nl', 'en'] as const) {
      for (const action of actions) {
        const text = nextActionText(lang, action, TZ);
        expect(text, `${lang} ${action.role} ${action.code}`).not.toMatch(/\{\w+\}|undefined|guide\./);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  describe('asks the team for what it lacks, each gap with what to do, where the team is changed, and why', () => {
    const team = (...teamGaps: TeamWarning[]): NextAction => ({ role: 'coordinator', code: 'set_team_sides', params: { count: teamGaps.length, teamGaps } });

    it('only who manages', () => {
      expect(nextActionText('nl', team({ code: 'level_missing', level: 'manager' }), TZ)).toBe(
        'Geef bij het team aan wie manager is. Het team pas je aan met `/leerlijn team`. De leerlijn werkt het best met uitvoerders én managers bij elke bijeenkomst.',
      );
      expect(nextActionText('en', team({ code: 'level_missing', level: 'manager' }), TZ)).toBe(
        'Mark who on the team is a manager. You change the team with `/leerlijn team`. The leerlijn works best with practitioners and managers at every meeting.',
      );
    });

    it('nobody with a level at all: who works hands-on and who manages, counting them', () => {
      expect(nextActionText('nl', team({ code: 'level_unassigned', count: 3 }), TZ)).toBe(
        'Geef bij het team aan wie uitvoerder en wie manager is: bij 3 teamleden staat dat nog niet. Het team pas je aan met `/leerlijn team`. De leerlijn werkt het best met uitvoerders én managers bij elke bijeenkomst.',
      );
      expect(nextActionText('en', team({ code: 'level_unassigned', count: 1 }), TZ)).toBe(
        'Mark who on the team works hands-on and who is a manager: it is not set for 1 team member yet. You change the team with `/leerlijn team`. The leerlijn works best with practitioners and managers at every meeting.',
      );
    });

    it('everyone a manager: who works hands-on', () => {
      expect(nextActionText('nl', team({ code: 'level_missing', level: 'uitvoerder' }), TZ)).toMatch(/^Geef bij het team aan wie uitvoerder is\. /);
      expect(nextActionText('en', team({ code: 'level_missing', level: 'uitvoerder' }), TZ)).toMatch(/^Mark who on the team works hands-on\. /);
    });

    it('sides and levels together: sides first, then levels, one reason for both', () => {
      const gaps = [{ code: 'level_unassigned', count: 2 }, { code: 'side_missing', side: 'school' }, { code: 'unassigned', count: 2 }] as const;
      expect(nextActionText('nl', team(...gaps), TZ)).toBe([
        'Er zit nog niemand van de school in het team: nodig iemand van de school uit in het kanaal en voeg die toe aan het team.',
        'Geef bij het team aan wie van school en wie van het jongerenwerk is: bij 2 teamleden staat dat nog niet.',
        'Geef bij het team aan wie uitvoerder en wie manager is: bij 2 teamleden staat dat nog niet.',
        'Het team pas je aan met `/leerlijn team`.',
        'De leerlijn werkt het best met beide kanten en beide niveaus bij elke bijeenkomst.',
      ].join(' '));
      expect(nextActionText('en', team({ code: 'side_missing', side: 'jongerenwerk' }), TZ)).toBe(
        'Nobody on the team is from youth work yet: invite a youth worker to the channel and add them to the team. You change the team with `/leerlijn team`. The leerlijn works best with both sides at every meeting.',
      );
    });
  });

  it('counts what is left with the right plural', () => {
    const agree = (count: number): NextAction => ({ role: 'coordinator', code: 'agree_scores', params: { moment: 'week1', count } });
    expect(nextActionText('nl', agree(3), TZ)).toMatch(/: nog 3 onderdelen te gaan\.$/);
    expect(nextActionText('nl', agree(1), TZ)).toMatch(/: nog 1 onderdeel te gaan\.$/);
    expect(nextActionText('en', agree(1), TZ)).toMatch(/: 1 part to go\.$/);
  });

  it('says where the agreed scores are recorded: the step has no button, the round\'s cards in the channel do', () => {
    const agree: NextAction = { role: 'coordinator', code: 'agree_scores', params: { moment: 'week1', count: 3 } };
    expect(nextStepCommand(agree)).toBeNull();
    expect(nextActionText('nl', agree, TZ)).toBe(
      `Leg de afgesproken scores voor week 1 vast in de stemronde in het kanaal, per onderdeel of met “${t('nl', 'card.button.agreeAll')}”: nog 3 onderdelen te gaan.`,
    );
    expect(nextActionText('en', agree, TZ)).toBe(
      `Record the agreed scores for week 1 in the voting round in the channel, per part or with “${t('en', 'card.button.agreeAll')}”: 3 parts to go.`,
    );
  });

  it('names the meeting lowercase mid-sentence with its full date and time span', () => {
    const read: NextAction = { role: 'member', code: 'read_documents', params: { kind: 'actieplan', startsAt: ACTIEPLAN_AT } };
    expect(nextActionText('nl', read, TZ)).toBe(
      'Lees vóór de actieplanbijeenkomst (maandag 25 januari 2027, 15.30–18.30 uur) de stukken uit de uitnodiging.',
    );
    expect(nextActionText('en', read, TZ)).toBe(
      'Before the action plan meeting (Monday 25 January 2027, 15:30–18:30), read the documents in the invitation.',
    );
  });

  it('says why a meeting needs planning', () => {
    const dayOff: NextAction = { role: 'coordinator', code: 'plan_meetings', params: { kind: 'terugkom', reason: 'day_off' } };
    expect(nextActionText('nl', dayOff, TZ)).toBe(
      'Kijk de planning na: de terugkombijeenkomst valt op een vrije dag (een feestdag of de schoolvakantie).',
    );
  });

  it('counts only the overdue actions when some are overdue', () => {
    const own = (count: number, overdue: number): NextAction => ({ role: 'member', code: 'update_own_actions', params: { count, overdue } });
    expect(nextActionText('nl', own(3, 1), TZ)).toBe('Je hebt 1 actie over de datum. Laat weten hoe het ervoor staat.');
    expect(nextActionText('nl', own(1, 0), TZ)).toBe('Laat weten hoe het gaat met je acties: 1 actie nog niet klaar.');
  });
});

describe('stepLine', () => {
  it('names the step and where it stands', () => {
    expect(stepLine('nl', { step: 2, kind: 'actieplan', state: 'current', startsAt: null })).toBe('Stap 2: Opstellen actieplan (nu)');
    expect(stepLine('en', { step: 1, kind: 'signalering', state: 'done', startsAt: null })).toBe('Step 1: Mapping the current or desired collaboration (done)');
  });

  // The leerlijn's own names of its four steps: 'Stap 3: Terugkom' was neither the step's name nor its meeting's.
  it('names each step as the leerlijn does', () => {
    const line = (step: 1 | 2 | 3 | 4, kind: 'signalering' | 'actieplan' | 'terugkom' | 'eindevaluatie'): string => stepLine('nl', { step, kind, state: 'done', startsAt: null });
    expect([line(1, 'signalering'), line(2, 'actieplan'), line(3, 'terugkom'), line(4, 'eindevaluatie')]).toEqual([
      'Stap 1: In beeld brengen huidige of gewenste samenwerking (klaar)',
      'Stap 2: Opstellen actieplan (klaar)',
      'Stap 3: Versterken samenwerking (klaar)',
      'Stap 4: Evaluatie samenwerking (klaar)',
    ]);
  });
});
