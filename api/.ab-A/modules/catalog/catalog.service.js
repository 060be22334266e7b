"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "CatalogService", {
    enumerable: true,
    get: function() {
        return CatalogService;
    }
});
const _errors = require("../../common/errors");
const _i18n = require("./i18n");
const _preparedquery = require("../../common/prepared-query");
const _sql = require("./sql");
const CATEGORY_TTL_MS = 30_000;
let CatalogService = class CatalogService {
    async factsFor(ctx, productIds) {
        const ids = [
            ...new Set(productIds)
        ].filter(_sql.isUuid);
        if (!ids.length) return [];
        const rows = await ctx.em.getConnection().execute('select id, category_path, manufacturer_id, vat_rate_bp from product where id = any(?::uuid[]) and active', [
            (0, _sql.arr)(ids)
        ]);
        return rows.map((r)=>({
                productId: r.id,
                categoryIds: r.category_path,
                manufacturerId: r.manufacturer_id,
                vatRateBp: r.vat_rate_bp
            }));
    }
    /** The whole active tree in one statement, children in `position` order, names in the caller's language. */ async categories(ctx, opts = {}) {
        const locale = (0, _i18n.catalogLocale)(ctx.locale);
        const rows = await (0, _preparedquery.query)(ctx, 'select id, erp_id, parent_id, names, position, depth, path from category where active order by depth, position, id');
        const byId = new Map();
        const roots = [];
        for (const r of rows){
            const node = {
                id: r.id,
                erpId: r.erp_id,
                parentId: r.parent_id,
                name: (0, _i18n.translate)(r.names, locale),
                position: r.position,
                depth: r.depth,
                path: r.path,
                children: []
            };
            byId.set(r.id, node);
            const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
            if (parent) parent.children.push(node);
            else if (!r.parent_id) roots.push(node);
        }
        this.depths = new Map(rows.map((r)=>[
                r.id,
                r.depth
            ]));
        this.depthsLoadedAt = Date.now();
        if (!opts.flat) return roots;
        const flat = [];
        const visit = (nodes)=>{
            for (const node of nodes){
                flat.push(node);
                visit(node.children);
            }
        };
        visit(roots);
        return flat.map((node)=>({
                ...node,
                children: []
            }));
    }
    /** A category's depth (1 = root), from the short-lived cache; refreshed on a miss. Unknown ids are a clear input error. */ async depthOf(ctx, categoryId) {
        if (!(0, _sql.isUuid)(categoryId)) throw (0, _errors.badInput)(`"${categoryId}" is not a category id.`);
        const fresh = Date.now() - this.depthsLoadedAt < CATEGORY_TTL_MS;
        let depth = fresh ? this.depths.get(categoryId) : undefined;
        if (depth === undefined) {
            const rows = await (0, _preparedquery.query)(ctx, 'select id, depth from category where active');
            this.depths = new Map(rows.map((r)=>[
                    r.id,
                    r.depth
                ]));
            this.depthsLoadedAt = Date.now();
            depth = this.depths.get(categoryId);
        }
        if (depth === undefined) throw (0, _errors.badInput)(`There is no category ${categoryId}.`);
        return depth;
    }
    /** Characteristic definitions by code (all when `codes` is omitted), with their options. */ async characteristics(ctx, codes) {
        const where = codes ? 'where c.code = any(?::text[])' : '';
        const rows = await (0, _preparedquery.query)(ctx, `select c.id, c.code, c.kind, c.unit, c.names, c.position, c.filterable,
              (select json_agg(json_build_object('code', o.code, 'names', o.names, 'position', o.position) order by o.position, o.code)
                 from characteristic_option o where o.characteristic_id = c.id) as options
         from characteristic c ${where} order by c.position, c.code`, codes ? [
            (0, _sql.arr)(codes.map((c)=>c.replace(/[^A-Za-z0-9_.-]/g, '')))
        ] : []);
        return new Map(rows.map((r)=>[
                r.code,
                {
                    ...r,
                    options: r.options ?? []
                }
            ]));
    }
    constructor(){
        this.depths = new Map();
        this.depthsLoadedAt = 0;
    }
};

//# sourceMappingURL=catalog.service.js.map