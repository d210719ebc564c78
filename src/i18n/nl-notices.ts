// Dutch texts of what the bot sends by itself (reminders, coordinator prompts, the weekly
// digest, failures and people it can no longer reach: app/notices.ts); joined into `nl` in nl.ts.
export const nlNotices = {
  reminder: {
    where: 'Waar: {location}',
    invitation:
      'Uitnodiging: {meeting}, {when}. Lees vooraf: {documents}.',
    // After the invitation: whom to tell, by the names the coordinators have now (read when it goes out).
    // An invitation's document that the meeting builds on but that does not exist yet (documents/invitation-links.ts).
    notFilledYet: '{document} (nog niet ingevuld: de scores van week 1 zijn nog niet allemaal afgesproken; de coördinator rondt week 1 eerst af)',
    cantCome: 'Kun je niet? Laat het de coördinator weten.',
    cantComeOne: 'Kun je niet? Laat het de coördinator, {coordinator}, weten.',
    cantComeMany: 'Kun je niet? Laat het een van de coördinatoren weten: {coordinators}.',
    dayBefore: '{meeting} is morgen, om {time}. Tot dan!',
    today: '{meeting} is vandaag, om {time}. Tot straks!',
    onDay: '{meeting} is op {date}, om {time}. Tot dan!',
    roles: 'Notulist: {notulist}. Invuller: {invuller}.',
    starting: '{meeting} begint nu. Notulist: {notulist}. Invuller: {invuller}.',
    rolesHow: 'De coördinator kiest de notulist en invuller met `/leerlijn planning rollen`.',
    actieplanNotPlanned: 'De actieplanbijeenkomst is nog niet binnen 2 weken na de signalering gepland. Plan hem met `/leerlijn planning`.',
    actieplanLate: 'De actieplanbijeenkomst is op {when}: meer dan 2 weken na de signalering, terwijl de leerlijn binnen 2 weken aanraadt. Kan het eerder, verplaats hem dan met `/leerlijn planning`.',
    assignRoles: '{meeting} is op {when}. Er is nog geen notulist of invuller. Kies ze nu, dan kunnen ze zich voorbereiden.',
    assignRolesToday: '{meeting} is vandaag, om {time}. Er is nog geen notulist of invuller. Kies ze nu, voordat de bijeenkomst begint.',
    planGoing: 'Komt het actieplan op gang? Vraag de eigenaren van de acties hoe het gaat. Loopt het vast, dan kun je de terugkombijeenkomst eerder plannen.',
    // The same moment, when there are no owners to ask (no actions) or nothing left to chase (all done).
    planGoingNoActions: 'Het actieplan heeft nog geen acties. Voeg ze toe met `/leerlijn actieplan`, of plan de terugkombijeenkomst eerder om het samen op te pakken.',
    planGoingAllDone: 'Alle acties van het actieplan zijn klaar. Je kunt de terugkombijeenkomst eerder plannen.',
    // Its button closes the round (views/notices.ts): the command is only the other way.
    closeRound: 'De stemronde voor {moment} staat nog open. Sluit hem als iedereen heeft gestemd (of met `/leerlijn sluit` in het kanaal van {leerlijn}).',
    // A scoring meeting ended with its round never opened (scheduler/notices-for.ts): hold it now, before the next step needs it.
    roundNotHeld: 'De bijeenkomst is voorbij, maar de stemronde voor {moment} is niet gehouden: het team heeft nog niet gescoord. Open hem alsnog met `/leerlijn scores` in het kanaal van {leerlijn}. Lukt dat niet vóór de actieplanbijeenkomst, verplaats die dan met `/leerlijn planning`: het actieplan bouwt op de afgesproken scores.',
    roundNotHeldWeek17: 'De bijeenkomst is voorbij, maar de stemronde voor {moment} is niet gehouden: het team heeft nog niet opnieuw gescoord. Open hem alsnog met `/leerlijn scores eind` in het kanaal van {leerlijn}; zonder die scores is er geen vergelijking met week 1.',
    // At the actieplan's start while week 1 has no agreed scores (app/flows/next-step.ts meetingStartStep).
    week1First: 'Eerst {moment} afronden: het team heeft nog geen afgesproken scores, en het actieplan bouwt daarop. Houd de stemronde en leg de scores vast; vul daarna het actieplan in.',
    agreeScores: 'Nog niet vastgelegd: de afgesproken score van {onderdelen}. Leg die vast op de scorekaarten.',
    jobFailed:
      'Een {job} kon na {attempts} niet worden verstuurd. Kijk of de bot nog lid is van het kanaal en voeg hem zo nodig opnieuw toe; de volgende berichten verstuurt de bot gewoon weer. Wat er gepland staat, zie je met `/leerlijn planning` en `/leerlijn status`.',
    // A message to someone's private chat with the bot (an action's reminder, a digest): the channel is not what failed.
    jobFailedPrivately:
      'Een {job} kon na {attempts} niet worden verstuurd: het privébericht kwam niet aan. Mag de bot privéberichten sturen? Vraag het zo nodig aan wie jullie accounts beheert; de volgende berichten probeert de bot gewoon weer. Wat er gepland staat, zie je met `/leerlijn planning` en `/leerlijn status`.',
    // Given up before it was built: the bot's own database did not answer, so no platform or setting of theirs is to blame.
    jobFailedBeforeBuilt:
      'Een {job} is niet verstuurd: de bot kon zijn eigen gegevens niet lezen toen hij het bericht wilde opstellen. Dat ligt aan de kant van de bot, niet aan jullie; meld het bij wie de bot beheert. De volgende berichten probeert de bot gewoon weer. Wat er gepland staat, zie je met `/leerlijn planning` en `/leerlijn status`.',
    jobThrottled:
      'Een {job} is niet verstuurd: het platform vroeg de bot een dag lang steeds te wachten (te veel berichten tegelijk). De volgende berichten verstuurt de bot gewoon weer. Wat er gepland staat, zie je met `/leerlijn planning` en `/leerlijn status`.',
    // Someone the platform says is gone (account deleted or disabled): once per person, not per message.
    recipientGone:
      'De bot kan {name} niet meer bereiken: het account bestaat niet meer, is uitgeschakeld of neemt geen berichten van de bot aan. Tot het team verandert, stuurt de bot geen berichten meer naar dit account, zoals herinneringen. Doet {name} niet meer mee? Haal {name} dan uit het team met `/leerlijn team`; was {name} coördinator, kies dan zo nodig een ander.',
    recipientGoneChannel:
      'De bot kan {name} niet meer bereiken: het account bestaat niet meer, is uitgeschakeld of neemt geen berichten van de bot aan. Er is geen coördinator meer die de bot bereikt, daarom staat dit hier: berichten voor de coördinator komen nergens aan. Alleen een coördinator kan het team aanpassen (`/leerlijn team`). Vraag wie de accounts van de school beheert om het account van de coördinator weer actief te maken.',
    job: {
      meeting_invite: 'uitnodiging voor een bijeenkomst',
      meeting_day_before: 'korte herinnering voor een bijeenkomst',
      meeting_start: 'bericht bij het begin van een bijeenkomst',
      prompt_actieplan_not_planned: 'herinnering voor de coördinator',
      prompt_plan_going: 'herinnering voor de coördinator',
      prompt_close_open: 'herinnering voor de coördinator',
      prompt_assign_roles: 'vraag aan de coördinator om een notulist en invuller',
      action_before: 'herinnering over een actie',
      action_due: 'herinnering over een actie',
      action_overdue: 'herinnering over een actie',
      digest: 'weekoverzicht van de acties',
      retention_warning: 'melding dat de gegevens worden verwijderd',
      unknown: 'bericht van de bot',
    },
    actionSoon: 'Je actie moet klaar zijn op {due}: “{action}”. Hoe staat het ervoor?',
    actionDue: 'Vandaag is de datum van je actie: “{action}”. Is het gelukt?',
    // The due day is a weekend day or public holiday: the reminder came the working day before.
    actionDueOnDayOff: 'Je actie moet klaar zijn op {due}, een vrije dag; daarom hoor je het nu al: “{action}”. Lukt het?',
    actionOverdue: 'Je actie “{action}” had klaar moeten zijn op {due}. Laat even weten hoe het staat.',
    digest: 'Weekoverzicht. Afgelopen week: {klaar} klaar, {bezig} bezig, {looptVast} vastgelopen. {overdue}',
    digestQuiet: 'Weekoverzicht. Over de datum: {overdue}.',
    digestQuietNone: 'Weekoverzicht: geen acties over de datum.',
    // The last sentence of digest and digestSince: none overdue is said in words, not as '0 acties'.
    digestOverdue: 'Over de datum: {overdue}.',
    digestNoneOverdue: 'Geen acties over de datum.',
    digestChanged: 'Wat er afgelopen week veranderde:',
    digestNothing: 'Afgelopen week is er niets veranderd aan de acties.',
    // After a digest that never went out, the next one counts from the one before it: more than a week.
    digestSince: 'Weekoverzicht. Sinds {since}: {klaar} klaar, {bezig} bezig, {looptVast} vastgelopen. {overdue}',
    digestChangedSince: 'Wat er sinds {since} veranderde:',
    digestNothingSince: 'Sinds {since} is er niets veranderd aan de acties.',
    digestOverdueOthers: 'Verder over de datum',
    button: { klaar: 'Klaar', bezig: 'Bezig', loopt_vast: 'Loopt vast', open: 'Openen', moveTerugkom: 'Terugkombijeenkomst eerder plannen', closeRound: 'Sluit de stemronde' },
  },
  teamNews: {
    added:
      '{name} heeft je toegevoegd aan het team van deze leerlijn. Het team volgt de leerlijn in zijn kanaal: je stemt mee in de stemrondes en kunt acties krijgen. Typ `/leerlijn status` om te zien wat er komt.',
    // Added while a voting round is open (app/team-news.ts): they can vote in it now.
    roundOpen: 'Er staat nu een stemronde open: stem mee op de kaarten in het kanaal.',
    coordinator:
      '{name} heeft je coördinator gemaakt van deze leerlijn. Je plant nu de bijeenkomsten, opent en sluit de stemrondes, legt de afgesproken scores vast en past het team aan. Typ `/leerlijn hulp` om te zien wat je kunt.',
    removed: '{name} heeft je uit het team van deze leerlijn gehaald. Je stemt niet meer mee en krijgt geen herinneringen meer over deze leerlijn.',
    // Coordinators vote like anyone on the team, unless set to only coordinate (app/team-news.ts).
    removedVotingCoordinator:
      '{name} heeft je uit het team van deze leerlijn gehaald. Je bent er geen coördinator meer, stemt niet meer mee en krijgt geen herinneringen meer over deze leerlijn.',
    removedCoordinator: '{name} heeft je uit het team van deze leerlijn gehaald. Je bent er geen coördinator meer en krijgt geen herinneringen meer over deze leerlijn.',
    removedNotVoting: '{name} heeft je uit het team van deze leerlijn gehaald. Je krijgt geen herinneringen meer over deze leerlijn.',
    noLongerCoordinator: 'Je bent geen coördinator meer van deze leerlijn: {name} heeft dat veranderd. Je blijft in het team.',
    actionStays: 'Je open actie blijft op jouw naam staan tot de coördinator hem aan iemand anders geeft.',
    actionsStay: 'Je {count} open acties blijven op jouw naam staan tot de coördinator ze aan iemand anders geeft.',
    // Back on the team with actions still in their name: taken off, they heard the reminders stop.
    actionBack: 'Je open actie staat nog op jouw naam; je krijgt er weer herinneringen over.',
    actionsBack: 'Je {count} open acties staan nog op jouw naam; je krijgt er weer herinneringen over.',
    unreached: 'Ik kon {names} geen bericht sturen over deze verandering in het team. Laat het ze zelf even weten.',
  },
} as const;
