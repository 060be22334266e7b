"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "limitsRule", {
    enumerable: true,
    get: function() {
        return limitsRule;
    }
});
const _graphql = require("graphql");
/**
 * Depth and cost limits as validation rules: a query over either limit is refused before it runs, with a
 * message that says by how much. Cost counts every selected field, multiplied by how many times it can
 * occur: a field with a `first` argument multiplies what is under it by that page size (by the maximum
 * page size when it is a variable), and any other list by `DEFAULT_LIST_SIZE`. The `edges`/`nodes` of a
 * connection are counted by its `first`, not again.
 */ const DEFAULT_LIST_SIZE = 10;
const isList = (t)=>(0, _graphql.isNonNullType)(t) ? isList(t.ofType) : (0, _graphql.isListType)(t);
function walk(w, set, parent, depth, multiplier, paged, seen) {
    w.depth = Math.max(w.depth, depth);
    for (const sel of set.selections){
        if (sel.kind === _graphql.Kind.FIELD) {
            if (sel.name.value === '__typename') continue;
            const def = parent && ((0, _graphql.isObjectType)(parent) || (0, _graphql.isInterfaceType)(parent)) ? parent.getFields()[sel.name.value] : undefined;
            let m = multiplier;
            let pagedBelow = false;
            const first = sel.arguments?.find((a)=>a.name.value === 'first');
            if (first) {
                // a page over the maximum is refused by the resolver with a clearer message; cost it at the maximum
                m *= first.value.kind === _graphql.Kind.INT ? Math.min(Math.max(1, Number(first.value.value)), w.maxPageSize) : w.maxPageSize;
                pagedBelow = true;
            } else if (def && isList(def.type) && !(paged && (sel.name.value === 'edges' || sel.name.value === 'nodes'))) {
                m *= DEFAULT_LIST_SIZE;
            }
            w.cost += m;
            if (sel.selectionSet) walk(w, sel.selectionSet, def ? (0, _graphql.getNamedType)(def.type) : undefined, depth + 1, m, pagedBelow, seen);
        } else if (sel.kind === _graphql.Kind.INLINE_FRAGMENT) {
            const cond = sel.typeCondition ? w.ctx.getSchema().getType(sel.typeCondition.name.value) : parent;
            walk(w, sel.selectionSet, cond ?? parent, depth, multiplier, paged, seen);
        } else {
            const name = sel.name.value;
            const frag = w.fragments.get(name);
            if (!frag || seen.has(name)) continue; // unknown or cyclic fragments are reported by graphql's own rules
            seen.add(name);
            walk(w, frag.selectionSet, w.ctx.getSchema().getType(frag.typeCondition.name.value) ?? parent, depth, multiplier, paged, seen);
            seen.delete(name);
        }
    }
}
function limitsRule(maxDepth, maxCost, maxPageSize = 100) {
    return (ctx)=>{
        const fragments = new Map();
        for (const def of ctx.getDocument().definitions)if (def.kind === _graphql.Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
        return {
            OperationDefinition (node) {
                const schema = ctx.getSchema();
                const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
                const w = {
                    ctx,
                    fragments,
                    maxPageSize,
                    depth: 0,
                    cost: 0
                };
                walk(w, node.selectionSet, root ?? undefined, 1, 1, false, new Set());
                if (w.depth > maxDepth) {
                    ctx.reportError(new _graphql.GraphQLError(`The query is ${w.depth} levels deep; at most ${maxDepth} are allowed.`, {
                        nodes: [
                            node
                        ],
                        extensions: {
                            code: 'QUERY_TOO_DEEP'
                        }
                    }));
                } else if (w.cost > maxCost) {
                    ctx.reportError(new _graphql.GraphQLError(`The query costs about ${w.cost} (fields × page sizes); at most ${maxCost} is allowed. Ask for smaller pages or fewer fields.`, {
                        nodes: [
                            node
                        ],
                        extensions: {
                            code: 'QUERY_TOO_COSTLY'
                        }
                    }));
                }
            }
        };
    };
}

//# sourceMappingURL=limits.js.map