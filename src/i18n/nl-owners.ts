// Dutch texts about actions whose owner left the team, and giving them a new owner
// (app/handover.ts); joined into `nl` in nl.ts.
export const nlOwners = {
  owners: {
    leftOne: '{name} had nog 1 open actie. Ik stuur er geen herinneringen meer over. Geef hem een nieuwe eigenaar met `/leerlijn acties overdragen`: noem eerst {name}, dan wie hem krijgt.',
    leftMany: '{name} had nog {count} open acties. Ik stuur er geen herinneringen meer over. Geef ze een nieuwe eigenaar met `/leerlijn acties overdragen`: noem eerst {name}, dan wie ze krijgt.',
    notInTeam: 'niet meer in het team',
    usage: 'Typ `/leerlijn acties overdragen` en noem eerst wie de acties had, dan wie ze krijgt.',
    toNotInTeam: '{to} zit niet in het team. Voeg die eerst toe met `/leerlijn team toevoegen`.',
    noneOpen: '{from} heeft geen open acties in deze leerlijn.',
    handedOverOne: 'De open actie van {from} staat nu op naam van {to}.',
    handedOverMany: 'De {count} open acties van {from} staan nu op naam van {to}.',
  },
} as const;
