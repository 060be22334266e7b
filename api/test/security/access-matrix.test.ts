import { parse, subscribe } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/common/actor';
import { ApiKey } from '../../src/modules/accounts/api-key.entity';
import { isPermission, type Permission } from '../../src/modules/accounts/permissions';
import { sha256 } from '../../src/modules/accounts/tokens';
import { allOperations, priceLeaks, type ForeignIds, type MatrixOperation } from '../access-matrix';
import { startTestApp, type TestApp } from '../harness';
import { matrixSeeders } from '../matrix-seeders';

/**
 * The schema-driven access matrix (DESIGN.md §4): every root operation, as every kind of actor, with ids
 * that belong to another company. It reads the operations from the schema, so operations added later are
 * covered without touching this file; an operation without a declared policy fails it.
 */

interface MatrixActor {
  name: string;
  /** Returns the credentials for one request (a fresh session each time, since some operations end sessions). */
  auth: () => Promise<string | { apiKey: string } | undefined>;
  actor?: () => Promise<Actor>;
  permissions: ReadonlySet<string>;
  /** May legitimately see company B. */
  seesOtherCompany: boolean;
}

const B_MARKERS = ['Beta Handel', '@b.test', 'ERP-B'];

let app: TestApp;
let actors: MatrixActor[];
let ops: MatrixOperation[];
let ids: ForeignIds;

function expected(op: MatrixOperation, a: MatrixActor): 'allow' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  const p = op.policy!;
  if ('public' in p) return 'allow';
  if (a.name === 'anonymous') return 'UNAUTHENTICATED';
  if ('signedIn' in p) return 'allow';
  return p.permissions.every((x) => a.permissions.has(x)) ? 'allow' : 'FORBIDDEN';
}

beforeAll(async () => {
  app = await startTestApp({ login: { maxFailuresPerAccount: 1000, maxAttemptsPerIp: 100_000, windowSeconds: 60 } });
  const w = app.world;
  const em = app.core.orm.em.fork();
  const keyOf = (companyId: string, scopes: Permission[], secret: string) => {
    const prefix = `K${sha256(secret).slice(0, 11)}`.replace(/[^A-Za-z0-9]/g, 'x');
    em.create(ApiKey, {
      company: em.getReference('Company', companyId) as never,
      name: secret,
      prefix,
      secretHash: sha256(secret),
      scopes,
    });
    return `kontor_${prefix}_${secret}`;
  };
  const observerKey = keyOf(w.a.company.id, ['catalog.view', 'stock.view'], 'observer-scope-key-aaaaaaaaaaaa');
  const readerKey = keyOf(
    w.a.company.id,
    ['catalog.view', 'stock.view', 'prices.view', 'orders.view', 'invoices.view', 'settlements.view'],
    'reader-scope-key-aaaaaaaaaaaaaa',
  );
  const bKey = em.create(ApiKey, {
    company: w.b.company,
    name: 'b',
    prefix: 'Bbbbbbbbbbbb',
    secretHash: sha256('b-key-secret-bbbbbbbbbbbbbbbbb'),
    scopes: ['catalog.view'],
  });
  await em.flush();

  ids = {
    '*': '00000000-0000-4000-8000-000000000000',
    companyId: w.b.company.id,
    companyIds: w.b.company.id,
    userId: w.b.users.observer.id,
    repId: w.rep.id,
    accessLevelId: w.levels.observer.id,
    'company.id': w.b.company.id,
    'revokeApiKey.id': bKey.id,
  };
  for (const seed of matrixSeeders) Object.assign(ids, await seed(app));

  const userActor = (name: string, userId: string, seesOtherCompany = false): MatrixActor => {
    const perms = new Set<string>();
    return {
      name,
      auth: () => app.tokenFor(userId),
      actor: async () =>
        app.core.services.authentication.actorForAccessToken(app.core.orm.em.fork(), await app.tokenFor(userId), app.clock.now()),
      permissions: perms,
      seesOtherCompany,
    };
  };
  const keyActor = (name: string, key: string): MatrixActor => ({
    name,
    auth: async () => ({ apiKey: key }),
    actor: () => app.core.services.authentication.actorForApiKey(app.core.orm.em.fork(), key, app.clock.now()),
    permissions: new Set(),
    seesOtherCompany: false,
  });
  actors = [
    { name: 'anonymous', auth: async () => undefined, permissions: new Set(), seesOtherCompany: false },
    userActor('observer', w.a.users.observer.id),
    userActor('passive', w.a.users.passive.id),
    userActor('active', w.a.users.active.id),
    userActor('active_extended', w.a.users.active_extended.id),
    userActor('company admin', w.a.users.admin.id),
    userActor('sales rep (assigned A only)', w.rep.id),
    userActor('staff admin', w.staffAdmin.id, true),
    keyActor('API key (observer scopes)', observerKey),
    keyActor('API key (reader scopes)', readerKey),
  ];
  for (const a of actors) if (a.actor) a.permissions = (await a.actor()).permissions;
  ops = allOperations(app.server.schema, ids);
});

afterAll(async () => {
  await app?.close();
});

describe('access matrix', () => {
  it('every root operation declares a policy naming only known permissions', () => {
    const undeclared = ops.filter((o) => !o.policy).map((o) => `${o.root} ${o.field}`);
    expect(undeclared).toEqual([]);
    const unknown = ops.flatMap((o) => (o.policy && 'permissions' in o.policy ? o.policy.permissions.filter((p) => !isPermission(p)) : []));
    expect(unknown).toEqual([]);
    expect(ops.length).toBeGreaterThan(20);
  });

  it('the default levels hold the permissions DESIGN.md §4 gives them', () => {
    const by = Object.fromEntries(actors.map((a) => [a.name, a.permissions]));
    expect(by.observer.has('catalog.view') && by.observer.has('stock.view')).toBe(true);
    expect(by.observer.has('prices.view') || by.observer.has('orders.view') || by.observer.has('orders.place')).toBe(false);
    expect(by.passive.has('prices.view') && by.passive.has('orders.view') && !by.passive.has('orders.place')).toBe(true);
    expect(by.active.has('orders.place') && !by.active.has('invoices.view')).toBe(true);
    expect(by.active_extended.has('invoices.view')).toBe(true);
  });

  it('queries and mutations: allowed exactly where the policy says, no other company’s data, no price without prices.view, never a 500', async () => {
    const failures: string[] = [];
    for (const op of ops.filter((o) => o.root !== 'subscription')) {
      for (const a of actors) {
        const res = await app.gql(op.document, op.variables, await a.auth());
        // a denial by policy, not a service refusing another company's id (which may say FORBIDDEN too)
        const denial = res.errors?.find(
          (e) =>
            e.path?.length === 1 &&
            e.path[0] === op.field &&
            (e.extensions?.code === 'UNAUTHENTICATED' ||
              (e.extensions?.code === 'FORBIDDEN' && Array.isArray(e.extensions.missingPermissions))),
        );
        const want = expected(op, a);
        const got = denial ? denial.extensions!.code : 'allow';
        const where = `${op.root} ${op.field} as ${a.name}`;
        if (got !== want) failures.push(`${where}: expected ${want}, got ${got} ${JSON.stringify(res.errors?.slice(0, 2))}`);
        if (res.status >= 500 || res.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
          failures.push(`${where}: server error ${JSON.stringify(res.errors)}`);
        }
        if (res.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')) {
          failures.push(`${where}: the generated operation is invalid ${JSON.stringify(res.errors)}`);
        }
        const body = JSON.stringify(res.data ?? null);
        if (!a.seesOtherCompany) {
          const leaked = B_MARKERS.filter((m) => body.includes(m));
          if (leaked.length) failures.push(`${where}: another company's data leaked (${leaked.join(', ')}): ${body.slice(0, 300)}`);
        }
        if (!a.permissions.has('prices.view')) {
          const leaks = priceLeaks(res.data);
          if (leaks.length) failures.push(`${where}: price without prices.view at ${leaks.join(', ')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('subscriptions: refused to those the policy refuses', async () => {
    const failures: string[] = [];
    for (const op of ops.filter((o) => o.root === 'subscription')) {
      for (const a of actors) {
        const actor: Actor = a.actor ? await a.actor() : { kind: 'anonymous', permissions: new Set() };
        const result = await subscribe({
          schema: app.server.schema,
          document: parse(op.document),
          variableValues: op.variables,
          contextValue: app.core.context({ actor }),
        });
        const iterator = Symbol.asyncIterator in result ? (result as AsyncGenerator) : null;
        const code = iterator ? 'allow' : (result as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
        await iterator?.return?.(undefined);
        const want = expected(op, a);
        if (code !== want) failures.push(`subscription ${op.field} as ${a.name}: expected ${want}, got ${code}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
