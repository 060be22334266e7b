import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

type Listener = (payload: unknown) => void;

/**
 * Domain events across API instances over Redis pub/sub (DESIGN.md §2, §8). One subscriber connection per
 * process; each channel is subscribed once however many local listeners it has, and a message runs each
 * listener once. Publishing happens after commit; callers make sure of that.
 *
 * It also satisfies type-graphql's PubSub contract (`publish` / `subscribe` returning an AsyncIterable).
 */
export class EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly prefix: string,
    private readonly log: Logger,
  ) {
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.dispatch(channel.toString(), message.toString()));
  }

  private channel(topic: string, id?: unknown): string {
    return id === undefined || id === null ? `${this.prefix}ev:${topic}` : `${this.prefix}ev:${topic}:${String(id)}`;
  }

  private dispatch(channel: string, message: string): void {
    const set = this.listeners.get(channel);
    if (!set) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      this.log.warn({ channel }, 'dropped a malformed event');
      return;
    }
    for (const l of set) {
      try {
        l(payload);
      } catch (err) {
        this.log.error({ err, channel }, 'event listener failed');
      }
    }
  }

  /** Publishes to `topic` (or `topic:id`). */
  async emit(topic: string, id: unknown, payload: unknown): Promise<void> {
    await this.pub.publish(this.channel(topic, id), JSON.stringify(payload));
  }

  /** Adds a listener; returns a function that removes it. */
  async on(topic: string, id: unknown, listener: Listener): Promise<() => Promise<void>> {
    const channel = this.channel(topic, id);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.sub.subscribe(channel);
    }
    set.add(listener);
    return async () => {
      const s = this.listeners.get(channel);
      if (!s) return;
      s.delete(listener);
      if (s.size === 0) {
        this.listeners.delete(channel);
        await this.sub.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  // --- type-graphql PubSub ---------------------------------------------------------------------------
  publish(routingKey: string, ...args: unknown[]): void {
    const [idOrPayload, maybePayload] = args;
    const hasId = args.length > 1;
    void this.emit(routingKey, hasId ? idOrPayload : undefined, hasId ? maybePayload : idOrPayload).catch((err) =>
      this.log.error({ err, routingKey }, 'publish failed'),
    );
  }

  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown> {
    return this.iterate(routingKey, dynamicId);
  }

  private async *iterate(topic: string, id: unknown): AsyncGenerator<unknown> {
    const queue: unknown[] = [];
    let wake: (() => void) | null = null;
    const off = await this.on(topic, id, (payload) => {
      queue.push(payload);
      wake?.();
    });
    try {
      for (;;) {
        while (queue.length) yield queue.shift();
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    } finally {
      await off();
    }
  }

  listenerCount(): number {
    let n = 0;
    for (const s of this.listeners.values()) n += s.size;
    return n;
  }
}
