/** The Action.Execute verb that asks for someone's own view of a card (app/flows/own-view.ts): its refresh. */
export const OWN_VIEW_VERB = 'ownView';
/** A form sent from someone's own view, then drawn as its `ownView` key says (a team form's pages too). */
export const FORM_VERB = 'form';
