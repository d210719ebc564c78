// The same chart is drawn again and again: a posted result's picture and its PDF, each opening
// of a document link, the export later. Drawing one costs 150–250 ms on a 2-core machine
// (vega 40–60, resvg 60, PNG encoding 50–90); finding it here costs a hash of its spec.
// Bounded, least recently used out first, so a busy process keeps a few MB at most.
import { createHash } from 'node:crypto';

export interface PngCacheLimits {
  entries: number;
  bytes: number;
}

export interface PngCacheStats {
  entries: number;
  bytes: number;
  /** Pictures drawn since the start (or the last clear): each one a miss. */
  draws: number;
}

export class PngCache {
  private readonly kept = new Map<string, Buffer>();
  /** Drawings under way: a second ask for the same picture waits for the first. */
  private readonly drawing = new Map<string, Promise<Buffer>>();
  private bytes = 0;
  private draws = 0;
  /** Bumped by clear(): a drawing begun before it is handed out but not kept. */
  private generation = 0;

  constructor(private readonly limits: PngCacheLimits) {}

  /**
   * The picture `key` describes, drawn by `draw` only when it is not kept. `key` must hold all
   * that decides the picture. Each caller gets its own copy, so none can change what others get.
   */
  async get(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
    // Hashed: the key (school names, scores) is not kept, and long keys cost no memory.
    const id = createHash('sha256').update(key).digest('base64');
    const kept = this.kept.get(id);
    if (kept) {
      // A Map iterates in insertion order: put back last, it is the most recently used.
      this.kept.delete(id);
      this.kept.set(id, kept);
      return Buffer.from(kept);
    }
    return Buffer.from(await (this.drawing.get(id) ?? this.start(id, draw)));
  }

  stats(): PngCacheStats {
    return { entries: this.kept.size, bytes: this.bytes, draws: this.draws };
  }

  clear(): void {
    this.generation++;
    this.drawing.clear();
    this.kept.clear();
    this.bytes = 0;
    this.draws = 0;
  }

  private start(id: string, draw: () => Promise<Buffer>): Promise<Buffer> {
    this.draws++;
    const begun = this.generation;
    const pending = draw()
      .then((png) => {
        if (begun === this.generation) this.keep(id, png);
        return png;
      })
      .finally(() => {
        if (this.drawing.get(id) === pending) this.drawing.delete(id);
      });
    this.drawing.set(id, pending);
    return pending;
  }

  private keep(id: string, png: Buffer): void {
    if (png.length > this.limits.bytes) return;
    this.bytes += png.length;
    this.kept.set(id, png);
    for (const [oldest, old] of this.kept) {
      if (this.kept.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.kept.delete(oldest);
      this.bytes -= old.length;
    }
  }
}
