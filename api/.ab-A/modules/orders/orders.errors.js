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
    get CreditLimitExceededError () {
        return CreditLimitExceededError;
    },
    get DiscountLimitExceededError () {
        return DiscountLimitExceededError;
    },
    get EmptyBasketError () {
        return EmptyBasketError;
    },
    get EmptyOrderError () {
        return EmptyOrderError;
    },
    get InsufficientStockError () {
        return InsufficientStockError;
    },
    get InvalidTransitionError () {
        return InvalidTransitionError;
    },
    get MinimumQuantityError () {
        return MinimumQuantityError;
    },
    get OrderVersionConflictError () {
        return OrderVersionConflictError;
    },
    get OverdueInvoicesError () {
        return OverdueInvoicesError;
    },
    get ProductUnavailableError () {
        return ProductUnavailableError;
    },
    get StockShortageType () {
        return StockShortageType;
    },
    get failureType () {
        return failureType;
    }
});
const _typegraphql = require("type-graphql");
const _commontypes = require("../../graphql/common.types");
const _errorstypes = require("../../graphql/errors.types");
const _money = require("../../graphql/money");
function _ts_decorate(decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") {
        r = Reflect.decorate(decorators, target, key, desc);
    } else {
        for(var i = decorators.length - 1; i >= 0; i--){
            if (d = decorators[i]) {
                r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
            }
        }
    }
    return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function _ts_metadata(metadataKey, metadataValue) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") {
        return Reflect.metadata(metadataKey, metadataValue);
    }
}
let StockShortageType = class StockShortageType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], StockShortageType.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], StockShortageType.prototype, "sku", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The warehouse asked for, or none when no warehouse has enough.'
    }),
    _ts_metadata("design:type", Object)
], StockShortageType.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], StockShortageType.prototype, "requested", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], StockShortageType.prototype, "available", void 0);
StockShortageType = _ts_decorate([
    (0, _typegraphql.ObjectType)('StockShortage', {
        description: 'A line that cannot be served from stock: what was asked and what is available.'
    })
], StockShortageType);
let InsufficientStockError = class InsufficientStockError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            StockShortageType
        ]),
    _ts_metadata("design:type", Array)
], InsufficientStockError.prototype, "lines", void 0);
InsufficientStockError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'Not enough stock for some lines; nothing was reserved.'
    })
], InsufficientStockError);
let MinimumQuantityError = class MinimumQuantityError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], MinimumQuantityError.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], MinimumQuantityError.prototype, "sku", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], MinimumQuantityError.prototype, "minimum", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], MinimumQuantityError.prototype, "step", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], MinimumQuantityError.prototype, "requested", void 0);
MinimumQuantityError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'A quantity breaks the product’s minimum or step.'
    })
], MinimumQuantityError);
let ProductUnavailableError = class ProductUnavailableError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            _typegraphql.ID
        ]),
    _ts_metadata("design:type", Array)
], ProductUnavailableError.prototype, "productIds", void 0);
ProductUnavailableError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'Products no longer offered (or without a price for this customer).'
    })
], ProductUnavailableError);
let CreditLimitExceededError = class CreditLimitExceededError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], CreditLimitExceededError.prototype, "limit", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], CreditLimitExceededError.prototype, "exposure", void 0);
CreditLimitExceededError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'The order would exceed the customer’s credit limit and the policy blocks it.'
    })
], CreditLimitExceededError);
let OverdueInvoicesError = class OverdueInvoicesError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OverdueInvoicesError.prototype, "overdue", void 0);
OverdueInvoicesError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'The customer has overdue invoices and the policy blocks new orders.'
    })
], OverdueInvoicesError);
let DiscountLimitExceededError = class DiscountLimitExceededError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The limit in percent, decimal text.'
    }),
    _ts_metadata("design:type", String)
], DiscountLimitExceededError.prototype, "maxPercent", void 0);
DiscountLimitExceededError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'A manual discount above the allowed limit.'
    })
], DiscountLimitExceededError);
let InvalidTransitionError = class InvalidTransitionError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], InvalidTransitionError.prototype, "from", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], InvalidTransitionError.prototype, "to", void 0);
InvalidTransitionError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'The status change is not possible from the current status (or not by you).'
    })
], InvalidTransitionError);
const EmptyBasketError = (0, _errorstypes.defineUserError)('EmptyBasketError', 'EMPTY_BASKET', 'The basket has no lines to order.');
const EmptyOrderError = (0, _errorstypes.defineUserError)('EmptyOrderError', 'EMPTY_ORDER', 'An order keeps at least one line; to drop every line, cancel the order.');
let OrderVersionConflictError = class OrderVersionConflictError extends _commontypes.UserError {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], OrderVersionConflictError.prototype, "currentVersion", void 0);
OrderVersionConflictError = _ts_decorate([
    (0, _typegraphql.ObjectType)({
        implements: _commontypes.UserError,
        description: 'The order changed since it was read (its version moved on); read it again.'
    })
], OrderVersionConflictError);
const make = (cls, code, message, extra = {})=>Object.assign(new cls(), {
        code,
        message,
        ...extra
    });
function failureType(f) {
    switch(f.kind){
        case 'notFound':
            return _errorstypes.NotFoundError.of(`${f.what} was not found.`);
        case 'invalid':
            return _errorstypes.ValidationError.of(f.message);
        case 'insufficientStock':
            return make(InsufficientStockError, 'INSUFFICIENT_STOCK', 'Not enough stock for some lines.', {
                lines: f.lines.map((l)=>Object.assign(new StockShortageType(), l))
            });
        case 'quantityRule':
            return make(MinimumQuantityError, 'QUANTITY_RULE', `${f.sku} is sold from ${f.minimum} in steps of ${f.step}; ${f.requested} does not fit.`, {
                productId: f.productId,
                sku: f.sku,
                minimum: f.minimum,
                step: f.step,
                requested: f.requested
            });
        case 'productUnavailable':
            return make(ProductUnavailableError, 'PRODUCT_UNAVAILABLE', 'Some products are no longer offered.', {
                productIds: f.productIds
            });
        case 'creditLimit':
            return make(CreditLimitExceededError, 'CREDIT_LIMIT_EXCEEDED', f.message, {
                limit: (0, _money.toMoney)(f.limitMinor, f.currency),
                exposure: (0, _money.toMoney)(f.exposureMinor, f.currency)
            });
        case 'overdueInvoices':
            return make(OverdueInvoicesError, 'OVERDUE_INVOICES', f.message, {
                overdue: (0, _money.toMoney)(f.overdueMinor, f.currency)
            });
        case 'discountLimit':
            return make(DiscountLimitExceededError, 'DISCOUNT_LIMIT_EXCEEDED', f.message, {
                maxPercent: String(f.capBp / 100)
            });
        case 'transition':
            return make(InvalidTransitionError, 'INVALID_TRANSITION', f.message, {
                from: f.from,
                to: f.to
            });
        case 'emptyBasket':
            return EmptyBasketError.of('The basket is empty.');
        case 'emptyOrder':
            return EmptyOrderError.of('An order keeps at least one line; to drop every line, cancel the order.');
        case 'versionConflict':
            return make(OrderVersionConflictError, 'VERSION_CONFLICT', f.message, {
                currentVersion: f.currentVersion
            });
    }
}

//# sourceMappingURL=orders.errors.js.map