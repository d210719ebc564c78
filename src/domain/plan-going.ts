// What "is the actieplan getting going?" (the prompt before the terugkombijeenkomst) asks the
// coordinator, decided from the actions' statuses at send time alone.

/**
 * To ask the owners how it goes while an action is not done; with no action at all there is
 * nobody to ask, with all done nothing to chase.
 */
export type PlanGoingActions = 'none' | 'open' | 'all_done';

/** `status`: an action's status ('klaar' is done; store/actions.ts ACTION_STATUSES). */
export function planGoingActions(actions: readonly { status: string }[]): PlanGoingActions {
  if (actions.length === 0) return 'none';
  return actions.every((a) => a.status === 'klaar') ? 'all_done' : 'open';
}
