import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import type { Ctx } from '../common/context';
import type { Core } from '../core';
import { AccountsResolver, AuthResolver } from '../modules/accounts/accounts.resolver';
import { PricingResolver } from '../modules/pricing/pricing.resolver';
import { CatalogResolver } from '../modules/catalog/catalog.resolver';
import { LiveResolver, OrderStatusChangeFieldsResolver } from '../modules/live/live.resolver';
import { assertPermissions, guardFields } from './field-guard';
import { ErpSyncResolver } from '../modules/erp-sync/erp-sync.resolver';
import { InvoicesResolver } from '../modules/invoices/invoices.resolver';
import { SettlementsResolver } from '../modules/settlements/settlements.resolver';
import { BasketsResolver } from '../modules/baskets/baskets.resolver';
import { OrderFieldsResolver, OrdersResolver } from '../modules/orders/orders.resolver';
import { ReturnsResolver } from '../modules/returns/returns.resolver';
import { ShipmentsResolver } from '../modules/shipments/shipments.resolver';

/** Every resolver class and how to build it from the core's services. */
export function resolverFactories(core: Pick<Core, 'services'>) {
  const s = core.services;
  return new Map<Function, () => object>([
    [AuthResolver, () => new AuthResolver(s.auth)],
    [AccountsResolver, () => new AccountsResolver(s.accounts, s.apiKeys)],
    [ErpSyncResolver, () => new ErpSyncResolver(s.erpAdmin)],
    [InvoicesResolver, () => new InvoicesResolver(s.invoices)],
    [SettlementsResolver, () => new SettlementsResolver(s.settlements)],
    [PricingResolver, () => new PricingResolver(s.pricing)],
    [CatalogResolver, () => new CatalogResolver(s.catalog, s.products, s.search, s.stock)],
    [LiveResolver, () => new LiveResolver()],
    [OrderStatusChangeFieldsResolver, () => new OrderStatusChangeFieldsResolver(s.orderQueries)],
    [BasketsResolver, () => new BasketsResolver(s.baskets)],
    [OrdersResolver, () => new OrdersResolver(s.orderPlacement, s.orders, s.orderQueries, s.orderEditing)],
    [OrderFieldsResolver, () => new OrderFieldsResolver(s.orderQueries, s.reservations, s.shipments)],
    [ShipmentsResolver, () => new ShipmentsResolver(s.shipments)],
    [ReturnsResolver, () => new ReturnsResolver(s.returns)],
  ]);
}

export const authChecker: AuthChecker<Ctx> = ({ context }, required) => {
  assertPermissions(context.actor, required);
  return true;
};

export async function buildKontorSchema(core: Pick<Core, 'services' | 'bus'>): Promise<GraphQLSchema> {
  const factories = resolverFactories(core);
  const instances = new Map<Function, object>();
  const resolvers = [...factories.keys()] as [Function, ...Function[]];
  const schema = await buildSchema({
    resolvers,
    container: {
      get(cls: Function) {
        let inst = instances.get(cls);
        if (!inst) {
          const make = factories.get(cls);
          if (!make) throw new Error(`No factory for resolver ${cls.name}`);
          inst = make();
          instances.set(cls, inst);
        }
        return inst;
      },
    },
    authChecker,
    pubSub: core.bus,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    emitSchemaFile: false,
  });
  return guardFields(schema);
}
