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
    get METHOD_IN () {
        return METHOD_IN;
    },
    get RequestShipmentInput () {
        return RequestShipmentInput;
    },
    get ShipmentMethodEnum () {
        return ShipmentMethodEnum;
    },
    get ShipmentRequestType () {
        return ShipmentRequestType;
    },
    get ShipmentResult () {
        return ShipmentResult;
    },
    get TransferLineType () {
        return TransferLineType;
    },
    get TransferRequestType () {
        return TransferRequestType;
    },
    get toShipmentType () {
        return toShipmentType;
    }
});
const _typegraphql = require("type-graphql");
const _errorstypes = require("../../graphql/errors.types");
const _orderstypes = require("../orders/orders.types");
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
var ShipmentMethodEnum = /*#__PURE__*/ function(ShipmentMethodEnum) {
    ShipmentMethodEnum["PICKUP"] = "PICKUP";
    ShipmentMethodEnum["CARRIER_DEPOT"] = "CARRIER_DEPOT";
    ShipmentMethodEnum["CARRIER_DELIVERY"] = "CARRIER_DELIVERY";
    ShipmentMethodEnum["OWN_DELIVERY"] = "OWN_DELIVERY";
    return ShipmentMethodEnum;
}({});
(0, _typegraphql.registerEnumType)(ShipmentMethodEnum, {
    name: 'ShipmentMethod',
    description: 'Pick-up at a warehouse, delivery to a carrier’s depot, carrier delivery, or the wholesaler’s own delivery.'
});
let TransferLineType = class TransferLineType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], TransferLineType.prototype, "productId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], TransferLineType.prototype, "sku", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.Float),
    _ts_metadata("design:type", Number)
], TransferLineType.prototype, "quantity", void 0);
TransferLineType = _ts_decorate([
    (0, _typegraphql.ObjectType)('TransferLine', {
        simpleResolvers: true
    })
], TransferLineType);
let TransferRequestType = class TransferRequestType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], TransferRequestType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], TransferRequestType.prototype, "fromWarehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], TransferRequestType.prototype, "toWarehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            TransferLineType
        ]),
    _ts_metadata("design:type", Array)
], TransferRequestType.prototype, "lines", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], TransferRequestType.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], TransferRequestType.prototype, "createdAt", void 0);
TransferRequestType = _ts_decorate([
    (0, _typegraphql.ObjectType)('TransferRequest', {
        description: 'Goods the ERP is asked to move to the pick-up warehouse.'
    })
], TransferRequestType);
let ShipmentRequestType = class ShipmentRequestType {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ShipmentRequestType.prototype, "id", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], ShipmentRequestType.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ShipmentMethodEnum),
    _ts_metadata("design:type", String)
], ShipmentRequestType.prototype, "method", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequestType.prototype, "pickupWarehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_orderstypes.DeliveryAddressType, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequestType.prototype, "address", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ShipmentRequestType.prototype, "contactName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequestType.prototype, "contactPhone", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'YYYY-MM-DD'
    }),
    _ts_metadata("design:type", String)
], ShipmentRequestType.prototype, "requestedDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], ShipmentRequestType.prototype, "note", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], ShipmentRequestType.prototype, "status", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>Date),
    _ts_metadata("design:type", typeof Date === "undefined" ? Object : Date)
], ShipmentRequestType.prototype, "createdAt", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>[
            TransferRequestType
        ]),
    _ts_metadata("design:type", Array)
], ShipmentRequestType.prototype, "transfers", void 0);
ShipmentRequestType = _ts_decorate([
    (0, _typegraphql.ObjectType)('ShipmentRequest')
], ShipmentRequestType);
let RequestShipmentInput = class RequestShipmentInput {
};
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID),
    _ts_metadata("design:type", String)
], RequestShipmentInput.prototype, "orderId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], RequestShipmentInput.prototype, "idempotencyKey", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>ShipmentMethodEnum),
    _ts_metadata("design:type", String)
], RequestShipmentInput.prototype, "method", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_typegraphql.ID, {
        nullable: true,
        description: 'For a pick-up: where.'
    }),
    _ts_metadata("design:type", Object)
], RequestShipmentInput.prototype, "pickupWarehouseId", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>_orderstypes.DeliveryAddressInput, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], RequestShipmentInput.prototype, "address", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String),
    _ts_metadata("design:type", String)
], RequestShipmentInput.prototype, "contactName", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], RequestShipmentInput.prototype, "contactPhone", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        description: 'YYYY-MM-DD'
    }),
    _ts_metadata("design:type", String)
], RequestShipmentInput.prototype, "requestedDate", void 0);
_ts_decorate([
    (0, _typegraphql.Field)(()=>String, {
        nullable: true
    }),
    _ts_metadata("design:type", Object)
], RequestShipmentInput.prototype, "note", void 0);
RequestShipmentInput = _ts_decorate([
    (0, _typegraphql.InputType)()
], RequestShipmentInput);
const ShipmentResult = (0, _typegraphql.createUnionType)({
    name: 'ShipmentResult',
    types: ()=>[
            ShipmentRequestType,
            _errorstypes.NotFoundError,
            _errorstypes.ValidationError
        ]
});
const METHOD_IN = {
    PICKUP: 'pickup',
    CARRIER_DEPOT: 'carrierDepot',
    CARRIER_DELIVERY: 'carrierDelivery',
    OWN_DELIVERY: 'ownDelivery'
};
const METHOD_OUT = Object.fromEntries(Object.entries(METHOD_IN).map(([k, v])=>[
        v,
        k
    ]));
function toShipmentType(s) {
    const a = s.address;
    return Object.assign(new ShipmentRequestType(), {
        ...s,
        method: METHOD_OUT[s.method],
        address: a ? Object.assign(new _orderstypes.DeliveryAddressType(), {
            name: a.name ?? null,
            street: a.street ?? null,
            postalCode: a.postalCode ?? null,
            city: a.city ?? null,
            country: a.country ?? null,
            phone: a.phone ?? null
        }) : null,
        transfers: s.transfers.map((t)=>Object.assign(new TransferRequestType(), {
                ...t,
                lines: t.lines.map((l)=>Object.assign(new TransferLineType(), l))
            }))
    });
}

//# sourceMappingURL=shipments.types.js.map