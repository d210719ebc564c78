// Dutch texts of the guide (issue 16): meeting dates, counts with their plural, shares that
// say what they count, the four steps and the one next action. Joined into `nl` in nl.ts.
export const nlGuide = {
  guide: {
    nextHeading: 'Wat nu?',
    // Where everyone reads the card (a Teams channel): the next step is in its taker's own view of it.
    nextOf: 'Alleen {name} ziet hier de volgende stap.',
    // After the next step, read in a personal chat, where a step only the channel's command or cards take cannot be taken.
    inChannel: 'Dat doe je in het kanaal van het team.',
    when: {
      // Dutch writes times with a dot and "uur" after the span: "15.30–18.30 uur".
      span: '{date}, {start}–{end} uur',
      spanDays: '{date}, {start} uur tot {endDate}, {end} uur',
      at: '{start} uur',
    },
    meetingInline: 'de {name}',
    count: {
      actie: { one: '{count} actie', other: '{count} acties' },
      onderdeel: { one: '{count} onderdeel', other: '{count} onderdelen' },
      dag: { one: '{count} dag', other: '{count} dagen' },
      werkdag: { one: '{count} werkdag', other: '{count} werkdagen' },
      week: { one: '{count} week', other: '{count} weken' },
      teamlid: { one: '{count} teamlid', other: '{count} teamleden' },
      stem: { one: '{count} stem', other: '{count} stemmen' },
      bijeenkomst: { one: '{count} bijeenkomst', other: '{count} bijeenkomsten' },
      poging: { one: '{count} poging', other: '{count} pogingen' },
      persoon: { one: '{count} persoon', other: '{count} personen' },
      uur: { one: '{count} uur', other: '{count} uur' },
      punt: { one: '{count} punt', other: '{count} punten' },
      notitie: { one: '{count} notitie', other: '{count} notities' },
    },
    reached: {
      onderdelen: 'gewenste situatie bereikt bij {reached} van {total} onderdelen ({percent})',
      points: '{percent} van de gewenste punten gehaald',
    },
    region: { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' },
    holiday: {
      onPublic: 'Let op: {meeting} valt op {date}, {holiday}.',
      onSchool: 'Let op: {meeting} valt op {date}, in de {holiday} van regio {region}.',
      alternatives: 'De dichtstbijzijnde werkdagen zijn {before} en {after}.',
      moveTo: 'Verplaatsen naar {date}',
      alternativesUnsure: 'Na {until} ken ik de schoolvakanties nog niet; kijk bij deze data zelf de schoolgids na.',
      beyondData:
        'Of {meeting} op {date} in de schoolvakantie valt, kan ik niet zien: ik ken de schoolvakanties van regio {region} van {from} tot en met {until}. Kijk het na in de schoolgids.',
    },
    step: {
      line: 'Stap {step}: {name} ({state})',
      state: { done: 'klaar', current: 'nu', upcoming: 'nog te gaan', not_done: 'niet afgerond' },
    },
    planReason: {
      missing: 'heeft nog geen datum',
      blocked: 'past zo niet in de volgorde van de bijeenkomsten',
      day_off: 'valt op een vrije dag (een feestdag of de schoolvakantie)',
    },
    // The button beside the next action: says what a click does, in a few words.
    button: {
      coordinator: {
        set_team_sides: 'Team aanvullen',
        plan_meetings: 'Planning nakijken',
        assign_roles: 'Rollen kiezen',
        open_round: 'Stemronde openen',
        close_round: 'Stemronde sluiten',
        fill_actieplan: 'Actieplan invullen',
        follow_up_actions: 'Acties bekijken',
        fill_terugkom: 'Evaluatielijst invullen',
        open_week17: 'Tweede stemronde openen',
        fill_eindevaluatie: 'Eindevaluatie invullen',
        compare: 'Week 17 met week 1 vergelijken',
        plan_new_evaluation: 'Nieuwe evaluatie plannen',
      },
      member: { update_own_actions: 'Mijn acties', fill_as_invuller: 'Invullen' },
    },
    // set_team_sides as what the team lacks (its warnings), each gap, then where and why (progress-text.ts teamGapText).
    teamGap: {
      side_missing: {
        school: 'Er zit nog niemand van de school in het team: nodig iemand van de school uit in het kanaal en voeg die toe aan het team.',
        jongerenwerk: 'Er zit nog niemand van het jongerenwerk in het team: nodig een jongerenwerker uit in het kanaal en voeg die toe aan het team.',
      },
      unassigned: 'Geef bij het team aan wie van school en wie van het jongerenwerk is: bij {members} staat dat nog niet.',
      level_missing: { manager: 'Geef bij het team aan wie manager is.', uitvoerder: 'Geef bij het team aan wie uitvoerder is.' },
      level_unassigned: 'Geef bij het team aan wie uitvoerder en wie manager is: bij {members} staat dat nog niet.',
      how: 'Het team pas je aan met `/leerlijn team`.',
      why: {
        sides: 'De leerlijn werkt het best met beide kanten bij elke bijeenkomst.',
        levels: 'De leerlijn werkt het best met uitvoerders én managers bij elke bijeenkomst.',
        both: 'De leerlijn werkt het best met beide kanten en beide niveaus bij elke bijeenkomst.',
      },
    },
    next: {
      coordinator: {
        set_team_sides:
          'Geef bij het team aan wie van school en wie van het jongerenwerk is, en wie uitvoerder of manager is. De leerlijn werkt het best met beide kanten en beide niveaus bij elke bijeenkomst.',
        plan_meetings: 'Kijk de planning na: {meeting} {reason}.',
        assign_roles: 'Kies een notulist en een invuller voor {meeting} ({when}).',
        wait_for_meeting: 'Alles staat klaar voor {meeting} ({when}). Het team krijgt vooraf een uitnodiging met de stukken.',
        open_round: 'Open de stemronde voor {moment}, zodat iedereen per onderdeel 1, 2 of 3 kan stemmen.',
        close_round: 'Sluit de stemronde voor {moment} zodra iedereen heeft gestemd.',
        agree_scores: 'Leg de afgesproken scores voor {moment} vast in de stemronde in het kanaal, per onderdeel of met “{button}”: nog {onderdelen} te gaan.',
        choose_scores: 'Kies voor {moment} per onderdeel een score in de stemronde in het kanaal; er is geen voorstel om over te nemen: nog {onderdelen} te gaan.',
        fill_actieplan:
          'Vul samen het actieplan in, de laagste scores eerst: wat kan beter, de gewenste eindsituatie, en acties met wie en wanneer.',
        follow_up_actions: 'Vraag de eigenaren van de acties hoe het gaat. Vastgelopen: {looptVast}. Over de datum: {overdue}.',
        fill_terugkom: 'Vul samen de Evaluatielijst in: hoe ver is de gewenste eindsituatie bereikt, en welke acties zijn nog nodig?',
        open_week17: 'Open de tweede stemronde (week 17), zodat iedereen het Signaleringsinstrument opnieuw invult.',
        fill_eindevaluatie: 'Vul samen de Evaluatielijst van de eindevaluatie in.',
        compare: 'Vergelijk week 17 met week 1 en bespreek de uitkomst met het team.',
        plan_new_evaluation:
          'Alle vier stappen zijn gezet. Wil het team over een tijd opnieuw evalueren? Plan dan een nieuwe evaluatiebijeenkomst.',
        none: 'Deze leerlijn is gestopt. Je kunt de gegevens nog exporteren.',
      },
      member: {
        vote: 'Stem voor {moment} per onderdeel 1, 2 of 3: nog {onderdelen} te gaan.',
        read_documents: 'Lees vóór {meeting} ({when}) de stukken uit de uitnodiging.',
        update_own_actions: 'Laat weten hoe het gaat met je acties: {actions} nog niet klaar.',
        update_overdue_actions: 'Je hebt {actions} over de datum. Laat weten hoe het ervoor staat.',
        wait_for_meeting: 'Je hoeft nu niets te doen. De volgende bijeenkomst is {meeting}, {when}.',
        wait_for_coordinator: 'Je hoeft nu niets te doen: de coördinator rondt stap {step} ({name}) af.',
        fill_as_invuller: 'Jij bent de invuller van {meeting}: leg vast wat het team samen afspreekt.',
        finished: 'Alle vier stappen zijn gezet. Dank voor jullie inzet!',
        none: 'Deze leerlijn is gestopt; je hoeft niets meer te doen.',
      },
    },
  },
} as const;
