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
    get RETURN_TRANSITIONS () {
        return RETURN_TRANSITIONS;
    },
    get ReturnsService () {
        return ReturnsService;
    },
    get photoDownloadPath () {
        return photoDownloadPath;
    },
    get sniffImage () {
        return sniffImage;
    }
});
const _nodecrypto = require("node:crypto");
const _actor = require("../../common/actor");
const _pagination = require("../../common/pagination");
const _outbox = require("../erp-sync/outbox");
const _pg = require("../erp-sync/pg");
const _orderscommon = require("../orders/orders.common");
const RETURN_TRANSITIONS = {
    submitted: {
        accepted: [
            'staff'
        ],
        rejected: [
            'staff'
        ],
        withdrawn: [
            'customer',
            'staff'
        ]
    },
    accepted: {
        resolved: [
            'staff'
        ]
    },
    rejected: {},
    resolved: {},
    withdrawn: {}
};
const photoDownloadPath = (photoId)=>`/files/return-photos/${photoId}`;
const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
const MAX_PHOTOS = 5;
function sniffImage(b) {
    if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
    if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a
    ]))) return 'image/png';
    if (b.length >= 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
    return null;
}
const SELECT = `
select r.id, r.company_id as "companyId", r.order_id as "orderId", r.kind, r.reason, r.description, r.lines, r.status, r.resolution,
       r.created_at as "createdAt", r.updated_at as "updatedAt",
       coalesce((select json_agg(json_build_object('id', p.id, 'url', p.url, 'contentType', p.content_type, 'size', p.size) order by p.id)
                   from return_photo p where p.return_request_id = r.id), '[]') as photos
  from return_request r`;
const view = (r)=>({
        ...r,
        createdAt: new Date(r.createdAt),
        updatedAt: new Date(r.updatedAt)
    });
let ReturnsService = class ReturnsService {
    constructor(maxPageSize){
        this.maxPageSize = maxPageSize;
    }
    async create(ctx, input) {
        const companyId = (0, _orderscommon.actingCompany)(ctx.actor, input.companyId);
        if (!companyId) return (0, _orderscommon.notFound)('The customer');
        const key = input.idempotencyKey?.trim();
        if (!key || key.length > 200) return (0, _orderscommon.invalid)('idempotencyKey must be 1–200 characters.');
        if (input.kind !== 'return' && input.kind !== 'complaint') return (0, _orderscommon.invalid)('kind must be return or complaint.');
        if (!input.reason?.trim() || input.reason.length > 200) return (0, _orderscommon.invalid)('A reason (1–200 characters) is required.');
        if (!input.description?.trim() || input.description.length > 5000) return (0, _orderscommon.invalid)('A description (1–5000 characters) is required.');
        if (!input.lines?.length || input.lines.length > 200) return (0, _orderscommon.invalid)('A return names 1–200 lines.');
        for (const l of input.lines){
            if (!(0, _orderscommon.isUuid)(l.productId)) return (0, _orderscommon.notFound)('The product');
            if (l.orderLineId != null && !(0, _orderscommon.isUuid)(l.orderLineId)) return (0, _orderscommon.notFound)('The order line');
            if (!(0, _orderscommon.validQuantity)(l.quantity)) return (0, _orderscommon.invalid)('Quantities must be positive numbers with at most 3 decimals.');
        }
        if (input.orderId != null && !(0, _orderscommon.isUuid)(input.orderId)) return (0, _orderscommon.notFound)('The order');
        const photos = input.photos ?? [];
        if (photos.length > MAX_PHOTOS) return (0, _orderscommon.invalid)(`At most ${MAX_PHOTOS} photos.`);
        const decoded = [];
        for (const p of photos){
            if (p.url && p.dataBase64) return (0, _orderscommon.invalid)('A photo is either a URL or uploaded data, not both.');
            if (p.url) {
                let u;
                try {
                    u = new URL(p.url);
                } catch  {
                    return (0, _orderscommon.invalid)('A photo URL is not a valid URL.');
                }
                if (u.protocol !== 'https:' || p.url.length > 2000 || u.username || u.password) return (0, _orderscommon.invalid)('Photo URLs must be https links (up to 2000 characters).');
                decoded.push({
                    url: u.toString(),
                    content: null,
                    contentType: null,
                    size: null
                });
            } else if (p.dataBase64) {
                if (!/^[A-Za-z0-9+/\r\n]+=*$/.test(p.dataBase64)) return (0, _orderscommon.invalid)('A photo’s data is not base64.');
                const buf = Buffer.from(p.dataBase64, 'base64');
                if (buf.length > MAX_PHOTO_BYTES) return (0, _orderscommon.invalid)('A photo may be at most 2 MB.');
                const type = sniffImage(buf);
                if (!type) return (0, _orderscommon.invalid)('Photos must be JPEG, PNG or WebP images.');
                decoded.push({
                    url: null,
                    content: buf,
                    contentType: type,
                    size: buf.length
                });
            } else return (0, _orderscommon.invalid)('A photo needs a url or dataBase64.');
        }
        const now = ctx.clock.now();
        const byUser = ctx.actor.kind === 'customer' || ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
        let id;
        try {
            id = await (0, _pg.inPgTransaction)(ctx.em, async (tx)=>{
                const dup = await tx.query('select id from return_request where company_id = $1 and idempotency_key = $2', [
                    companyId,
                    key
                ]);
                if (dup.rows.length) return dup.rows[0].id;
                if (input.orderId) {
                    const o = await tx.query('select 1 from sales_order where id = $1 and company_id = $2', [
                        input.orderId,
                        companyId
                    ]);
                    if (!o.rows.length) throw new _orderscommon.Rollback((0, _orderscommon.notFound)('The order'));
                }
                const prods = await tx.query('select id, sku from product where id = any($1::uuid[])', [
                    input.lines.map((l)=>l.productId)
                ]);
                const sku = new Map(prods.rows.map((p)=>[
                        p.id,
                        p.sku
                    ]));
                if (input.lines.some((l)=>!sku.has(l.productId))) throw new _orderscommon.Rollback((0, _orderscommon.notFound)('The product'));
                const lines = input.lines.map((l)=>({
                        productId: l.productId,
                        sku: sku.get(l.productId),
                        quantity: (0, _orderscommon.toMilli)(l.quantity) / 1000,
                        orderLineId: l.orderLineId ?? null
                    }));
                const rid = (0, _nodecrypto.randomUUID)();
                await tx.query(`insert into return_request (id, company_id, order_id, idempotency_key, kind, reason, description, lines, status, requested_by_id, created_at, updated_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted', $9, $10, $10)`, [
                    rid,
                    companyId,
                    input.orderId ?? null,
                    key,
                    input.kind,
                    input.reason.trim(),
                    input.description.trim(),
                    JSON.stringify(lines),
                    byUser,
                    now
                ]);
                for (const p of decoded){
                    await tx.query('insert into return_photo (id, return_request_id, url, content, content_type, size) values ($1, $2, $3, $4, $5, $6)', [
                        (0, _nodecrypto.randomUUID)(),
                        rid,
                        p.url,
                        p.content,
                        p.contentType,
                        p.size
                    ]);
                }
                await (0, _outbox.enqueueOutboxPg)(tx, {
                    aggregateType: 'return',
                    aggregateId: rid,
                    kind: 'return',
                    payload: {
                        kontorReference: rid,
                        orderReference: input.orderId ?? null,
                        kind: input.kind,
                        reason: input.reason.trim(),
                        description: input.description.trim(),
                        lines,
                        photos: decoded.length
                    }
                });
                return rid;
            });
        } catch (err) {
            if (err instanceof _orderscommon.Rollback) return err.failure;
            throw err;
        }
        return (0, _orderscommon.ok)(await this.get(ctx, id));
    }
    async get(ctx, id) {
        if (!(0, _orderscommon.isUuid)(id)) return null;
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`${SELECT} where r.id = $1`, [
            id
        ]);
        const r = res.rows[0];
        return r && (0, _actor.canReachCompany)(ctx.actor, r.companyId) ? view(r) : null;
    }
    /**
   * The bytes of an uploaded photo, for whoever may read its return through GraphQL (`orders.view` and the
   * return's company within reach); null for everyone else, for a linked (URL) photo and for unknown ids alike,
   * so a caller cannot tell a photo they may not see from one that does not exist.
   */ async photoFile(ctx, photoId) {
        if (!(0, _orderscommon.isUuid)(photoId) || !(0, _actor.hasPermission)(ctx.actor, 'orders.view')) return null;
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`select p.id, r.id as return_id, r.company_id, p.content, p.content_type
         from return_photo p join return_request r on r.id = p.return_request_id
        where p.id = $1 and p.content is not null and p.content_type is not null`, [
            photoId
        ]);
        const r = res.rows[0];
        if (!r || !(0, _actor.canReachCompany)(ctx.actor, r.company_id)) return null;
        return {
            id: r.id,
            returnId: r.return_id,
            content: r.content,
            contentType: r.content_type,
            size: r.content.length
        };
    }
    async list(ctx, args) {
        const n = (0, _pagination.pageSize)(args, this.maxPageSize);
        const params = [];
        const where = [];
        const own = (0, _actor.ownCompanyId)(ctx.actor);
        const empty = {
            nodes: [],
            cursors: [],
            hasNextPage: false,
            endCursor: null
        };
        if (own) {
            if (args.companyId && args.companyId !== own) return empty;
            params.push(own);
            where.push(`r.company_id = $${params.length}`);
        } else if (ctx.actor.kind === 'staff') {
            if (args.companyId) {
                if (!(0, _actor.canReachCompany)(ctx.actor, args.companyId)) return empty;
                params.push(args.companyId);
                where.push(`r.company_id = $${params.length}`);
            } else if (ctx.actor.assignedCompanyIds !== 'all') {
                params.push([
                    ...ctx.actor.assignedCompanyIds
                ]);
                where.push(`r.company_id = any($${params.length}::uuid[])`);
            }
        } else return empty;
        if (args.after) {
            const [at, id] = (0, _pagination.decodeCursor)(args.after, 2);
            params.push(new Date(Number(at)), String(id));
            where.push(`(r.created_at, r.id) < ($${params.length - 1}, $${params.length}::uuid)`);
        }
        const res = await (0, _orderscommon.pooled)(ctx.em).query(`${SELECT} ${where.length ? `where ${where.join(' and ')}` : ''} order by r.created_at desc, r.id desc limit ${n + 1}`, params);
        return (0, _pagination.toPage)(res.rows.map(view), n, (r)=>[
                r.createdAt.getTime(),
                r.id
            ]);
    }
    /** Staff accept, reject or resolve; the customer may withdraw while submitted. */ async setStatus(ctx, id, status, resolution) {
        const current = await this.get(ctx, id);
        if (!current) return (0, _orderscommon.notFound)('The return');
        const by = (0, _orderscommon.actorKind)(ctx.actor) === 'staff' ? 'staff' : 'customer';
        const allowed = RETURN_TRANSITIONS[current.status]?.[status];
        if (!allowed || !allowed.includes(by)) {
            return {
                kind: 'transition',
                message: `A ${current.kind} cannot go from ${current.status} to ${status} by you.`,
                from: current.status,
                to: status
            };
        }
        if (resolution && resolution.length > 2000) return (0, _orderscommon.invalid)('The resolution may have at most 2000 characters.');
        const res = await (0, _orderscommon.pooled)(ctx.em).query('update return_request set status = $2, resolution = coalesce($3, resolution), updated_at = $4 where id = $1 and status = $5', [
            id,
            status,
            resolution,
            ctx.clock.now(),
            current.status
        ]);
        if (!res.rowCount) return (0, _orderscommon.invalid)('The return changed meanwhile; look again.');
        return (0, _orderscommon.ok)(await this.get(ctx, id));
    }
};

//# sourceMappingURL=returns.service.js.map