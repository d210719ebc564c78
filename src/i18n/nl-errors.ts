// Dutch texts for what the bot refuses or could not do (app/errors.ts codes); joined into `nl` in nl.ts.
export const nlErrors = {
  error: {
    internal: 'Er ging iets mis aan onze kant. Probeer het zo nog eens; lukt het dan nog niet, meld het bij je coördinator.',
    rate_limited: 'Dat lukte nu niet: er gaan op dit moment te veel berichten tegelijk heen en weer. Wacht een minuut en probeer het dan opnieuw.',
    not_here:
      'Ik mag daar geen berichten meer plaatsen: ik ben uit dat kanaal of team gehaald, of een beheerder heeft mij geblokkeerd. Vraag wie het team beheert om mij weer toe te voegen en typ het daarna opnieuw.',
    invalid_input: 'Niet alles is goed ingevuld. Kijk bij de gemarkeerde velden wat er beter kan.',
    no_leerlijn: 'In dit kanaal loopt nog geen leerlijn. Start er een met `/leerlijn start`.',
    leerlijn_gone: 'Deze leerlijn bestaat niet meer: hij is verwijderd, met alle gegevens. Dit kan dus niet meer.',
    leerlijn_elsewhere: 'Deze knop of dit formulier hoort bij de leerlijn van een ander kanaal. Gebruik het in dat kanaal, waar het team het ook ziet.',
    leerlijn_exists: 'In dit kanaal loopt al een leerlijn. Bekijk hoe het ervoor staat met `/leerlijn status`.',
    leerlijn_not_active: 'De leerlijn {leerlijn} is afgerond of gestopt, dus dit kan niet meer. De coördinator kan de gegevens nog exporteren.',
    leerlijn_kept: 'De gegevens van de vorige leerlijn in dit kanaal staan hier nog. De coördinator daarvan kan ze exporteren met `/leerlijn export` en daarna verwijderen met `/leerlijn verwijder`; dan kan hier een nieuwe leerlijn starten.',
    not_coordinator: 'Dit mag alleen de coördinator van de leerlijn doen. Vraag het aan de coördinator.',
    not_member: 'Alleen teamleden van de leerlijn kunnen stemmen en meedoen. De coördinator kan je toevoegen via `/leerlijn team`.',
    not_on_team: 'Alleen teamleden van de leerlijn kunnen dit. De coördinator kan je toevoegen via `/leerlijn team`.',
    not_owner: 'Deze actie staat op naam van iemand anders. Alleen de eigenaar kan hem bijwerken; de coördinator kan hem aan iemand anders geven.',
    not_invuller: 'Dit mag alleen de invuller van de {kind} of de coördinator doen. De coördinator kan de invuller kiezen via `/leerlijn planning`.',
    not_found: 'Dat kan ik niet (meer) vinden. Misschien is het verwijderd; vraag het na bij de coördinator.',
    round_early: 'De eindevaluatiebijeenkomst is pas op {date}. De stemronde voor week 17 hoort bij die bijeenkomst: daar scoort het team opnieuw, en er is maar één zo’n stemronde. Ik heb hem nog niet geopend. Wil je hem toch nu al openen voor het hele team? Typ dan `/leerlijn scores eind nu`.',
    round_exists: 'Er is al een stemronde voor {moment}. Gebruik de kaarten die al in het kanaal staan.',
    round_not_open: 'De stemronde is gesloten; je stem is niet meegeteld. Vraag de coördinator als je iets wilt toevoegen.',
    note_closed: 'De stemronde is al gesloten, dus een notitie kan niet meer. Breng hem in als het team de scores bespreekt, of geef hem door aan de coördinator.',
    round_still_open: 'De stemronde loopt nog. Sluit hem eerst met `/leerlijn sluit`, daarna kun je de scores vastleggen.',
    schedule_refused: 'Zo kan ik de {kind} niet plannen: {reason}',
    follow_up_early: 'Een nieuwe evaluatiebijeenkomst kun je plannen zodra de eindevaluatiebijeenkomst begonnen is, op {date} om {time}. Daar besluit het team of het er een wil.',
    follow_up_early_undated: 'Een nieuwe evaluatiebijeenkomst kun je plannen zodra de eindevaluatiebijeenkomst begonnen is; daar besluit het team of het er een wil. Die bijeenkomst is nog niet gepland: plan hem eerst met `/leerlijn planning`.',
    comparison_incomplete: 'Vergelijken kan pas als alle tien onderdelen een afgesproken score hebben bij {moment}. Nog zonder afgesproken score: {missing} van de 10. `/leerlijn status` laat zien wat er nog moet gebeuren.',
    week1_incomplete: 'De tweede stemronde (week 17) gaat pas open als de stemronde van week 1 gesloten is en alle tien onderdelen daar een afgesproken score hebben, want bij de eindevaluatie vergelijken jullie week 17 met week 1. Bij week 1 zijn nog niet alle scores afgesproken: {missing} van de 10 ontbreken nog. Rond week 1 eerst af (`/leerlijn scores`, `/leerlijn sluit` en de scores vastleggen) en probeer het daarna opnieuw.',
  },
  // Een fout hierboven die telt hoeveel onderdelen nog geen afgesproken score hebben, als dat alle tien zijn: gewoon gezegd (i18n/index.ts tError).
  errorNoneAgreed: {
    comparison_incomplete: 'Vergelijken kan pas als alle tien onderdelen een afgesproken score hebben bij {moment}. Nog geen enkel onderdeel heeft een afgesproken score. `/leerlijn status` laat zien wat er nog moet gebeuren.',
    week1_incomplete: 'De tweede stemronde (week 17) gaat pas open als de stemronde van week 1 gesloten is en alle tien onderdelen daar een afgesproken score hebben, want bij de eindevaluatie vergelijken jullie week 17 met week 1. Week 1 heeft nog geen afgesproken scores. Rond week 1 eerst af (`/leerlijn scores`, `/leerlijn sluit` en de scores vastleggen) en probeer het daarna opnieuw.',
  },
  // The same refusals said in a group chat (a Teams group chat is a leerlijn's place, as a channel is).
  errorInChat: {
    no_leerlijn: 'In deze chat loopt nog geen leerlijn. Start er een met `/leerlijn start`.',
    leerlijn_exists: 'In deze chat loopt al een leerlijn. Bekijk hoe het ervoor staat met `/leerlijn status`.',
    leerlijn_kept: 'De gegevens van de vorige leerlijn in deze chat staan hier nog. De coördinator daarvan kan ze exporteren met `/leerlijn export` en daarna verwijderen met `/leerlijn verwijder`; dan kan hier een nieuwe leerlijn starten.',
  },
} as const;
