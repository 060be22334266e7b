import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessLevel } from '../modules/accounts/access-level.entity';
import { DEFAULT_ACCESS_LEVELS } from '../modules/accounts/permissions';

/** Data every deployment needs: the four built-in access levels. Idempotent; never overwrites an admin's edits. */
export async function ensureBaseData(em: EntityManager): Promise<void> {
  const existing = new Set((await em.find(AccessLevel, { code: { $in: DEFAULT_ACCESS_LEVELS.map((l) => l.code) } })).map((l) => l.code));
  for (const level of DEFAULT_ACCESS_LEVELS) {
    if (!existing.has(level.code))
      em.create(AccessLevel, { code: level.code, name: level.name, permissions: [...level.permissions], builtIn: true });
  }
  await em.flush();
}
