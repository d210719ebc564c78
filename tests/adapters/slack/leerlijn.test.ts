// A full leerlijn with 8 members in Slack, from start to comparison, through the real Bolt app
// over signed HTTP requests (leerlijn-socket.test.ts runs the same steps over Socket Mode).
import { afterAll, beforeAll, describe } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { wholeLeerlijnSteps } from './leerlijn-scenario.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('a full leerlijn in Slack with 8 members', () => {
  wholeLeerlijnSteps(() => h);
});
