// English texts of the guide; joined into `en` in en.ts.
import type { Catalog } from './catalog.js';
import type { nlGuide } from './nl-guide.js';

export const enGuide: Pick<Catalog, keyof typeof nlGuide> = {
  guide: {
    nextHeading: 'What now?',
    nextOf: 'Only {name} sees the next step here.',
    inChannel: 'You do that in the team’s channel.',
    when: {
      span: '{date}, {start}–{end}',
      spanDays: '{date}, {start} to {endDate}, {end}',
      at: '{start}',
    },
    meetingInline: 'the {name}',
    count: {
      actie: { one: '{count} action', other: '{count} actions' },
      onderdeel: { one: '{count} part', other: '{count} parts' },
      dag: { one: '{count} day', other: '{count} days' },
      werkdag: { one: '{count} working day', other: '{count} working days' },
      week: { one: '{count} week', other: '{count} weeks' },
      teamlid: { one: '{count} team member', other: '{count} team members' },
      stem: { one: '{count} vote', other: '{count} votes' },
      bijeenkomst: { one: '{count} meeting', other: '{count} meetings' },
      poging: { one: '{count} attempt', other: '{count} attempts' },
      persoon: { one: '{count} person', other: '{count} people' },
      uur: { one: '{count} hour', other: '{count} hours' },
      punt: { one: '{count} point', other: '{count} points' },
      notitie: { one: '{count} note', other: '{count} notes' },
    },
    reached: {
      onderdelen: 'desired situation reached for {reached} of {total} parts ({percent})',
      points: '{percent} of the desired points achieved',
    },
    region: { noord: 'North', midden: 'Central', zuid: 'South' },
    holiday: {
      onPublic: 'Note: {meeting} falls on {date}, {holiday}.',
      onSchool: 'Note: {meeting} falls on {date}, in the {holiday} of region {region}.',
      moveTo: 'Move to {date}',
      alternatives: 'The nearest working days are {before} and {after}.',
      alternativesUnsure: 'I do not know the school holidays after {until} yet; check these dates in the school guide.',
      beyondData:
        'I cannot tell whether {meeting} on {date} falls in the school holidays: I know the school holidays of region {region} from {from} to {until}. Please check the school guide.',
    },
    step: {
      line: 'Step {step}: {name} ({state})',
      state: { done: 'done', current: 'now', upcoming: 'still to come', not_done: 'not finished' },
    },
    planReason: {
      missing: 'has no date yet',
      blocked: 'does not fit the order of the meetings',
      day_off: 'falls on a day off (a public holiday or the school holidays)',
    },
    button: {
      coordinator: {
        set_team_sides: 'Complete the team',
        plan_meetings: 'Check the schedule',
        assign_roles: 'Choose roles',
        open_round: 'Open the voting round',
        close_round: 'Close the voting round',
        fill_actieplan: 'Fill in the action plan',
        follow_up_actions: 'See the actions',
        fill_terugkom: 'Fill in the evaluation list',
        open_week17: 'Open the second voting round',
        fill_eindevaluatie: 'Fill in the final evaluation',
        compare: 'Compare week 17 with week 1',
        plan_new_evaluation: 'Plan a new evaluation',
      },
      member: { update_own_actions: 'My actions', fill_as_invuller: 'Fill in' },
    },
    teamGap: {
      side_missing: {
        school: 'Nobody on the team is from the school yet: invite someone from the school to the channel and add them to the team.',
        jongerenwerk: 'Nobody on the team is from youth work yet: invite a youth worker to the channel and add them to the team.',
      },
      unassigned: 'Record for the team who is from the school and who from youth work: it is not set for {members} yet.',
      level_missing: { manager: 'Mark who on the team is a manager.', uitvoerder: 'Mark who on the team works hands-on.' },
      level_unassigned: 'Mark who on the team works hands-on and who is a manager: it is not set for {members} yet.',
      how: 'You change the team with `/leerlijn team`.',
      why: {
        sides: 'The leerlijn works best with both sides at every meeting.',
        levels: 'The leerlijn works best with practitioners and managers at every meeting.',
        both: 'The leerlijn works best with both sides and both levels at every meeting.',
      },
    },
    next: {
      coordinator: {
        set_team_sides:
          'Record for the team who is from the school and who from youth work, and who works hands-on or as a manager. The leerlijn works best with both sides and both levels at every meeting.',
        plan_meetings: 'Check the schedule: {meeting} {reason}.',
        assign_roles: 'Choose a minute-taker and a form-filler for {meeting} ({when}).',
        wait_for_meeting: 'Everything is ready for {meeting} ({when}). The team gets an invitation with the documents beforehand.',
        open_round: 'Open the voting round for {moment}, so everyone can vote 1, 2 or 3 per part.',
        close_round: 'Close the voting round for {moment} once everyone has voted.',
        agree_scores: 'Record the agreed scores for {moment} in the voting round in the channel, per part or with “{button}”: {onderdelen} to go.',
        choose_scores: 'Choose a score for {moment} per part in the voting round in the channel; there is no proposal to accept: {onderdelen} to go.',
        fill_actieplan:
          'Fill in the action plan together, lowest scores first: what can be better, the desired end situation, and actions with who and when.',
        follow_up_actions: 'Ask the action owners how it is going. Stuck: {looptVast}. Overdue: {overdue}.',
        fill_terugkom: 'Fill in the evaluation list together: how far has the desired end situation been reached, and which actions are still needed?',
        open_week17: 'Open the second voting round (week 17), so everyone fills in the assessment instrument again.',
        fill_eindevaluatie: 'Fill in the evaluation list of the final evaluation together.',
        compare: 'Compare week 17 with week 1 and discuss the outcome with the team.',
        plan_new_evaluation:
          'All four steps are done. Does the team want to evaluate again after a while? Then plan a new evaluation meeting.',
        none: 'This leerlijn has been stopped. You can still export its data.',
      },
      member: {
        vote: 'Vote 1, 2 or 3 per part for {moment}: {onderdelen} to go.',
        read_documents: 'Before {meeting} ({when}), read the documents in the invitation.',
        update_own_actions: 'Let us know how your actions are going: {actions} not done yet.',
        update_overdue_actions: 'You have {actions} past the due date. Let us know where things stand.',
        wait_for_meeting: 'Nothing to do right now. The next meeting is {meeting}, {when}.',
        wait_for_coordinator: 'Nothing to do right now: the coordinator is finishing step {step} ({name}).',
        fill_as_invuller: 'You are the form-filler for {meeting}: record what the team agrees together.',
        finished: 'All four steps are done. Thank you all for your work!',
        none: 'This leerlijn has been stopped; there is nothing more to do.',
      },
    },
  },
};
