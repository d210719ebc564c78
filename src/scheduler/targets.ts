// Where a notice goes: the team's channel or one person's direct messages, and the key a job
// records them by (sentTo, missed) so a retry or a later digest knows who got what.
export type Target = { kind: 'channel'; channelId: string } | { kind: 'user'; userId: string };

export function targetKey(t: Target): string {
  return t.kind === 'channel' ? `channel:${t.channelId}` : `user:${t.userId}`;
}
