/** The Action.Execute verb that asks for someone's own view of a card (app/flows/own-view.ts): its refresh, and a team form's pages. */
export const OWN_VIEW_VERB = 'ownView';
