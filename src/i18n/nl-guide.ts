// Dutch texts of the guide (issue 16): meeting dates, counts with their plural, shares that
// say what they count, the four steps and the one next action. Joined into `nl` in nl.ts.
export const nlGuide = {
  guide: {
    when: {
      // Dutch writes times with a dot and "uur" after the span: "15.30–18.30 uur".
      span: '{date}, {start}–{end} uur',
      spanDays: '{date}, {start} uur tot {endDate}, {end} uur',
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
    },
    reached: {
      onderdelen: 'gewenste situatie bereikt bij {reached} van {total} onderdelen ({percent})',
      points: '{percent} van de gewenste punten gehaald',
    },
  },
} as const;
