// A TCP proxy on loopback in front of a real server that can go silent: connections stay open
// (the kernel still acknowledges every byte) but nothing is passed on either way, as when the
// network between the bot and its database splits. TCP itself would take ~15 minutes to notice.
import { connect, createServer, type Socket } from 'node:net';

export interface SilentProxy {
  /** The URL to reach the server through the proxy. */
  url: string;
  /** From now on nothing is passed on, on open connections and new ones alike. */
  goSilent(): void;
  /** Passes bytes on again (what arrived while silent is lost, as in a real split). */
  speakAgain(): void;
  close(): Promise<void>;
}

export async function silentProxy(target: string): Promise<SilentProxy> {
  const to = new URL(target);
  const sockets = new Set<Socket>();
  let silent = false;
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((inbound) => {
    const outbound = connect(Number(to.port || 5432), to.hostname);
    track(inbound);
    track(outbound);
    inbound.on('data', (chunk: Buffer) => void (silent || outbound.write(chunk)));
    outbound.on('data', (chunk: Buffer) => void (silent || inbound.write(chunk)));
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(typeof address === 'object' && address ? address.port : 0);
  return {
    url: url.toString(),
    goSilent: () => void (silent = true),
    speakAgain: () => void (silent = false),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
