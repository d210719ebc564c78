// English texts about what the bot keeps of a person and of pupils (never): `mijn-gegevens` and the privacy
// notice; joined into `en` in en.ts.
export const enOwnData = {
  myData: {
    intro: 'This is what I keep about you: your own votes and notes. Only you see them like this; the others only see counts.',
    votes: '{school}, {moment}: {scores}',
    note: 'Note for {school}, {moment}, {onderdeel}: {note}',
    statusNote: 'Note on the action “{action}” ({school}), for the coordinator: {note}',
    none: 'I keep no votes or notes of yours.',
    filePrivately: 'All of it is also in a file to keep (CSV and JSON in one ZIP). I send it only to you, in your personal chat with Leerlijn.',
    fileNotSent: 'I could not send you the file with your data just now. Try `my-data` again in a minute.',
    fileReady: 'Your own data: what I keep about you, as a file.',
    inChannel: 'I show your own votes and notes only to you, in your personal chat with me: type `my-data` there.',
  },
  privacy: {
    notice:
      'I store who is in the team and your answers about the collaboration, never data about individual pupils. Keep notes short and without names of young people. The coordinator can export and delete all data of the leerlijn.',
  },
} as const;
