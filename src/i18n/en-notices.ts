// English texts of what the bot sends by itself (reminders, coordinator prompts, the weekly
// digest, failures and people it can no longer reach: app/notices.ts); joined into `en` in en.ts.
export const enNotices = {
  reminder: {
    where: 'Where: {location}',
    invitation:
      'Invitation: {meeting}, {when}. Please read beforehand: {documents}.',
    notFilledYet: '{document} (not filled in yet: week 1’s scores are not all agreed; the coordinator finishes week 1 first)',
    cantCome: 'Can’t make it? Let the coordinator know.',
    cantComeOne: 'Can’t make it? Let the coordinator, {coordinator}, know.',
    cantComeMany: 'Can’t make it? Let one of the coordinators know: {coordinators}.',
    dayBefore: '{meeting} is tomorrow, at {time}. See you then!',
    today: '{meeting} is today, at {time}. See you later!',
    onDay: '{meeting} is on {date}, at {time}. See you then!',
    roles: 'Minute-taker: {notulist}. Form-filler: {invuller}.',
    starting: '{meeting} starts now. Minute-taker: {notulist}. Form-filler: {invuller}.',
    rolesHow: 'The coordinator chooses the minute-taker and form-filler with `/leerlijn schedule roles`.',
    actieplanNotPlanned: 'The action plan meeting is not scheduled within 2 weeks of the assessment. Schedule it with `/leerlijn schedule`.',
    actieplanLate: 'The action plan meeting is on {when}: more than 2 weeks after the assessment, while the leerlijn advises within 2 weeks. If it can be earlier, move it with `/leerlijn schedule`.',
    assignRoles: '{meeting} is on {when}. It has no minute-taker or form-filler yet. Choose them now, so they can prepare.',
    assignRolesToday: '{meeting} is today, at {time}. It has no minute-taker or form-filler yet. Choose them now, before it starts.',
    planGoing: 'Is the action plan getting going? Ask the action owners how it is going. If it is stuck, you can bring the follow-up meeting forward.',
    planGoingNoActions: 'The action plan has no actions yet. Add them with `/leerlijn plan`, or bring the follow-up meeting forward to take it up together.',
    planGoingAllDone: 'All actions of the action plan are done. You can bring the follow-up meeting forward.',
    // Its button closes the round (views/notices.ts): the command is only the other way.
    closeRound: 'The voting round for {moment} is still open. Close it once everyone has voted (or with `/leerlijn close` in the channel of {leerlijn}).',
    // A scoring meeting ended with its round never opened (scheduler/notices-for.ts): hold it now, before the next step needs it.
    roundNotHeld: 'The meeting is over, but the voting round for {moment} was not held: the team has not scored yet. Open it now with `/leerlijn scores` in the channel of {leerlijn}. If that cannot happen before the action plan meeting, move that meeting with `/leerlijn schedule`: the action plan builds on the agreed scores.',
    roundNotHeldWeek17: 'The meeting is over, but the voting round for {moment} was not held: the team has not scored again yet. Open it now with `/leerlijn scores final` in the channel of {leerlijn}; without those scores there is no comparison with week 1.',
    // At the actieplan's start while week 1 has no agreed scores (app/flows/next-step.ts meetingStartStep).
    week1First: 'Finish {moment} first: the team has no agreed scores yet, and the action plan builds on them. Hold the voting round and record the scores; then fill in the action plan.',
    agreeScores: 'Not recorded yet: the agreed score of {onderdelen}. Record it on the score cards.',
    jobFailed:
      'A {job} could not be sent after {attempts}. Check that the bot is still a member of the channel and add it again if needed; the bot will send the next messages as usual. See what is planned with `/leerlijn schedule` and `/leerlijn status`.',
    jobFailedPrivately:
      'A {job} could not be sent after {attempts}: the private message did not get through. Is the bot allowed to send private messages? Ask whoever manages your accounts if needed; the bot will try the next messages as usual. See what is planned with `/leerlijn schedule` and `/leerlijn status`.',
    jobFailedBeforeBuilt:
      'A {job} was not sent: the bot could not read its own data when it was putting the message together. That is a fault on the bot’s side, not yours; tell whoever runs the bot. The bot will try the next messages as usual. See what is planned with `/leerlijn schedule` and `/leerlijn status`.',
    jobThrottled:
      'A {job} was not sent: the platform kept asking the bot to wait for a whole day (too many messages at once). The bot will send the next messages as usual. See what is planned with `/leerlijn schedule` and `/leerlijn status`.',
    // Someone the platform says is gone (account deleted or disabled): once per person, not per message.
    recipientGone:
      'The bot can no longer reach {name}: the account no longer exists, has been disabled or does not accept messages from the bot. Until the team changes, the bot sends them no more messages, such as reminders. Is {name} no longer taking part? Then take them out of the team with `/leerlijn team`; if they were a coordinator, choose another one if needed.',
    recipientGoneChannel:
      'The bot can no longer reach {name}: the account no longer exists, has been disabled or does not accept messages from the bot. No coordinator the bot can reach is left, which is why this is posted here: messages for the coordinator reach nobody. Only a coordinator can change the team (`/leerlijn team`). Ask whoever manages the school\'s accounts to make the coordinator\'s account active again.',
    job: {
      meeting_invite: 'meeting invitation',
      meeting_day_before: 'short reminder before a meeting',
      meeting_start: 'message at the start of a meeting',
      prompt_actieplan_not_planned: 'reminder for the coordinator',
      prompt_plan_going: 'reminder for the coordinator',
      prompt_close_open: 'reminder for the coordinator',
      prompt_assign_roles: 'request to the coordinator for a minute-taker and form-filler',
      action_before: 'reminder about an action',
      action_due: 'reminder about an action',
      action_overdue: 'reminder about an action',
      digest: 'weekly overview of the actions',
      retention_warning: 'notice that the data will be deleted',
      unknown: 'message from the bot',
    },
    actionSoon: 'Your action is due on {due}: “{action}”. How is it going?',
    actionDue: 'Your action is due today: “{action}”. Did it work out?',
    // The due day is a weekend day or public holiday: the reminder came the working day before.
    actionDueOnDayOff: 'Your action is due on {due}, a day off, so you hear it now: “{action}”. Will it work out?',
    actionOverdue: 'Your action “{action}” was due on {due}. Please let us know how it stands.',
    digest: 'Weekly overview. In the past week: {klaar} done, {bezig} in progress, {looptVast} stuck. {overdue}',
    digestQuiet: 'Weekly overview. Overdue: {overdue}.',
    digestQuietNone: 'Weekly overview: no overdue actions.',
    // The last sentence of digest and digestSince: none overdue is said in words, not as '0 actions'.
    digestOverdue: 'Overdue: {overdue}.',
    digestNoneOverdue: 'No overdue actions.',
    digestChanged: 'What changed in the past week:',
    digestNothing: 'No changes to the actions in the past week.',
    digestSince: 'Weekly overview. Since {since}: {klaar} done, {bezig} in progress, {looptVast} stuck. {overdue}',
    digestChangedSince: 'What changed since {since}:',
    digestNothingSince: 'No changes to the actions since {since}.',
    digestOverdueOthers: 'Also overdue',
    button: { klaar: 'Done', bezig: 'In progress', loopt_vast: 'Stuck', open: 'Open', moveTerugkom: 'Bring the follow-up meeting forward', closeRound: 'Close the voting round' },
  },
  teamNews: {
    added:
      '{name} added you to the team of this leerlijn. The team follows the leerlijn in its channel: you vote in the voting rounds and can be given actions. Type `/leerlijn status` to see what is coming.',
    roundOpen: 'A voting round is open now: vote on its cards in the channel.',
    coordinator:
      '{name} made you a coordinator of this leerlijn. You now plan the meetings, open and close the voting rounds, record the agreed scores and change the team. Type `/leerlijn help` to see what you can do.',
    removed: '{name} took you off the team of this leerlijn. You no longer vote and get no more reminders about this leerlijn.',
    // Coordinators vote like anyone on the team, unless set to only coordinate (app/team-news.ts).
    removedVotingCoordinator:
      '{name} took you off the team of this leerlijn. You are no longer a coordinator there, no longer vote and get no more reminders about this leerlijn.',
    removedCoordinator: '{name} took you off the team of this leerlijn. You are no longer a coordinator there and get no more reminders about this leerlijn.',
    removedNotVoting: '{name} took you off the team of this leerlijn. You get no more reminders about this leerlijn.',
    noLongerCoordinator: 'You are no longer a coordinator of this leerlijn: {name} changed that. You stay on the team.',
    actionStays: 'Your open action stays in your name until the coordinator gives it to someone else.',
    actionsStay: 'Your {count} open actions stay in your name until the coordinator gives them to someone else.',
    actionBack: 'Your open action is still in your name; you will get reminders about it again.',
    actionsBack: 'Your {count} open actions are still in your name; you will get reminders about them again.',
    unreached: 'I could not send {names} a message about this change to the team. Please tell them yourself.',
  },
} as const;
