/**
 * The ERP port (DESIGN.md §7). One interface, many adapters: the Kontor bridge protocol over HTTP
 * (bridge/), EDI++ files (edi/), and whatever an integrator adds. The sync engine speaks only to this.
 *
 * Canonical documents are the bridge protocol v1 documents (docs/bridge-protocol/schemas/*.json);
 * an adapter maps its ERP's format into them. Money is integer minor units plus an ISO 4217 currency;
 * rates are basis points (2300 = 23 %); quantities are decimal numbers (3 decimals at most);
 * timestamps are ISO-8601 strings with a zone.
 */ /** Every entity the engine pulls, in the order a full import applies them (parents first). */ "use strict";
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
    get ERP_ENTITIES () {
        return ERP_ENTITIES;
    },
    get ErpAmbiguousError () {
        return ErpAmbiguousError;
    },
    get ErpRejectedError () {
        return ErpRejectedError;
    },
    get ErpUnavailableError () {
        return ErpUnavailableError;
    }
});
const ERP_ENTITIES = [
    'categories',
    'characteristics',
    'warehouses',
    'products',
    'priceLists',
    'prices',
    'customers',
    'tradeTerms',
    'promotions',
    'stock',
    'orderStatuses',
    'invoices',
    'payments',
    'balances'
];
let ErpUnavailableError = class ErpUnavailableError extends Error {
    constructor(message){
        super(message), this.transient = true;
        this.name = 'ErpUnavailableError';
    }
};
let ErpAmbiguousError = class ErpAmbiguousError extends Error {
    constructor(message){
        super(message), this.transient = true;
        this.name = 'ErpAmbiguousError';
    }
};
let ErpRejectedError = class ErpRejectedError extends Error {
    constructor(message, details){
        super(message), this.details = details, this.transient = false;
        this.name = 'ErpRejectedError';
    }
};

//# sourceMappingURL=erp-connector.js.map