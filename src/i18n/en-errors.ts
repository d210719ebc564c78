// English texts for what the bot refuses or could not do (app/errors.ts codes); joined into `en` in en.ts.
export const enErrors = {
  error: {
    internal: 'Something went wrong on our side. Please try again in a moment; if it keeps failing, tell your coordinator.',
    rate_limited: 'That did not go through: too many messages are going back and forth at the moment. Wait a minute, then try again.',
    not_here: 'I may no longer post there: I was taken out of that channel or team, or an admin blocked me. Ask whoever manages the team to add me again, then type it once more.',
    invalid_input: 'Not everything is filled in correctly. Check the highlighted fields.',
    no_leerlijn: 'There is no leerlijn in this channel yet. Start one with `/leerlijn start`.',
    leerlijn_gone: 'This leerlijn no longer exists: it was deleted, with all its data. So this can no longer be done.',
    leerlijn_elsewhere: 'This button or form belongs to the leerlijn of another channel. Use it in that channel, where its team sees it too.',
    leerlijn_exists: 'This channel already has a leerlijn. See how it is going with `/leerlijn status`.',
    leerlijn_not_active: 'The leerlijn {leerlijn} has finished or was stopped, so this is no longer possible. The coordinator can still export its data.',
    leerlijn_kept: 'The data of this channel’s previous leerlijn is still here. Its coordinator can export it with `/leerlijn export` and then delete it with `/leerlijn delete`; after that a new leerlijn can start here.',
    not_coordinator: 'Only the coordinator of the leerlijn can do this. Please ask the coordinator.',
    not_member: 'Only team members of the leerlijn can vote and take part. The coordinator can add you with `/leerlijn team`.',
    not_on_team: 'Only team members of the leerlijn can do this. The coordinator can add you with `/leerlijn team`.',
    not_owner: 'This action belongs to someone else. Only its owner can update it; the coordinator can give it to someone else.',
    not_invuller: 'Only the form-filler of the {kind} or the coordinator can do this. The coordinator picks the form-filler with `/leerlijn schedule`.',
    not_found: 'I can’t find that (any more). It may have been deleted; check with the coordinator.',
    round_early: 'The final evaluation meeting is not until {date}. The week-17 voting round belongs to that meeting, where the team scores again, and there is only one such voting round. I have not opened it. Do you want to open it for the whole team now anyway? Then type `/leerlijn scores final now`.',
    round_exists: 'There is already a voting round for {moment}. Use the cards already posted in the channel.',
    round_not_open: 'The voting round is closed; your vote was not counted. Ask the coordinator if you want to add something.',
    note_closed: 'The voting round has already closed, so a note can no longer be added. Bring it up when the team discusses the scores, or pass it on to the coordinator.',
    round_still_open: 'The voting round is still open. Close it first with `/leerlijn close`, then record the scores.',
    schedule_refused: 'I can’t schedule the {kind} like that: {reason}',
    follow_up_early: 'You can schedule a new evaluation meeting once the final evaluation meeting has started, on {date} at {time}. That is where the team decides whether it wants one.',
    follow_up_early_undated: 'You can schedule a new evaluation meeting once the final evaluation meeting has started; that is where the team decides whether it wants one. The final evaluation meeting is not scheduled yet: schedule it first with `/leerlijn schedule`.',
    comparison_incomplete: 'Comparing is only possible once all ten parts have an agreed score for {moment}. Still without an agreed score: {missing} of the 10. `/leerlijn status` shows what is left to do.',
    week1_incomplete: 'The second voting round (week 17) only opens once the week 1 voting round is closed and all ten parts have an agreed score there, because the final evaluation compares week 17 with week 1. Week 1 still lacks {missing} of the 10 agreed scores. Finish week 1 first (`/leerlijn scores`, `/leerlijn close` and agree the scores), then try again.',
  },
  // An error above that counts the parts still without an agreed score, when that is all ten: said plainly (i18n/index.ts tError).
  errorNoneAgreed: {
    comparison_incomplete: 'Comparing is only possible once all ten parts have an agreed score for {moment}. No part has an agreed score yet. `/leerlijn status` shows what is left to do.',
    week1_incomplete: 'The second voting round (week 17) only opens once the week 1 voting round is closed and all ten parts have an agreed score there, because the final evaluation compares week 17 with week 1. Week 1 has no agreed scores yet. Finish week 1 first (`/leerlijn scores`, `/leerlijn close` and agree the scores), then try again.',
  },
  // The same refusals said in a group chat (a Teams group chat is a leerlijn's place, as a channel is).
  errorInChat: {
    no_leerlijn: 'There is no leerlijn in this chat yet. Start one with `/leerlijn start`.',
    leerlijn_exists: 'This chat already has a leerlijn. See how it is going with `/leerlijn status`.',
    leerlijn_kept: 'The data of this chat’s previous leerlijn is still here. Its coordinator can export it with `/leerlijn export` and then delete it with `/leerlijn delete`; after that a new leerlijn can start here.',
  },
} as const;
