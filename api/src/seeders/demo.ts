import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessLevel } from '../modules/accounts/access-level.entity';
import { Company } from '../modules/accounts/company.entity';
import { hashPassword } from '../modules/accounts/passwords';
import { User } from '../modules/accounts/user.entity';
import { seedDemoCatalog } from './demo-catalog';
import { seedDemoOrders } from '../modules/orders/orders.demo';

export const DEMO_PASSWORD = 'kontor-demo-2026';

export interface DemoLogin {
  email: string;
  role: string;
}

/** One login per access level, a company admin, a sales rep and a back-office admin. */
export const DEMO_LOGINS: DemoLogin[] = [
  { email: 'observer@budmax.example', role: 'customer · observer (catalog and stock, never prices)' },
  { email: 'passive@budmax.example', role: 'customer · passive (prices, orders view)' },
  { email: 'active@budmax.example', role: 'customer · active (places orders)' },
  { email: 'extended@budmax.example', role: 'customer · active extended (invoices) and company admin' },
  { email: 'rep@kontor.example', role: 'staff · sales rep (Budmax, Elektro-Nord)' },
  { email: 'admin@kontor.example', role: 'staff · back-office admin' },
];

/** Demo companies and users. Idempotent: rows that exist are left alone. */
export async function seedDemo(em: EntityManager): Promise<void> {
  if (await em.count(User, { email: 'admin@kontor.example' }, { filters: false })) {
    await seedDemoCatalog(em);
    return seedDemoOrders(em);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const level = async (code: string) => em.findOneOrFail(AccessLevel, { code });
  const budmax = em.create(Company, { name: 'Budmax Sp. z o.o.', erpId: 'K-0001', taxId: 'PL5250000001' });
  const nord = em.create(Company, { name: 'Elektro-Nord S.A.', erpId: 'K-0002', taxId: 'PL5250000002' });
  em.create(Company, { name: 'Hydro-Serwis Jan Kowalski', erpId: 'K-0003', taxId: 'PL5250000003' });
  const user = async (email: string, name: string, company: Company, code: string, companyAdmin = false) =>
    em.create(User, { email, name, passwordHash, company, accessLevel: await level(code), companyAdmin, locale: 'pl' });
  await user('observer@budmax.example', 'Olga Obserwator', budmax, 'observer');
  await user('passive@budmax.example', 'Piotr Pasywny', budmax, 'passive');
  await user('active@budmax.example', 'Anna Aktywna', budmax, 'active');
  await user('extended@budmax.example', 'Edward Rozszerzony', budmax, 'active_extended', true);
  await user('buyer@elektro-nord.example', 'Ewa Nord', nord, 'active_extended', true);
  const rep = em.create(User, {
    email: 'rep@kontor.example',
    name: 'Roman Przedstawiciel',
    passwordHash,
    staffRole: 'sales_rep',
    locale: 'pl',
  });
  rep.assignedCompanies.add(budmax, nord);
  em.create(User, { email: 'admin@kontor.example', name: 'Ada Administrator', passwordHash, staffRole: 'admin', locale: 'en' });
  await em.flush();
  await seedDemoCatalog(em);
  await seedDemoOrders(em);
}
