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
    get Int () {
        return _typegraphql.Int;
    },
    get connectionType () {
        return connectionType;
    },
    get toConnection () {
        return toConnection;
    }
});
const _typegraphql = require("type-graphql");
const _commontypes = require("./common.types");
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
function connectionType(name, Node) {
    let Edge = class Edge {
    };
    _ts_decorate([
        (0, _typegraphql.Field)(()=>String),
        _ts_metadata("design:type", String)
    ], Edge.prototype, "cursor", void 0);
    _ts_decorate([
        (0, _typegraphql.Field)(()=>Node),
        _ts_metadata("design:type", typeof T === "undefined" ? Object : T)
    ], Edge.prototype, "node", void 0);
    Edge = _ts_decorate([
        (0, _typegraphql.ObjectType)(`${name}Edge`, {
            simpleResolvers: true
        })
    ], Edge);
    let Connection = class Connection {
    };
    _ts_decorate([
        (0, _typegraphql.Field)(()=>[
                Edge
            ]),
        _ts_metadata("design:type", Array)
    ], Connection.prototype, "edges", void 0);
    _ts_decorate([
        (0, _typegraphql.Field)(()=>_commontypes.PageInfo),
        _ts_metadata("design:type", typeof _commontypes.PageInfo === "undefined" ? Object : _commontypes.PageInfo)
    ], Connection.prototype, "pageInfo", void 0);
    Connection = _ts_decorate([
        (0, _typegraphql.ObjectType)(`${name}Connection`, {
            simpleResolvers: true
        })
    ], Connection);
    return Connection;
}
function toConnection(page, map) {
    return {
        edges: page.nodes.map((n, i)=>({
                cursor: page.cursors[i],
                node: map(n)
            })),
        pageInfo: {
            hasNextPage: page.hasNextPage,
            endCursor: page.endCursor
        }
    };
}

//# sourceMappingURL=connection.js.map