/**
 * The permission catalog (DESIGN.md §4). Customer access levels are named sets of customer permissions;
 * staff roles carry staff permissions. Every GraphQL operation declares what it needs (see graphql/policy.ts).
 */
export const CUSTOMER_PERMISSIONS = [
  'catalog.view',
  'stock.view',
  'prices.view',
  'orders.view',
  'orders.place',
  'reservations.create',
  'shipments.request',
  'returns.create',
  'invoices.view',
  'settlements.view',
  'users.manage',
  'apikeys.manage',
] as const;

export const STAFF_PERMISSIONS = [
  'staff.customers.view',
  'staff.orders.onBehalf',
  'staff.discounts.grant',
  'staff.accounts.manage',
  'staff.accessLevels.manage',
  'staff.audit.view',
  'staff.erp.manage',
  'staff.content.manage',
] as const;

export type CustomerPermission = (typeof CUSTOMER_PERMISSIONS)[number];
export type StaffPermission = (typeof STAFF_PERMISSIONS)[number];
export type Permission = CustomerPermission | StaffPermission;

export const ALL_PERMISSIONS: readonly Permission[] = [...CUSTOMER_PERMISSIONS, ...STAFF_PERMISSIONS];

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}
export function isCustomerPermission(value: string): value is CustomerPermission {
  return (CUSTOMER_PERMISSIONS as readonly string[]).includes(value);
}

const observer: CustomerPermission[] = ['catalog.view', 'stock.view'];
const passive: CustomerPermission[] = [...observer, 'prices.view', 'orders.view', 'settlements.view'];
const active: CustomerPermission[] = [...passive, 'orders.place', 'reservations.create', 'shipments.request', 'returns.create'];
const activeExtended: CustomerPermission[] = [...active, 'invoices.view'];

/** The four levels every deployment starts with; admins may edit them and add custom ones. */
export const DEFAULT_ACCESS_LEVELS: ReadonlyArray<{ code: string; name: string; permissions: CustomerPermission[] }> = [
  { code: 'observer', name: 'Observer', permissions: observer },
  { code: 'passive', name: 'Passive', permissions: passive },
  { code: 'active', name: 'Active', permissions: active },
  { code: 'active_extended', name: 'Active extended', permissions: activeExtended },
];

export type StaffRole = 'sales_rep' | 'admin';

/** A sales rep acts as a fully enabled buyer for assigned customers; an admin also runs the back office. */
export const STAFF_ROLE_PERMISSIONS: Record<StaffRole, Permission[]> = {
  sales_rep: [...activeExtended, 'staff.customers.view', 'staff.orders.onBehalf', 'staff.discounts.grant'],
  admin: [...CUSTOMER_PERMISSIONS, ...STAFF_PERMISSIONS],
};
