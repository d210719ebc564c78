// Where what a form saved may be shown when its leerlijn's channel did not take the post.
import type { Place } from './surface.js';

/**
 * Only in that leerlijn's own channel, or in the person's personal chat (they are on the leerlijn: its use case let them
 * save). A form names its leerlijn by an id a card carries, which can be forged: someone on two teams could otherwise
 * have one leerlijn's plan shown in the other team's channel, to people who are not on it. Elsewhere they hear only that it
 * was saved, to share it again.
 */
export const savedShownWhereActed = (place: Pick<Place, 'channelId' | 'personal'>, leerlijnChannelId: string): boolean =>
  place.personal || place.channelId === leerlijnChannelId;
