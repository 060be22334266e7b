import { Filter } from '@mikro-orm/core';

export interface TenantFilterArgs {
  companyId?: string;
}

/**
 * The second belt behind service-level company scoping: on every entity a company owns, queries made
 * through a customer's or API key's EntityManager only ever match that company's rows.
 * Services still scope explicitly; this catches what one forgets.
 */
export const TenantFiltered = (property = 'company') =>
  Filter({
    name: 'tenant',
    default: true,
    cond: (args: TenantFilterArgs = {}) => (args.companyId ? { [property]: args.companyId } : {}),
  });
