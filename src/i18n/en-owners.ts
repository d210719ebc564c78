// English texts about actions whose owner left the team, and giving them a new owner
// (app/handover.ts); joined into `en` in en.ts.
export const enOwners = {
  owners: {
    leftOne: '{name} had 1 open action. I no longer send reminders about it. Give it a new owner with `/leerlijn actions handover` and name who gets it.',
    leftMany: '{name} had {count} open actions. I no longer send reminders about them. Give them a new owner with `/leerlijn actions handover` and name who gets them.',
    notInTeam: 'no longer on the team',
    usage: 'Type `/leerlijn actions handover` and name who gets the open actions of those no longer on the team. Or name first who has the actions, then who gets them.',
    toNotInTeam: '{to} is not on the team. Add them first with `/leerlijn team add`.',
    noneOpen: '{from} has no open actions in this leerlijn.',
    handedOverOne: 'The open action of {from} now belongs to {to}.',
    handedOverMany: 'The {count} open actions of {from} now belong to {to}.',
    noneOpenLeft: 'Nobody who is no longer on the team has open actions in this leerlijn.',
    handedOverOneLeft: 'The open action of someone no longer on the team now belongs to {to}.',
    handedOverManyLeft: 'The {count} open actions of those no longer on the team now belong to {to}.',
    stillYours: 'Your actions from a team you are no longer on: they stay yours until the coordinator gives them to someone else.',
  },
} as const;
