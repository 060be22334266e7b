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
    get AddToBasketInput () {
        return AddToBasketInput;
    },
    get AddToBasketResult () {
        return AddToBasketResult;
    },
    get BasketChangeResult () {
        return BasketChangeResult;
    },
    get BasketLineAddedType () {
        return BasketLineAddedType;
    },
    get BasketLineRefInput () {
        return BasketLineRefInput;
    },
    get BasketLineType () {
        return BasketLineType;
    },
    get BasketListEnum () {
        return BasketListEnum;
    },
    get BasketResult () {
        return BasketResult;
    },
    get BasketType () {
        return BasketType;
    },
    get ClearBasketInput () {
        return ClearBasketInput;
    },
    get MoveBasketLineInput () {
        return MoveBasketLineInput;
    },
    get QuickOrderInput () {
        return QuickOrderInput;
    },
    get QuickOrderLineType () {
        return QuickOrderLineType;
    },
    get QuickOrderReportType () {
        return QuickOrderReportType;
    },
    get QuickOrderResult () {
        return QuickOrderResult;
    },
    get ReorderInput () {
        return ReorderInput;
    },
    get UpdateBasketLineInput () {
        return UpdateBasketLineInput;
    },
    get toBasketType () {
        return toBasketType;
    },
    get toReportType () {
        return toReportType;
    }
});
const _typegraphql = require("type-graphql");
const _commontypes = require("../../graphql/common.types");
const _fieldguard = require("../../graphql/field-guard");
const _errorstypes = require("../../graphql/errors.types");
const _orderserrors = require("../orders/orders.errors");
const _pricingtypes = require("../pricing/pricing.types");
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
var BasketListEnum = /*#__PURE__*/ function(BasketListEnum) {
    BasketListEnum["BASKET"] = "BASKET";
    BasketListEnum["SAVED"] = "SAVED";
    return BasketListEnum;
}({});
(0, _typegraphql.registerEnumType)(BasketListEnum, {
    name: 'BasketList',
    description: 'The basket, or the saved-for-later list.'
});
let BasketLineType = class BasketLineType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], BasketLineType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>BasketListEnum),
    _ts_metadata("design:type", String)
], BasketLineType.prototype, "list", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], BasketLineType.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], BasketLineType.prototype, "sku", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], BasketLineType.prototype, "name", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], BasketLineType.prototype, "unit", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], BasketLineType.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], BasketLineType.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], BasketLineType.prototype, "note", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], BasketLineType.prototype, "minQuantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], BasketLineType.prototype, "stepQuantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'Available now in the chosen warehouse (or all of them).'
    }),
    _ts_metadata("design:type", Number)
], BasketLineType.prototype, "available", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            String
        ], {
        description: 'PRODUCT_UNAVAILABLE, QUANTITY_RULE, INSUFFICIENT_STOCK, NO_PRICE — empty when the line can be ordered.'
    }),
    _ts_metadata("design:type", Array)
], BasketLineType.prototype, "issues", void 0);
_ts_decorate([
    (0, _fieldguard.RequiresPermission)('prices.view'),
    (0, _typegraphql.Field)(()=>_pricingtypes.CustomerPriceType, {
        nullable: true,
        description: 'The customer’s unit price now (needs prices.view).'
    }),
    _ts_metadata("design:type", Object)
], BasketLineType.prototype, "price", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], BasketLineType.prototype, "updatedAt", void 0);
BasketLineType = _ts_decorate([
    (0, _typegraphql.ObjectType)('BasketLine')
], BasketLineType);
let BasketType = class BasketType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], BasketType.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            BasketLineType
        ]),
    _ts_metadata("design:type", Array)
], BasketType.prototype, "lines", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            BasketLineType
        ]),
    _ts_metadata("design:type", Array)
], BasketType.prototype, "saved", void 0);
BasketType = _ts_decorate([
    (0, _typegraphql.ObjectType)('Basket', {
        description: 'The acting user’s basket and saved-for-later list for one customer, the same on every device.'
    })
], BasketType);
let BasketLineAddedType = class BasketLineAddedType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], BasketLineAddedType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], BasketLineAddedType.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        description: 'The line’s quantity after adding.'
    }),
    _ts_metadata("design:type", Number)
], BasketLineAddedType.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], BasketLineAddedType.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>BasketListEnum),
    _ts_metadata("design:type", String)
], BasketLineAddedType.prototype, "list", void 0);
BasketLineAddedType = _ts_decorate([
    (0, _typegraphql.ObjectType)('BasketLineAdded', {
        simpleResolvers: true
    })
], BasketLineAddedType);
let QuickOrderLineType = class QuickOrderLineType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], QuickOrderLineType.prototype, "lineNo", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], QuickOrderLineType.prototype, "raw", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], QuickOrderLineType.prototype, "sku", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], QuickOrderLineType.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'ADDED, UNKNOWN_SKU, BAD_QUANTITY, UNPARSEABLE, UNAVAILABLE or QUANTITY_RULE'
    }),
    _ts_metadata("design:type", String)
], QuickOrderLineType.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], QuickOrderLineType.prototype, "message", void 0);
QuickOrderLineType = _ts_decorate([
    (0, _typegraphql.ObjectType)('QuickOrderLine', {
        simpleResolvers: true
    })
], QuickOrderLineType);
let QuickOrderReportType = class QuickOrderReportType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], QuickOrderReportType.prototype, "added", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Int),
    _ts_metadata("design:type", Number)
], QuickOrderReportType.prototype, "rejected", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            QuickOrderLineType
        ]),
    _ts_metadata("design:type", Array)
], QuickOrderReportType.prototype, "lines", void 0);
QuickOrderReportType = _ts_decorate([
    (0, _typegraphql.ObjectType)('QuickOrderReport', {
        description: 'What happened to every line of a quick order or reorder.'
    })
], QuickOrderReportType);
let AddToBasketInput = class AddToBasketInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], AddToBasketInput.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], AddToBasketInput.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AddToBasketInput.prototype, "warehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], AddToBasketInput.prototype, "note", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>BasketListEnum, {
        nullable: true,
        defaultValue: "BASKET"
    }),
    _ts_metadata("design:type", Object)
], AddToBasketInput.prototype, "list", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'Staff: the customer to act for.'
    }),
    _ts_metadata("design:type", Object)
], AddToBasketInput.prototype, "companyId", void 0);
AddToBasketInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], AddToBasketInput);
let UpdateBasketLineInput = class UpdateBasketLineInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], UpdateBasketLineInput.prototype, "lineId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateBasketLineInput.prototype, "quantity", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], UpdateBasketLineInput.prototype, "note", void 0);
UpdateBasketLineInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], UpdateBasketLineInput);
let BasketLineRefInput = class BasketLineRefInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], BasketLineRefInput.prototype, "lineId", void 0);
BasketLineRefInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], BasketLineRefInput);
let MoveBasketLineInput = class MoveBasketLineInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], MoveBasketLineInput.prototype, "lineId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>BasketListEnum),
    _ts_metadata("design:type", String)
], MoveBasketLineInput.prototype, "to", void 0);
MoveBasketLineInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], MoveBasketLineInput);
let ClearBasketInput = class ClearBasketInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ClearBasketInput.prototype, "companyId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>BasketListEnum, {
        nullable: true,
        defaultValue: "BASKET"
    }),
    _ts_metadata("design:type", Object)
], ClearBasketInput.prototype, "list", void 0);
ClearBasketInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ClearBasketInput);
let QuickOrderInput = class QuickOrderInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: '`SKU;quantity` lines, or CSV (`,` `;` or tab; a header row is allowed).'
    }),
    _ts_metadata("design:type", String)
], QuickOrderInput.prototype, "text", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], QuickOrderInput.prototype, "companyId", void 0);
QuickOrderInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], QuickOrderInput);
let ReorderInput = class ReorderInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ReorderInput.prototype, "orderId", void 0);
ReorderInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], ReorderInput);
const BasketResult = (0, _typegraphql.createUnionType)({
    name: 'BasketResult',
    types: ()=>[
            BasketType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
const AddToBasketResult = (0, _typegraphql.createUnionType)({
    name: 'AddToBasketResult',
    types: ()=>[
            BasketLineAddedType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError,
            _orderserrors.ProductUnavailableError
        ]
});
const BasketChangeResult = (0, _typegraphql.createUnionType)({
    name: 'BasketChangeResult',
    types: ()=>[
            _commontypes.Done,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
const QuickOrderResult = (0, _typegraphql.createUnionType)({
    name: 'QuickOrderResult',
    types: ()=>[
            QuickOrderReportType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
const lineType = (l)=>Object.assign(new BasketLineType(), {
        ...l,
        list: l.list.toUpperCase(),
        price: l.price ? (0, _pricingtypes.toCustomerPriceType)(l.price) : null
    });
const toBasketType = (b)=>Object.assign(new BasketType(), {
        companyId: b.companyId,
        lines: b.lines.map(lineType),
        saved: b.saved.map(lineType)
    });
const toReportType = (lines)=>Object.assign(new QuickOrderReportType(), {
        added: lines.filter((l)=>l.status === 'ADDED').length,
        rejected: lines.filter((l)=>l.status !== 'ADDED').length,
        lines: lines.map((l)=>Object.assign(new QuickOrderLineType(), l))
    });

//# sourceMappingURL=baskets.types.js.map