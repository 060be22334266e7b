import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessLevel } from '../src/modules/accounts/access-level.entity';
import { Company } from '../src/modules/accounts/company.entity';
import { hashPassword } from '../src/modules/accounts/passwords';
import { User } from '../src/modules/accounts/user.entity';

export const PASSWORD = 'correct-horse-battery';

/** The access levels every test world has users at, plus the company admin. */
export const LEVELS = ['observer', 'passive', 'active', 'active_extended'] as const;
export type LevelCode = (typeof LEVELS)[number];

export interface CompanyWorld {
  company: Company;
  users: Record<LevelCode | 'admin', User>;
}

export interface World {
  a: CompanyWorld;
  b: CompanyWorld;
  rep: User;
  staffAdmin: User;
  levels: Record<string, AccessLevel>;
}

/** Two customer companies with a user at every level, a sales rep assigned to A only, and a staff admin. */
export async function seedWorld(em: EntityManager): Promise<World> {
  const passwordHash = await hashPassword(PASSWORD);
  const levels = Object.fromEntries((await em.find(AccessLevel, {})).map((l) => [l.code, l]));
  const companyWorld = (key: 'a' | 'b', name: string): CompanyWorld => {
    const company = em.create(Company, { name, erpId: `ERP-${key.toUpperCase()}` });
    const users = {} as CompanyWorld['users'];
    for (const level of LEVELS) {
      users[level] = em.create(User, {
        email: `${level}@${key}.test`,
        name: `${name} ${level}`,
        passwordHash,
        company,
        accessLevel: levels[level],
      });
    }
    users.admin = em.create(User, {
      email: `admin@${key}.test`,
      name: `${name} admin`,
      passwordHash,
      company,
      accessLevel: levels.active_extended,
      companyAdmin: true,
    });
    return { company, users };
  };
  const a = companyWorld('a', 'Alpha Hurt');
  const b = companyWorld('b', 'Beta Handel');
  const rep = em.create(User, { email: 'rep@kontor.test', name: 'Rita Rep', passwordHash, staffRole: 'sales_rep' });
  rep.assignedCompanies.add(a.company);
  const staffAdmin = em.create(User, { email: 'staff@kontor.test', name: 'Sam Staff', passwordHash, staffRole: 'admin' });
  await em.flush();
  return { a, b, rep, staffAdmin, levels };
}
