/**
 * The permission catalog (DESIGN.md §4). Customer access levels are named sets of customer permissions;
 * staff roles carry staff permissions. Every GraphQL operation declares what it needs (see graphql/policy.ts).
 */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get ALL_PERMISSIONS () {
        return ALL_PERMISSIONS;
    },
    get CUSTOMER_PERMISSIONS () {
        return CUSTOMER_PERMISSIONS;
    },
    get DEFAULT_ACCESS_LEVELS () {
        return DEFAULT_ACCESS_LEVELS;
    },
    get STAFF_PERMISSIONS () {
        return STAFF_PERMISSIONS;
    },
    get STAFF_ROLE_PERMISSIONS () {
        return STAFF_ROLE_PERMISSIONS;
    },
    get isCustomerPermission () {
        return isCustomerPermission;
    },
    get isPermission () {
        return isPermission;
    }
});
const CUSTOMER_PERMISSIONS = [
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
    'apikeys.manage'
];
const STAFF_PERMISSIONS = [
    'staff.customers.view',
    'staff.orders.onBehalf',
    'staff.discounts.grant',
    'staff.accounts.manage',
    'staff.accessLevels.manage',
    'staff.audit.view',
    'staff.erp.manage',
    'staff.content.manage'
];
const ALL_PERMISSIONS = [
    ...CUSTOMER_PERMISSIONS,
    ...STAFF_PERMISSIONS
];
function isPermission(value) {
    return ALL_PERMISSIONS.includes(value);
}
function isCustomerPermission(value) {
    return CUSTOMER_PERMISSIONS.includes(value);
}
const observer = [
    'catalog.view',
    'stock.view'
];
const passive = [
    ...observer,
    'prices.view',
    'orders.view',
    'settlements.view'
];
const active = [
    ...passive,
    'orders.place',
    'reservations.create',
    'shipments.request',
    'returns.create'
];
const activeExtended = [
    ...active,
    'invoices.view'
];
const DEFAULT_ACCESS_LEVELS = [
    {
        code: 'observer',
        name: 'Observer',
        permissions: observer
    },
    {
        code: 'passive',
        name: 'Passive',
        permissions: passive
    },
    {
        code: 'active',
        name: 'Active',
        permissions: active
    },
    {
        code: 'active_extended',
        name: 'Active extended',
        permissions: activeExtended
    }
];
const STAFF_ROLE_PERMISSIONS = {
    sales_rep: [
        ...activeExtended,
        'staff.customers.view',
        'staff.orders.onBehalf',
        'staff.discounts.grant'
    ],
    admin: [
        ...CUSTOMER_PERMISSIONS,
        ...STAFF_PERMISSIONS
    ]
};

//# sourceMappingURL=permissions.js.map