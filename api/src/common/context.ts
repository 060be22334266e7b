import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Actor } from './actor';
import type { Clock } from './clock';

/** What every service method receives first (DESIGN.md §11.2). */
export interface Ctx {
  /** A forked EntityManager for this operation alone (made on first use). */
  em: EntityManager;
  /** The shared connection pool, for prepared reads that need no unit of work (see prepared-query.ts). */
  readonly connection: ReturnType<EntityManager['getConnection']>;
  actor: Actor;
  locale: string;
  clock: Clock;
  log: Logger;
  requestId: string;
  /** Client address, for rate limits and the audit log. */
  ip: string | null;
  userAgent: string | null;
}
