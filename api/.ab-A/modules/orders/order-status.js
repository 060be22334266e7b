"use strict";
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
    get ORDER_STATUSES () {
        return ORDER_STATUSES;
    },
    get ORDER_TRANSITIONS () {
        return ORDER_TRANSITIONS;
    },
    get canTransition () {
        return canTransition;
    },
    get isOrderStatus () {
        return isOrderStatus;
    }
});
const ORDER_STATUSES = [
    'new',
    'received',
    'accepted',
    'fulfilled',
    'cancelled'
];
const ORDER_TRANSITIONS = {
    new: {
        received: [
            'erp',
            'staff',
            'system'
        ],
        accepted: [
            'erp',
            'staff',
            'system'
        ],
        cancelled: [
            'customer',
            'apiKey',
            'rep',
            'staff',
            'erp',
            'system'
        ]
    },
    received: {
        accepted: [
            'erp',
            'staff',
            'system'
        ],
        cancelled: [
            'customer',
            'apiKey',
            'rep',
            'staff',
            'erp',
            'system'
        ]
    },
    accepted: {
        fulfilled: [
            'erp',
            'staff',
            'system'
        ],
        cancelled: [
            'staff',
            'erp',
            'system'
        ]
    },
    fulfilled: {},
    cancelled: {}
};
function canTransition(from, to, by) {
    const who = ORDER_TRANSITIONS[from]?.[to];
    if (!who) return 'illegal';
    return who.includes(by) ? 'ok' : 'notAllowed';
}
const isOrderStatus = (s)=>ORDER_STATUSES.includes(s);

//# sourceMappingURL=order-status.js.map