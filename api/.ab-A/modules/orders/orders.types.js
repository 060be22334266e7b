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
    get CancelOrderInput () {
        return CancelOrderInput;
    },
    get DeliveryAddressInput () {
        return DeliveryAddressInput;
    },
    get DeliveryAddressType () {
        return DeliveryAddressType;
    },
    get DiscountInputType () {
        return DiscountInputType;
    },
    get OrderConnection () {
        return OrderConnection;
    },
    get OrderHistoryEntryType () {
        return OrderHistoryEntryType;
    },
    get OrderKindEnum () {
        return OrderKindEnum;
    },
    get OrderLineInput () {
        return OrderLineInput;
    },
    get OrderLineType () {
        return OrderLineType;
    },
    get OrderResult () {
        return OrderResult;
    },
    get OrderStatusEnum () {
        return _livetypes.OrderStatusEnum;
    },
    get OrderType () {
        return OrderType;
    },
    get PlaceOrderInput () {
        return PlaceOrderInput;
    },
    get PlaceOrderResult () {
        return PlaceOrderResult;
    },
    get RegisterPaymentInput () {
        return RegisterPaymentInput;
    },
    get SetOrderStatusInput () {
        return SetOrderStatusInput;
    },
    get UpdateOrderInput () {
        return UpdateOrderInput;
    },
    get UpdateOrderLinesInput () {
        return UpdateOrderLinesInput;
    },
    get UpdateOrderLinesResult () {
        return UpdateOrderLinesResult;
    },
    get toLineType () {
        return toLineType;
    },
    get toOrderType () {
        return toOrderType;
    }
});
const _typegraphql = require("type-graphql");
const _connection = require("../../graphql/connection");
const _errorstypes = require("../../graphql/errors.types");
const _fieldguard = require("../../graphql/field-guard");
const _money = require("../../graphql/money");
const _currency = require("../pricing/currency");
const _livetypes = require("../live/live.types");
const _orderserrors = require("./orders.errors");
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
var OrderKindEnum = /*#__PURE__*/ function(OrderKindEnum) {
    OrderKindEnum["ORDER"] = "order";
    OrderKindEnum["PROFORMA"] = "proforma";
    return OrderKindEnum;
}({});
(0, _typegraphql.registerEnumType)(OrderKindEnum, {
    name: 'OrderKind',
    description: 'An order, or a proforma whose goods are reserved until paid or expired.'
});
let DeliveryAddressType = class DeliveryAddressType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressType.prototype, "street", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressType.prototype, "postalCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressType.prototype, "city", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressType.prototype, "country", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressType.prototype, "phone", void 0);
DeliveryAddressType = _ts_decorate([
    (0, _typegraphql.ObjectType)('DeliveryAddress')
], DeliveryAddressType);
let DeliveryAddressInput = class DeliveryAddressInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressInput.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressInput.prototype, "street", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressInput.prototype, "postalCode", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressInput.prototype, "city", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'ISO 3166-1 alpha-2'
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressInput.prototype, "country", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], DeliveryAddressInput.prototype, "phone", void 0);
DeliveryAddressInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], DeliveryAddressInput);
let OrderLineType = class OrderLineType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], OrderLineType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], OrderLineType.prototype, "lineNo", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], OrderLineType.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], OrderLineType.prototype, "sku", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderLineType.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], OrderLineType.prototype, "quantity", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money, {
        description: 'Price-list unit price, net.'
    }),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderLineType.prototype, "listNet", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderLineType.prototype, "unitNet", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderLineType.prototype, "unitGross", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money, {
        description: 'What manual discounts took off the line, net.'
    }),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderLineType.prototype, "manualDiscount", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderLineType.prototype, "lineNet", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderLineType.prototype, "lineGross", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'VAT rate in percent, decimal text.'
    }),
    _ts_metadata("design:type", String)
], OrderLineType.prototype, "vatRate", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>String, {
        description: 'The price rule that won.'
    }),
    _ts_metadata("design:type", String)
], OrderLineType.prototype, "priceRule", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderLineType.prototype, "note", void 0);
OrderLineType = _ts_decorate([
    (0, _typegraphql.ObjectType)('OrderLine', {
        simpleResolvers: true
    })
], OrderLineType);
let OrderType = class OrderType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], OrderType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], OrderType.prototype, "number", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>OrderKindEnum),
    _ts_metadata("design:type", String)
], OrderType.prototype, "kind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_livetypes.OrderStatusEnum),
    _ts_metadata("design:type", typeof _livetypes.OrderStatusEnum === "undefined" ? Object : _livetypes.OrderStatusEnum)
], OrderType.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], OrderType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The customer’s user the order is for.'
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "placedByUserId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'The sales rep who placed it on the customer’s behalf.'
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "repUserId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], OrderType.prototype, "idempotencyKey", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "poNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "note", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>DeliveryAddressType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "deliveryAddress", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "shippingMethod", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'YYYY-MM-DD'
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "requestedDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], OrderType.prototype, "currency", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderType.prototype, "totalNet", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderType.prototype, "totalGross", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_money.Money, {
        description: 'What manual discounts took off, net.'
    }),
    _ts_metadata("design:type", typeof _money.Money === "undefined" ? Object : _money.Money)
], OrderType.prototype, "totalDiscount", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Why the credit policy warned, when it did.'
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "creditWarning", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "paidAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'The ERP’s document number once it acknowledged the order.'
    }),
    _ts_metadata("design:type", Object)
], OrderType.prototype, "erpNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], OrderType.prototype, "placedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], OrderType.prototype, "updatedAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        description: 'Grows by one with every change; pass it back as expectedVersion to refuse stale edits.'
    }),
    _ts_metadata("design:type", Number)
], OrderType.prototype, "version", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            OrderLineType
        ]),
    _ts_metadata("design:type", Array)
], OrderType.prototype, "lines", void 0);
OrderType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Order')
], OrderType);
let OrderHistoryEntryType = class OrderHistoryEntryType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], OrderHistoryEntryType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_livetypes.OrderStatusEnum, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderHistoryEntryType.prototype, "fromStatus", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_livetypes.OrderStatusEnum),
    _ts_metadata("design:type", typeof _livetypes.OrderStatusEnum === "undefined" ? Object : _livetypes.OrderStatusEnum)
], OrderHistoryEntryType.prototype, "toStatus", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], OrderHistoryEntryType.prototype, "at", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderHistoryEntryType.prototype, "byUserId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderHistoryEntryType.prototype, "byName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'customer, rep, staff, apiKey, erp or system'
    }),
    _ts_metadata("design:type", String)
], OrderHistoryEntryType.prototype, "byKind", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderHistoryEntryType.prototype, "reason", void 0);
OrderHistoryEntryType = _ts_decorate([
    (0, _typegraphql.ObjectType)('OrderHistoryEntry', {
        description: 'One status change: who, when, why.'
    })
], OrderHistoryEntryType);
const OrderConnection = (0, _connection.connectionType)('Order', OrderType);
function toLineType(l, currency) {
    return Object.assign(new OrderLineType(), {
        id: l.id,
        lineNo: l.lineNo,
        productId: l.productId,
        sku: l.sku,
        warehouseId: l.warehouseId,
        quantity: l.quantity,
        listNet: (0, _money.toMoney)(l.listNetMinor, currency),
        unitNet: (0, _money.toMoney)(l.unitNetMinor, currency),
        unitGross: (0, _money.toMoney)(l.unitGrossMinor, currency),
        manualDiscount: (0, _money.toMoney)(l.manualDiscountMinor, currency),
        lineNet: (0, _money.toMoney)(l.lineNetMinor, currency),
        lineGross: (0, _money.toMoney)(l.lineGrossMinor, currency),
        vatRate: (0, _currency.formatBasisPoints)(l.vatRateBp),
        priceRule: l.rule,
        note: l.note
    });
}
function toOrderType(o) {
    const a = o.deliveryAddress;
    return Object.assign(new OrderType(), {
        id: o.id,
        number: o.number,
        kind: o.kind,
        status: o.status,
        companyId: o.companyId,
        placedByUserId: o.placedByUserId,
        repUserId: o.repUserId,
        idempotencyKey: o.idempotencyKey,
        poNumber: o.poNumber,
        note: o.note,
        deliveryAddress: a ? Object.assign(new DeliveryAddressType(), {
            name: a.name ?? null,
            street: a.street ?? null,
            postalCode: a.postalCode ?? null,
            city: a.city ?? null,
            country: a.country ?? null,
            phone: a.phone ?? null
        }) : null,
        shippingMethod: o.shippingMethod,
        requestedDate: o.requestedDate,
        currency: o.currency,
        totalNet: (0, _money.toMoney)(o.netMinor, o.currency),
        totalGross: (0, _money.toMoney)(o.grossMinor, o.currency),
        totalDiscount: (0, _money.toMoney)(o.discountMinor, o.currency),
        creditWarning: o.creditWarning,
        paidAt: o.paidAt,
        erpNumber: o.erpNumber,
        placedAt: o.placedAt,
        updatedAt: o.updatedAt,
        version: o.version,
        lines: o.lines.map((l)=>toLineType(l, o.currency))
    });
}
let DiscountInputType = class DiscountInputType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true,
        description: 'Percent off, e.g. 7.5'
    }),
    _ts_metadata("design:type", Object)
], DiscountInputType.prototype, "percent", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Amount off as decimal text in the order’s currency (per unit on a line, on the net total for the order).'
    }),
    _ts_metadata("design:type", Object)
], DiscountInputType.prototype, "amount", void 0);
DiscountInputType = _ts_decorate([
    (0, _typegraphql.InputType)('DiscountInput', {
        description: 'A manual discount (sales reps only): a percentage or an amount, within the configured limit.'
    })
], DiscountInputType);
let OrderLineInput = class OrderLineInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], OrderLineInput.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], OrderLineInput.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Without one, the first warehouse that has the quantity.'
    }),
    _ts_metadata("design:type", Object)
], OrderLineInput.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderLineInput.prototype, "note", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>DiscountInputType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], OrderLineInput.prototype, "discount", void 0);
OrderLineInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], OrderLineInput);
let PlaceOrderInput = class PlaceOrderInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'Client-made key: the same key again returns the same order, never a second one.'
    }),
    _ts_metadata("design:type", String)
], PlaceOrderInput.prototype, "idempotencyKey", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Staff: the customer to act for. Customers: ignored unless it names another company.'
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            OrderLineInput
        ], {
        nullable: true,
        description: 'The lines; without them the basket is ordered (and emptied of them).'
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "lines", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "poNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'A note to the seller.'
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "note", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>DeliveryAddressInput, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "deliveryAddress", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "shippingMethod", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'YYYY-MM-DD'
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "requestedDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>DiscountInputType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "discount", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'A rep: the customer’s user the order is for.'
    }),
    _ts_metadata("design:type", Object)
], PlaceOrderInput.prototype, "customerUserId", void 0);
PlaceOrderInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], PlaceOrderInput);
let CancelOrderInput = class CancelOrderInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], CancelOrderInput.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], CancelOrderInput.prototype, "reason", void 0);
CancelOrderInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], CancelOrderInput);
let UpdateOrderInput = class UpdateOrderInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], UpdateOrderInput.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateOrderInput.prototype, "poNumber", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateOrderInput.prototype, "note", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>DeliveryAddressInput, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateOrderInput.prototype, "deliveryAddress", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateOrderInput.prototype, "shippingMethod", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateOrderInput.prototype, "requestedDate", void 0);
UpdateOrderInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], UpdateOrderInput);
let UpdateOrderLinesInput = class UpdateOrderLinesInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], UpdateOrderLinesInput.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            OrderLineInput
        ], {
        description: 'Every line the order keeps or gains: lines left out are removed. A line without a warehouse stays where the product was.'
    }),
    _ts_metadata("design:type", Array)
], UpdateOrderLinesInput.prototype, "lines", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>DiscountInputType, {
        nullable: true,
        description: 'Sales reps: a discount for the whole order, as at placement.'
    }),
    _ts_metadata("design:type", Object)
], UpdateOrderLinesInput.prototype, "discount", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int, {
        nullable: true,
        description: 'The order’s version as last read; the change is refused if the order changed since.'
    }),
    _ts_metadata("design:type", Object)
], UpdateOrderLinesInput.prototype, "expectedVersion", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true,
        description: 'Why, for the order’s history.'
    }),
    _ts_metadata("design:type", Object)
], UpdateOrderLinesInput.prototype, "reason", void 0);
UpdateOrderLinesInput = _ts_decorate([
    (0, _typegraphql.InputType)({
        description: 'The lines an order should have from now on (while it is new).'
    })
], UpdateOrderLinesInput);
let SetOrderStatusInput = class SetOrderStatusInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], SetOrderStatusInput.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_livetypes.OrderStatusEnum),
    _ts_metadata("design:type", typeof _livetypes.OrderStatusEnum === "undefined" ? Object : _livetypes.OrderStatusEnum)
], SetOrderStatusInput.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], SetOrderStatusInput.prototype, "reason", void 0);
SetOrderStatusInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], SetOrderStatusInput);
let RegisterPaymentInput = class RegisterPaymentInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], RegisterPaymentInput.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'The payment’s reference (bank transfer title, ERP document).'
    }),
    _ts_metadata("design:type", String)
], RegisterPaymentInput.prototype, "reference", void 0);
RegisterPaymentInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], RegisterPaymentInput);
const PlaceOrderResult = (0, _typegraphql.createUnionType)({
    name: 'PlaceOrderResult',
    types: ()=>[
            OrderType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError,
            _orderserrors.InsufficientStockError,
            _orderserrors.MinimumQuantityError,
            _orderserrors.ProductUnavailableError,
            _orderserrors.CreditLimitExceededError,
            _orderserrors.OverdueInvoicesError,
            _orderserrors.DiscountLimitExceededError,
            _orderserrors.EmptyBasketError
        ]
});
const UpdateOrderLinesResult = (0, _typegraphql.createUnionType)({
    name: 'UpdateOrderLinesResult',
    types: ()=>[
            OrderType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError,
            _orderserrors.InvalidTransitionError,
            _orderserrors.OrderVersionConflictError,
            _orderserrors.EmptyOrderError,
            _orderserrors.InsufficientStockError,
            _orderserrors.MinimumQuantityError,
            _orderserrors.ProductUnavailableError,
            _orderserrors.CreditLimitExceededError,
            _orderserrors.OverdueInvoicesError,
            _orderserrors.DiscountLimitExceededError
        ]
});
const OrderResult = (0, _typegraphql.createUnionType)({
    name: 'OrderResult',
    types: ()=>[
            OrderType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError,
            _orderserrors.InvalidTransitionError
        ]
});

//# sourceMappingURL=orders.types.js.map