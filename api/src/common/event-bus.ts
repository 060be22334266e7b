import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

type Listener = (payload: unknown) => void;

/**
 * As the id of `subscribe` (a @Subscription's `topicId`): every id of the topic, through one pattern
 * subscription per process (e.g. a staff admin following every company's orders).
 */
export const ANY_ID: unique symbol = Symbol('any id');

/**
 * What `subscribe` accepts as its id: none (the bare topic), one id, a list of ids (each channel, merged), `ANY_ID`,
 * or a promise of one of those (ids that need a look-up first).
 */
export type TopicIds = unknown;

/** Events a slow subscriber may have waiting before the oldest are dropped. */
const MAX_PENDING = 10_000;

/**
 * Domain events across API instances over Redis pub/sub (DESIGN.md §2, §8). One subscriber connection per
 * process; each channel is subscribed once however many local listeners it has, and a message runs each
 * listener once. Publishing happens after commit; callers make sure of that.
 *
 * Listeners in the publishing process run at once, before the message goes out (so, for example, a block
 * takes effect on this instance before the mutation answers); the process ignores its own message when
 * Redis brings it back, and other processes get it through Redis.
 *
 * It also satisfies type-graphql's PubSub contract (`publish` / `subscribe` returning an AsyncIterable).
 */
export class EventBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Listeners to every id of a topic, by pattern (`<prefix>ev:<topic>:*`). */
  private readonly patternListeners = new Map<string, Set<Listener>>();
  private readonly origin = randomUUID();

  constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly prefix: string,
    private readonly log: Logger,
  ) {
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.dispatch(channel.toString(), message.toString()));
    this.sub.on('pmessageBuffer', (pattern: Buffer, _channel: Buffer, message: Buffer) =>
      this.dispatch(pattern.toString(), message.toString(), this.patternListeners),
    );
  }

  private pattern(topic: string): string {
    return `${this.prefix}ev:${topic}:*`;
  }

  private channel(topic: string, id?: unknown): string {
    return id === undefined || id === null ? `${this.prefix}ev:${topic}` : `${this.prefix}ev:${topic}:${String(id)}`;
  }

  private dispatch(channel: string, message: string, registry = this.listeners): void {
    if (!registry.has(channel)) return;
    let envelope: { o?: string; p?: unknown };
    try {
      envelope = JSON.parse(message);
    } catch {
      this.log.warn({ channel }, 'dropped a malformed event');
      return;
    }
    if (envelope.o === this.origin) return;
    this.deliver(channel, envelope.p, registry);
  }

  private deliver(channel: string, payload: unknown, registry = this.listeners): void {
    const set = registry.get(channel);
    if (!set) return;
    for (const l of [...set]) {
      try {
        l(payload);
      } catch (err) {
        this.log.error({ err, channel }, 'event listener failed');
      }
    }
  }

  /** Publishes to `topic` (or `topic:id`): this process's listeners first, then every other process. */
  async emit(topic: string, id: unknown, payload: unknown): Promise<void> {
    const channel = this.channel(topic, id);
    const message = JSON.stringify({ o: this.origin, p: payload });
    this.deliver(channel, JSON.parse(message).p);
    if (id !== undefined && id !== null) this.deliver(this.pattern(topic), JSON.parse(message).p, this.patternListeners);
    await this.pub.publish(channel, message);
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

  /** Adds a listener to every id of `topic` (not the bare topic); returns a function that removes it. */
  async onAny(topic: string, listener: Listener): Promise<() => Promise<void>> {
    const pattern = this.pattern(topic);
    let set = this.patternListeners.get(pattern);
    if (!set) {
      set = new Set();
      this.patternListeners.set(pattern, set);
      await this.sub.psubscribe(pattern);
    }
    set.add(listener);
    return async () => {
      const s = this.patternListeners.get(pattern);
      if (!s) return;
      s.delete(listener);
      if (s.size === 0) {
        this.patternListeners.delete(pattern);
        await this.sub.punsubscribe(pattern).catch(() => undefined);
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

  /**
   * An AsyncIterator over the events of `routingKey` for `dynamicId` (see `TopicIds`). Its `return()` removes the
   * listeners at once, even while it waits for the next event.
   */
  subscribe(routingKey: string, dynamicId?: TopicIds): AsyncIterableIterator<unknown> {
    const listen = async (push: Listener): Promise<Array<() => Promise<void>>> => {
      const ids = await dynamicId;
      if (ids === ANY_ID) return [await this.onAny(routingKey, push)];
      if (Array.isArray(ids)) return Promise.all([...new Set(ids)].map((id) => this.on(routingKey, id, push)));
      return [await this.on(routingKey, ids, push)];
    };
    return new BusIterator(listen, this.log, routingKey);
  }

  listenerCount(): number {
    let n = 0;
    for (const s of this.listeners.values()) n += s.size;
    for (const s of this.patternListeners.values()) n += s.size;
    return n;
  }
}

/** A queue between bus listeners and one consumer (a subscription), closed by `return()` at any moment. */
class BusIterator implements AsyncIterableIterator<unknown> {
  private readonly queue: unknown[] = [];
  private waiter: { resolve: (r: IteratorResult<unknown>) => void; reject: (err: unknown) => void } | null = null;
  private offs: Array<() => Promise<void>> = [];
  private done = false;
  private failure: unknown = null;
  private dropped = 0;

  constructor(
    listen: (push: Listener) => Promise<Array<() => Promise<void>>>,
    private readonly log: Logger,
    private readonly topic: string,
  ) {
    listen((payload) => this.push(payload)).then(
      (offs) => {
        if (this.done) void Promise.all(offs.map((off) => off()));
        else this.offs = offs;
      },
      (err: unknown) => {
        this.failure = err;
        const w = this.waiter;
        this.waiter = null;
        w?.reject(err);
      },
    );
  }

  private push(payload: unknown): void {
    if (this.done) return;
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      w.resolve({ value: payload, done: false });
      return;
    }
    if (this.queue.length >= MAX_PENDING) {
      this.queue.shift();
      if (this.dropped++ === 0) this.log.warn({ topic: this.topic }, 'a slow subscriber dropped events');
    }
    this.queue.push(payload);
  }

  next(): Promise<IteratorResult<unknown>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift(), done: false });
    if (this.failure) return Promise.reject(this.failure);
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<unknown>> {
    if (!this.done) {
      this.done = true;
      this.queue.length = 0;
      const w = this.waiter;
      this.waiter = null;
      w?.resolve({ value: undefined, done: true });
      const offs = this.offs;
      this.offs = [];
      await Promise.all(offs.map((off) => off()));
    }
    return { value: undefined, done: true };
  }

  async throw(err: unknown): Promise<IteratorResult<unknown>> {
    await this.return();
    throw err;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<unknown> {
    return this;
  }
}
