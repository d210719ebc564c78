// "Is the actieplan getting going?": what the prompt asks the coordinator follows from the actions'
// statuses alone: nobody to ask without actions, nothing to chase when all are klaar, else ask the owners.
import { describe, expect, it } from 'vitest';
import { planGoingActions } from '../../src/domain/plan-going.js';

describe('what the plan-going prompt asks, from the actions', () => {
  it('with no action, there is nobody to ask', () => {
    expect(planGoingActions([])).toBe('none');
  });

  it('with every action klaar, nothing to chase', () => {
    expect(planGoingActions([{ status: 'klaar' }, { status: 'klaar' }])).toBe('all_done');
  });

  it('with any action not klaar (open, bezig, loopt vast), the owners are asked how it goes', () => {
    for (const status of ['open', 'bezig', 'loopt_vast']) expect(planGoingActions([{ status: 'klaar' }, { status }])).toBe('open');
  });
});
