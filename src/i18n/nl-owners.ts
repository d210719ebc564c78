// Dutch texts about actions whose owner left the team, and giving them a new owner
// (app/handover.ts); joined into `nl` in nl.ts.
export const nlOwners = {
  owners: {
    leftOne: '{name} had nog 1 open actie. Ik stuur er geen herinneringen meer over. Geef hem een nieuwe eigenaar met `/leerlijn acties overdragen` en noem wie hem krijgt.',
    leftMany: '{name} had nog {count} open acties. Ik stuur er geen herinneringen meer over. Geef ze een nieuwe eigenaar met `/leerlijn acties overdragen` en noem wie ze krijgt.',
    notInTeam: 'niet meer in het team',
    usage: 'Typ `/leerlijn acties overdragen` en noem wie de open acties krijgt van wie niet meer in het team zit. Of noem eerst wie de acties heeft, dan wie ze krijgt.',
    toNotInTeam: '{to} zit niet in het team. Voeg die eerst toe met `/leerlijn team toevoegen`.',
    noneOpen: '{from} heeft geen open acties in deze leerlijn.',
    handedOverOne: 'De open actie van {from} staat nu op naam van {to}.',
    handedOverMany: 'De {count} open acties van {from} staan nu op naam van {to}.',
    noneOpenLeft: 'Niemand die niet meer in het team zit, heeft nog open acties in deze leerlijn.',
    handedOverOneLeft: 'De open actie van wie niet meer in het team zit, staat nu op naam van {to}.',
    handedOverManyLeft: 'De {count} open acties van wie niet meer in het team zit, staan nu op naam van {to}.',
    stillYours: 'Jouw acties uit een team waar je niet meer in zit: ze blijven van jou tot de coördinator ze aan iemand anders geeft.',
  },
} as const;
