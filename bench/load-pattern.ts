// How a load worker sends its requests: `concurrency` at a time without pause, or, with
// `burstGapMs`, bursts of `concurrency` at once with a pause between them (people voting
// together when a card is shown). Shared by the Slack and Teams vote loads.
export async function drive<T>(items: readonly T[], concurrency: number, burstGapMs: number | undefined, send: (item: T) => Promise<void>): Promise<void> {
  if (burstGapMs !== undefined) {
    for (let i = 0; i < items.length; i += concurrency) {
      await Promise.all(items.slice(i, i + concurrency).map(send));
      await new Promise((r) => setTimeout(r, burstGapMs));
    }
    return;
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await send(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
