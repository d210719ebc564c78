// Dutch texts of the retention term (app/retention.ts): the same sentences as the ones about a
// stopped leerlijn in nl-flows.ts, with the day its data is deleted; joined into `nl` in nl.ts.
export const nlRetention = {
  retention: {
    helpStop: '`/leerlijn stop` – stop de leerlijn: geen herinneringen meer, de gegevens blijven tot je ze verwijdert, of tot ik ze na {days} dagen zelf verwijder; de dag hoor je bij het stoppen (coördinator).',
    privacy: 'Een leerlijn die gestopt of afgerond is, verwijder ik na {days} dagen met alle gegevens, op een werkdag; de coördinator hoort het op een werkdag, minstens 14 dagen vooraf.',
    statusEnded:
      'Er gaan geen herinneringen of berichten meer uit, en stemmen en acties veranderen niet meer. De gegevens blijven bewaard tot de coördinator ze verwijdert (`/leerlijn verwijder`), en uiterlijk tot {date}: dan verwijder ik ze. Wil het team ze houden, dan exporteert de coördinator ze eerst (`/leerlijn export`). Daarna kan hier een nieuwe leerlijn starten.',
    stopWarning:
      'Stop je de leerlijn, dan stuur ik geen herinneringen en geen berichten over acties meer, en kunnen stemmen en acties niet meer veranderen. De gegevens blijven bewaard tot je ze verwijdert met `/leerlijn verwijder`, en uiterlijk tot {date}: dan verwijder ik ze. Wil je ze houden, exporteer ze dan eerst met `/leerlijn export`. Stoppen kun je niet terugdraaien.',
    stopPosted:
      '{name} heeft de leerlijn gestopt. Er komen geen herinneringen en berichten over acties meer, en stemmen en acties veranderen niet meer. De gegevens blijven bewaard tot de coördinator ze verwijdert, en uiterlijk tot {date}: dan verwijder ik ze. De coördinator kan ze exporteren met `/leerlijn export` en verwijderen met `/leerlijn verwijder`. Daarna kan hier een nieuwe leerlijn starten met `/leerlijn start`.',
    stopAlready: 'Deze leerlijn is al gestopt. De gegevens blijven bewaard tot de coördinator ze verwijdert met `/leerlijn verwijder`, en uiterlijk tot {date}: dan verwijder ik ze.',
    warning:
      'Deze leerlijn loopt niet meer, en op {date} verwijder ik de gegevens ervan, met alles wat erbij hoort. Wil het team ze houden, exporteer ze dan vóór die datum met `/leerlijn export` in het kanaal van de leerlijn. Je kunt ze ook nu al verwijderen met `/leerlijn verwijder`.',
  },
} as const;
