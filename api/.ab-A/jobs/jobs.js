/**
 * The job contract (DESIGN.md §11.4): every job name with its payload (JSON, ids only) and its queue.
 * workers/src/registry.ts must give exactly one handler per name; the compiler and a start-up check hold it.
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
    get JOB_NAMES () {
        return JOB_NAMES;
    },
    get JOB_QUEUE () {
        return JOB_QUEUE;
    },
    get QUEUES () {
        return QUEUES;
    }
});
const QUEUES = [
    'erp',
    'reservations',
    'notifications',
    'maintenance'
];
const JOB_QUEUE = {
    'accounts.purgeExpiredTokens': 'maintenance',
    'erp.sync': 'erp',
    'erp.reconcile': 'erp',
    'erp.relayOutbox': 'erp',
    'erp.deliverOutbox': 'erp',
    'erp.fetchInvoicePdfs': 'erp',
    'reservations.expire': 'reservations',
    'reservations.warn': 'reservations',
    'reservations.sweep': 'reservations'
};
const JOB_NAMES = Object.keys(JOB_QUEUE);

//# sourceMappingURL=jobs.js.map