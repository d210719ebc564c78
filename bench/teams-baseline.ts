// The baseline for bench:votes:teams: a minimal botbuilder CloudAdapter app that parses the
// Action.Execute invoke, upserts the vote with one SQL statement and answers the invoke with
// a small card. Auth is off, as for the app under test in the bench.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type TurnContext,
} from 'botbuilder';
import type { Db } from '../src/store/db.js';

class VoteBot extends ActivityHandler {
  constructor(private readonly db: Db, private readonly table: string) {
    super();
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const data = (value.action.data ?? {}) as { roundId?: unknown; onderdeel?: unknown; score?: unknown };
    const from = context.activity.from;
    await this.db.query(
      `insert into ${this.table} values ($1::text, $2::text, $3::text, $4::int)
       on conflict (round_id, onderdeel, user_id) do update set score = excluded.score`,
      [String(data.roundId ?? ''), String(data.onderdeel ?? ''), from.aadObjectId ?? from.id, Number(data.score)],
    );
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `${String(data.onderdeel)}: ${String(data.score)}` }] };
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  }
}

/** Express-like request and response around node:http, as CloudAdapter.process expects. */
function shim(res: http.ServerResponse) {
  return {
    socket: res.socket,
    status: (code: number) => void (res.statusCode = code),
    header: (name: string, value: unknown) => void res.setHeader(name, String(value)),
    send: (body?: unknown) => {
      if (typeof body === 'string') return void res.write(body);
      res.setHeader('content-type', 'application/json');
      res.write(JSON.stringify(body));
    },
    end: () => void res.end(),
  };
}

export async function startTeamsBaseline(db: Db, table: string): Promise<{ endpoint: string; close: () => void }> {
  await db.exec(`create table ${table} (round_id text, onderdeel text, user_id text, score int, primary key (round_id, onderdeel, user_id))`);
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '' }));
  const bot = new VoteBot(db, table);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      void adapter.process({ method: req.method, headers: req.headers, body }, shim(res), (context) => bot.run(context));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`, close: () => server.close() };
}
