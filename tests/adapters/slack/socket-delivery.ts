// Socket Mode delivery for the harness: the payload Slack would POST goes out as an envelope
// on the fake's WebSocket, and the ack's payload comes back shaped like the HTTP answer
// (empty ack: empty body; otherwise its JSON), so a step asserts the same either way.
import type { FakeSocketMode, RecordedAck } from '../../fakes/slack-socket.js';
import type { SlackPostResult } from '../../fakes/slack-signing.js';
import type { Delivery } from './harness.js';

function asPostResult(ack: RecordedAck): SlackPostResult {
  const empty = Object.keys(ack.payload).length === 0;
  return { status: 200, text: empty ? '' : JSON.stringify(ack.payload), json: empty ? undefined : ack.payload };
}

export function socketDelivery(socket: FakeSocketMode): Delivery {
  return {
    // Over the socket a slash command is the same fields as JSON (signing options do not apply).
    command: async (formFields) => asPostResult(await socket.send('slash_commands', Object.fromEntries(new URLSearchParams(formFields)))),
    interaction: async (payload) => asPostResult(await socket.send('interactive', payload)),
  };
}
