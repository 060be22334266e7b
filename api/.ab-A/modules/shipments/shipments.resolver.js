"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "ShipmentsResolver", {
    enumerable: true,
    get: function() {
        return ShipmentsResolver;
    }
});
const _typegraphql = require("type-graphql");
const _policy = require("../../graphql/policy");
const _orderserrors = require("../orders/orders.errors");
const _shipmentstypes = require("./shipments.types");
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
function _ts_param(paramIndex, decorator) {
    return function(target, key) {
        decorator(target, key, paramIndex);
    };
}
let ShipmentsResolver = class ShipmentsResolver {
    constructor(shipments){
        this.shipments = shipments;
    }
    async requestShipment(input, ctx) {
        const o = await this.shipments.request(ctx, {
            ...input,
            method: _shipmentstypes.METHOD_IN[input.method],
            address: input.address ? {
                ...input.address
            } : null
        });
        return o.kind === 'ok' ? (0, _shipmentstypes.toShipmentType)(o.value) : (0, _orderserrors.failureType)(o);
    }
};
_ts_decorate([
    (0, _policy.Policy)({
        permissions: [
            'shipments.request'
        ]
    }),
    (0, _typegraphql.Mutation)(()=>_shipmentstypes.ShipmentResult, {
        description: 'Asks for the goods of a reserved or paid proforma, or of an order, to be shipped or collected.'
    }),
    _ts_param(0, (0, _typegraphql.Arg)('input', ()=>_shipmentstypes.RequestShipmentInput)),
    _ts_param(1, (0, _typegraphql.Ctx)()),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof _shipmentstypes.RequestShipmentInput === "undefined" ? Object : _shipmentstypes.RequestShipmentInput,
        typeof Ctx === "undefined" ? Object : Ctx
    ]),
    _ts_metadata("design:returntype", Promise)
], ShipmentsResolver.prototype, "requestShipment", null);
ShipmentsResolver = _ts_decorate([
    (0, _typegraphql.Resolver)(),
    _ts_metadata("design:type", Function),
    _ts_metadata("design:paramtypes", [
        typeof ShipmentsService === "undefined" ? Object : ShipmentsService
    ])
], ShipmentsResolver);

//# sourceMappingURL=shipments.resolver.js.map