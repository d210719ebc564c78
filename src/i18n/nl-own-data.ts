// Dutch texts about what the bot keeps of a person and of pupils (never): `mijn-gegevens` and the privacy
// notice; joined into `nl` in nl.ts.
export const nlOwnData = {
  myData: {
    intro: 'Dit bewaar ik van jou: je eigen stemmen en notities. Alleen jij ziet ze zo; de anderen zien alleen aantallen.',
    votes: '{school}, {moment}: {scores}',
    note: 'Notitie bij {school}, {moment}, {onderdeel}: {note}',
    // A note written with an action's status: the coordinator reads it, so it is not among what only counts show.
    statusNote: 'Notitie bij de actie “{action}” ({school}), voor de coördinator: {note}',
    none: 'Ik bewaar geen stemmen of notities van jou.',
    // After the lines: the right of access means a file to keep, sent only to them.
    filePrivately: 'Alles staat ook in een bestand om te bewaren (CSV en JSON in één ZIP). Dat stuur ik alleen naar jou, in je persoonlijke chat met Leerlijn.',
    fileNotSent: 'Het bestand met je gegevens kon ik je nu niet sturen. Probeer `mijn-gegevens` over een minuut opnieuw.',
    fileReady: 'Je eigen gegevens: wat ik van jou bewaar, als bestand.',
    // Said only where every reply is seen by all (a Teams channel): typed in the personal chat, the command needs no mention.
    inChannel: 'Je eigen stemmen en notities laat ik alleen aan jou zien, in je persoonlijke chat met mij: typ daar `mijn-gegevens`.',
  },
  privacy: {
    notice:
      'Ik bewaar wie er in het team zit en jullie antwoorden over de samenwerking, nooit gegevens over individuele leerlingen. Houd notities kort en zonder namen van jongeren. De coördinator kan alle gegevens van de leerlijn exporteren en verwijderen.',
  },
} as const;
