"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "seedDemoOrders", {
    enumerable: true,
    get: function() {
        return seedDemoOrders;
    }
});
async function seedDemoOrders(em) {
    const c = em.getConnection();
    const [{ n }] = await c.execute(`select count(*)::int as n from sales_order where idempotency_key like 'demo-%'`);
    if (n > 0) return;
    const [who] = await c.execute(`select company_id, id as user_id from app_user where email = 'active@budmax.example'`);
    if (!who) return;
    const products = await c.execute(`select p.id, p.sku, s.warehouse_id, e.amount_minor::int as price, p.vat_rate_bp as vat
       from product p join stock s on s.product_id = p.id join price_list_entry e on e.product_id = p.id
       join price_list l on l.id = e.price_list_id and l.is_default
      where p.active and p.min_quantity = 1 and p.step_quantity = 1 and s.on_hand - s.erp_reserved - s.kontor_held >= 10
      order by p.sku limit 3`);
    if (products.length < 3) return;
    const plan = [
        {
            key: 'demo-new',
            kind: 'order',
            path: [
                'new'
            ],
            reservation: 'active',
            expires: false
        },
        {
            key: 'demo-received',
            kind: 'order',
            path: [
                'new',
                'received'
            ],
            reservation: 'acknowledged',
            expires: false
        },
        {
            key: 'demo-accepted',
            kind: 'order',
            path: [
                'new',
                'received',
                'accepted'
            ],
            reservation: 'acknowledged',
            expires: false
        },
        {
            key: 'demo-cancelled',
            kind: 'order',
            path: [
                'new',
                'cancelled'
            ],
            reservation: 'released',
            expires: false
        },
        {
            key: 'demo-proforma',
            kind: 'proforma',
            path: [
                'new'
            ],
            reservation: 'active',
            expires: true
        }
    ];
    for (const [i, o] of plan.entries()){
        const lines = products.map((p, j)=>({
                ...p,
                qty: (i + j) % 3 + 1
            }));
        const net = lines.reduce((s, l)=>s + l.price * l.qty, 0);
        const gross = lines.reduce((s, l)=>s + l.price * l.qty + Math.round(l.price * l.qty * l.vat / 10000), 0);
        const [{ id }] = await c.execute(`insert into sales_order (id, number, company_id, kind, status, placed_by_id, idempotency_key, po_number, currency, net_minor, gross_minor,
              placed_at, updated_at, version)
       values (gen_random_uuid(), ? || to_char(now(), 'YYYY') || '/' || lpad(nextval('order_number_seq')::text, 7, '0'), ?, ?, ?, ?, ?, ?, 'PLN', ?, ?,
               now() - (? || ' hours')::interval, now(), 1) returning id`, [
            o.kind === 'proforma' ? 'PF/' : 'ZK/',
            who.company_id,
            o.kind,
            o.path.at(-1),
            who.user_id,
            o.key,
            `PO-DEMO-${i + 1}`,
            net,
            gross,
            String(48 - i * 8)
        ]);
        for (const [j, l] of lines.entries()){
            await c.execute(`insert into order_line (id, order_id, line_no, product_id, sku, warehouse_id, quantity, list_net_minor, unit_net_minor, unit_gross_minor,
                line_net_minor, line_gross_minor, vat_rate_bp, rule)
         values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'list')`, [
                id,
                j + 1,
                l.id,
                l.sku,
                l.warehouse_id,
                l.qty,
                l.price,
                l.price,
                l.price + Math.round(l.price * l.vat / 10000),
                l.price * l.qty,
                l.price * l.qty + Math.round(l.price * l.qty * l.vat / 10000),
                l.vat
            ]);
        }
        let from = null;
        for (const [k, status] of o.path.entries()){
            await c.execute(`insert into order_history (id, order_id, from_status, to_status, at, by_user_id, by_kind, reason)
         values (gen_random_uuid(), ?, ?, ?, now() - (? || ' hours')::interval + (? || ' minutes')::interval, ?, ?, ?)`, [
                id,
                from,
                status,
                String(48 - i * 8),
                String(k * 30),
                k === 0 || status === 'cancelled' ? who.user_id : null,
                k === 0 || status === 'cancelled' ? 'customer' : 'erp',
                status === 'cancelled' ? 'ordered by mistake' : k === 0 ? 'order placed' : null
            ]);
            from = status;
        }
        const [{ id: rid }] = await c.execute(`insert into reservation (id, company_id, order_id, status, expires_at, released_at, release_reason, created_at)
       values (gen_random_uuid(), ?, ?, ?, ${o.expires ? "now() + interval '48 hours'" : 'null'}, ${o.reservation === 'active' ? 'null' : 'now()'}, ?, now()) returning id`, [
            who.company_id,
            id,
            o.reservation,
            o.reservation === 'active' ? null : o.reservation === 'released' ? 'cancelled' : 'acknowledged'
        ]);
        for (const l of lines){
            await c.execute(`insert into reservation_line (reservation_id, product_id, warehouse_id, quantity) values (?, ?, ?, ?)`, [
                rid,
                l.id,
                l.warehouse_id,
                l.qty
            ]);
            if (o.reservation === 'active') {
                await c.execute(`update stock set kontor_held = kontor_held + ? where product_id = ? and warehouse_id = ?`, [
                    l.qty,
                    l.id,
                    l.warehouse_id
                ]);
            }
        }
    }
}

//# sourceMappingURL=orders.demo.js.map