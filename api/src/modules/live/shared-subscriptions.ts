import { getOperationAST, Kind, print, subscribe as graphqlSubscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import type { Actor } from '../../common/actor';
import type { Ctx } from '../../common/context';

type Result = ExecutionResult;
type Outcome = AsyncIterableIterator<Result> | Result;

/** Results a slow subscriber may have waiting before the oldest are dropped. */
const MAX_PENDING = 10_000;
/** Bytes a subscriber's socket may have unsent before it is closed as too slow. */
const MAX_BUFFERED = 16 * 1024 * 1024;

/**
 * Where a subscription's results can be written directly (its WebSocket and operation id), so a group serializes
 * each result once and writes the same text to every member instead of each member serializing its own copy.
 */
export interface LiveSink {
  id: string;
  send(text: string): void;
  buffered(): number;
  /** Ends the connection of a subscriber that does not keep up. */
  tooSlow(): void;
}

/**
 * What a live subscription's answers depend on besides the event: who the subscriber is as far as permissions
 * and reach go (not which user). Two subscribers with the same audience, document and variables get the same
 * answers.
 */
export function audienceKey(actor: Actor, locale: string): string {
  const perms = [...actor.permissions].sort().join(',');
  switch (actor.kind) {
    case 'customer':
    case 'apiKey':
      return `company:${actor.companyId}:${perms}:${locale}`;
    case 'staff':
      return `staff:${actor.role}:${actor.assignedCompanyIds === 'all' ? '*' : [...actor.assignedCompanyIds].sort().join(',')}:${perms}:${locale}`;
    default:
      return `anonymous:${locale}`;
  }
}

/**
 * Executes a subscription once per group of identical subscribers on this process (DESIGN.md §8) and hands each
 * result to every member: the same operation, variables and audience (`audienceKey`) give the same answers, so
 * 500 buyers of one company following its orders cost one execution per event, not 500. Only operations whose
 * root fields are all in `shareable` are grouped (fields whose answers depend on nothing per connection); any
 * other operation runs on its own. A group ends when its last member leaves; an operation refused at its start
 * (an error result) is never kept, so the next subscriber is checked afresh.
 */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();
  private readonly sinks = new WeakMap<object, LiveSink>();

  constructor(
    private readonly shareable: ReadonlySet<string>,
    private readonly log: Logger,
  ) {}

  /** Says where the results of the subscription with this context value may be written directly. */
  attach(contextValue: object, sink: LiveSink): void {
    this.sinks.set(contextValue, sink);
  }

  subscribe(args: ExecutionArgs): Promise<Outcome> | Outcome {
    const key = this.keyOf(args);
    if (key === null) return graphqlSubscribe(args);
    let group = this.groups.get(key);
    if (!group) {
      group = new Group(args, this.log, () => {
        if (this.groups.get(key) === group) this.groups.delete(key);
      });
      this.groups.set(key, group);
    }
    const sink = args.contextValue && typeof args.contextValue === 'object' ? this.sinks.get(args.contextValue) : undefined;
    return group.join(() => this.subscribe(args), sink);
  }

  /** Groups on this process and their members (for tests and metrics). */
  counts(): { groups: number; members: number } {
    let members = 0;
    for (const g of this.groups.values()) members += g.size();
    return { groups: this.groups.size, members };
  }

  private keyOf(args: ExecutionArgs): string | null {
    const op = getOperationAST(args.document, args.operationName);
    if (!op || op.operation !== 'subscription') return null;
    for (const sel of op.selectionSet.selections) {
      if (sel.kind !== Kind.FIELD || !this.shareable.has(sel.name.value)) return null;
    }
    const ctx = args.contextValue as Ctx | undefined;
    if (!ctx?.actor) return null;
    return `${audienceKey(ctx.actor, ctx.locale)}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${print(op)}`;
  }
}

class Group {
  private readonly members = new Set<Member>();
  private readonly source: Promise<Outcome>;
  private closed = false;

  constructor(
    args: ExecutionArgs,
    private readonly log: Logger,
    private readonly onClose: () => void,
  ) {
    this.source = Promise.resolve(graphqlSubscribe(args));
    this.source.then(
      (s) => {
        if (isIterator(s)) void this.pump(s);
        else this.close();
      },
      () => this.close(),
    );
  }

  size(): number {
    return this.members.size;
  }

  /** A member's own iterator over the group's results (or the error result every member gets). */
  async join(retry: () => Promise<Outcome> | Outcome, sink?: LiveSink): Promise<Outcome> {
    const s = await this.source;
    if (!isIterator(s)) return s;
    if (this.closed) return retry(); // the last member left while this one was on its way in
    const member = new Member(this.log, () => this.leave(member), sink);
    this.members.add(member);
    return member;
  }

  private async pump(source: AsyncIterableIterator<Result>): Promise<void> {
    try {
      for (;;) {
        const r = await source.next();
        if (r.done) break;
        let text: string | undefined;
        for (const m of this.members) {
          if (m.sink) m.write((text ??= serialize(r.value)));
          else m.push(r.value);
        }
      }
      for (const m of [...this.members]) m.end();
    } catch (err) {
      for (const m of [...this.members]) m.fail(err);
    } finally {
      this.close();
    }
  }

  private leave(member: Member): void {
    this.members.delete(member);
    if (this.members.size === 0) {
      this.close();
      void this.source.then((s) => (isIterator(s) ? s.return?.() : undefined)).catch(() => undefined);
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
  }
}

/** One subscriber's queue of the group's results; `return()` leaves the group at once. */
class Member implements AsyncIterableIterator<Result> {
  private readonly queue: Result[] = [];
  private waiter: { resolve: (r: IteratorResult<Result>) => void; reject: (err: unknown) => void } | null = null;
  private done = false;
  private failure: unknown = null;
  private dropped = 0;

  constructor(
    private readonly log: Logger,
    private readonly onLeave: () => void,
    /** When set, results are written straight to the subscriber's socket, serialized once per group. */
    readonly sink?: LiveSink,
  ) {}

  /** Writes one serialized result (`serialize`) as this member's `next` message. */
  write(payload: string): void {
    if (this.done || !this.sink) return;
    if (this.sink.buffered() > MAX_BUFFERED) {
      this.log.warn('a live subscriber that does not keep up was disconnected');
      this.sink.tooSlow();
      return;
    }
    this.sink.send(`{"id":${JSON.stringify(this.sink.id)},"type":"next","payload":${payload}}`);
  }

  push(r: Result): void {
    if (this.done) return;
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      w.resolve({ value: r, done: false });
      return;
    }
    if (this.queue.length >= MAX_PENDING) {
      this.queue.shift();
      if (this.dropped++ === 0) this.log.warn('a slow subscriber dropped live results');
    }
    this.queue.push(r);
  }

  end(): void {
    this.finish();
    const w = this.waiter;
    this.waiter = null;
    w?.resolve({ value: undefined, done: true });
  }

  fail(err: unknown): void {
    this.failure = err;
    const w = this.waiter;
    this.waiter = null;
    if (w) {
      this.failure = null;
      w.reject(err);
    }
    this.finish();
  }

  next(): Promise<IteratorResult<Result>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) {
      const err = this.failure;
      this.failure = null;
      return Promise.reject(err);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<Result>> {
    this.queue.length = 0;
    this.end();
    return { value: undefined, done: true };
  }

  async throw(err: unknown): Promise<IteratorResult<Result>> {
    await this.return();
    throw err;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Result> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.onLeave();
  }
}

/** A result as graphql-ws would put it in a `next` message's payload. */
function serialize(r: Result): string {
  const { errors, ...rest } = r;
  return JSON.stringify(errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : rest);
}

function isIterator(x: Outcome): x is AsyncIterableIterator<Result> {
  return typeof (x as AsyncIterableIterator<Result>)[Symbol.asyncIterator] === 'function';
}
