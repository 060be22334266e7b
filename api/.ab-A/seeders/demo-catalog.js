"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "seedDemoCatalog", {
    enumerable: true,
    get: function() {
        return seedDemoCatalog;
    }
});
const _large = require("./large");
/**
 * The demo catalog (`npm start`): 5 departments × 5 product kinds × 2 series, 300 products with Polish names and
 * English, German and Russian translations, 6 characteristics, 3 warehouses with stock and planned deliveries,
 * "also offer" links, a demo price list with trade terms for Budmax (cheaper list, a discount on electrical goods),
 * and Hydro-Serwis restricted to the plumbing assortment. Written through the normal insert path, so the
 * database triggers derive category paths, search vectors and the search dictionary as for ERP data.
 * Idempotent: does nothing once the demo products exist.
 */ const MATERIAL_PL = [
    'Stal',
    'Stal nierdzewna',
    'Stal węglowa',
    'Aluminium',
    'Mosiądz',
    'Miedź',
    'Tworzywo',
    'Guma',
    'Drewno',
    'Szkło'
];
async function seedDemoCatalog(em) {
    const c = em.getConnection();
    const [{ n }] = await c.execute(`select count(*)::int as n from product where erp_id like 'DEMO-P-%'`);
    if (n > 0) return;
    const PRODUCTS = 300;
    const roots = _large.ROOTS.slice(0, 5);
    const nouns = _large.NOUNS.slice(0, 25);
    const series = _large.SERIES.slice(0, 2);
    await c.execute(`insert into category (id, erp_id, parent_id, position, names, updated_at)
     select md5('demo-cat-' || r)::uuid, 'DEMO-C-' || r, null, r,
            jsonb_build_object('pl', (${(0, _large.textArray)((0, _large.col)(roots, 1))})[r], 'en', (${(0, _large.textArray)((0, _large.col)(roots, 0))})[r],
                               'de', (${(0, _large.textArray)((0, _large.col)(roots, 2))})[r], 'ru', (${(0, _large.textArray)((0, _large.col)(roots, 3))})[r]), now()
       from generate_series(1, 5) r`);
    await c.execute(`insert into category (id, erp_id, parent_id, position, names, updated_at)
     select md5('demo-cat-' || r || '-' || m)::uuid, 'DEMO-C-' || r || '-' || m, md5('demo-cat-' || r)::uuid, m,
            jsonb_build_object('pl', (${(0, _large.textArray)((0, _large.col)(nouns, 1))})[(r - 1) * 5 + m], 'en', (${(0, _large.textArray)((0, _large.col)(nouns, 0))})[(r - 1) * 5 + m],
                               'de', (${(0, _large.textArray)((0, _large.col)(nouns, 2))})[(r - 1) * 5 + m], 'ru', (${(0, _large.textArray)((0, _large.col)(nouns, 3))})[(r - 1) * 5 + m]), now()
       from generate_series(1, 5) r, generate_series(1, 5) m`);
    await c.execute(`insert into category (id, erp_id, parent_id, position, names, updated_at)
     select md5('demo-cat-' || r || '-' || m || '-' || s)::uuid, 'DEMO-C-' || r || '-' || m || '-' || s, md5('demo-cat-' || r || '-' || m)::uuid, s,
            jsonb_build_object('pl', (${(0, _large.textArray)((0, _large.col)(nouns, 1))})[(r - 1) * 5 + m] || ' – ' || (${(0, _large.textArray)((0, _large.col)(series, 1))})[s],
                               'en', (${(0, _large.textArray)((0, _large.col)(nouns, 0))})[(r - 1) * 5 + m] || ' – ' || (${(0, _large.textArray)((0, _large.col)(series, 0))})[s],
                               'de', (${(0, _large.textArray)((0, _large.col)(nouns, 2))})[(r - 1) * 5 + m] || ' – ' || (${(0, _large.textArray)((0, _large.col)(series, 2))})[s],
                               'ru', (${(0, _large.textArray)((0, _large.col)(nouns, 3))})[(r - 1) * 5 + m] || ' – ' || (${(0, _large.textArray)((0, _large.col)(series, 3))})[s]), now()
       from generate_series(1, 5) r, generate_series(1, 5) m, generate_series(1, 2) s`);
    await c.execute(`insert into manufacturer (id, erp_id, name, updated_at) values
       (md5('demo-man-1')::uuid, 'DEMO-M-1', 'Stalmet', now()), (md5('demo-man-2')::uuid, 'DEMO-M-2', 'Elektro-Łódź', now()),
       (md5('demo-man-3')::uuid, 'DEMO-M-3', 'Hydroflex', now()), (md5('demo-man-4')::uuid, 'DEMO-M-4', 'Bezpieczny Pracownik', now()),
       (md5('demo-man-5')::uuid, 'DEMO-M-5', 'Narzędziownia Śląska', now())
     on conflict do nothing`);
    const chars = [
        [
            'colour',
            'enum',
            null,
            'Kolor',
            'Colour'
        ],
        [
            'material',
            'enum',
            null,
            'Materiał',
            'Material'
        ],
        [
            'length',
            'number',
            'mm',
            'Długość',
            'Length'
        ],
        [
            'weight',
            'number',
            'kg',
            'Waga',
            'Weight'
        ],
        [
            'waterproof',
            'boolean',
            null,
            'Wodoodporny',
            'Waterproof'
        ],
        [
            'standard',
            'text',
            null,
            'Norma',
            'Standard'
        ]
    ];
    for (const [i, [code, kind, unit, pl, en]] of chars.entries()){
        await c.execute(`insert into characteristic (id, erp_id, code, kind, unit, names, position, filterable, updated_at)
       values (md5('demo-char-' || ?)::uuid, 'DEMO-CH-' || ?, ?, ?, ?, ?::jsonb, ?, ?, now()) on conflict (code) do nothing`, [
            code,
            code,
            code,
            kind,
            unit,
            JSON.stringify({
                pl,
                en
            }),
            i + 1,
            kind !== 'text'
        ]);
    }
    const options = [
        [
            'colour',
            _large.COLOURS.slice(0, 8)
        ],
        [
            'material',
            _large.MATERIALS.map(([code, en], k)=>[
                    code,
                    MATERIAL_PL[k],
                    en
                ])
        ]
    ];
    for (const [code, opts] of options){
        for (const [j, [oc, pl, en]] of opts.entries()){
            await c.execute(`insert into characteristic_option (id, characteristic_id, code, names, position)
         select gen_random_uuid(), ch.id, ?, ?::jsonb, ? from characteristic ch where ch.code = ? on conflict do nothing`, [
                oc,
                JSON.stringify({
                    pl,
                    en
                }),
                j + 1,
                code
            ]);
        }
    }
    const warehouses = _large.WAREHOUSES.filter((w)=>[
            'WRO',
            'WAW',
            'GDA'
        ].includes(w[0]));
    for (const [i, [code, name, street, postal, city, pickup]] of warehouses.entries()){
        await c.execute(`insert into warehouse (id, erp_id, code, name, street, postal_code, city, country, pickup, position, active, updated_at)
       values (md5('demo-wh-' || ?)::uuid, 'DEMO-W-' || ?, ?, ?, ?, ?, ?, 'PL', ?, ?, true, now()) on conflict (code) do nothing`, [
            code,
            code,
            code,
            name,
            street,
            postal,
            city,
            pickup,
            i + 1
        ]);
    }
    // products: kind (noun) by category, material and colour vary; Polish first, then translations
    await c.execute(`insert into product (id, erp_id, sku, ean, model, manufacturer_id, category_id, names, descriptions, unit, pack_size, min_quantity,
                          step_quantity, vat_rate_bp, images, attributes, active, created_at, updated_at)
     select md5('demo-prod-' || i)::uuid, 'DEMO-P-' || i,
            upper(left(replace((${(0, _large.textArray)((0, _large.col)(nouns, 0))})[g.noun], ' ', ''), 3)) || '-' || lpad(i::text, 5, '0'),
            '590' || lpad((i * 7919)::text, 9, '0') || (i % 10),
            upper(left(replace((${(0, _large.textArray)((0, _large.col)(nouns, 0))})[g.noun], ' ', ''), 2)) || (100 + i),
            md5('demo-man-' || (1 + (g.root - 1) % 5))::uuid,
            md5('demo-cat-' || g.root || '-' || g.mid || '-' || g.ser)::uuid,
            jsonb_build_object(
              'pl', (${(0, _large.textArray)((0, _large.col)(nouns, 1))})[g.noun] || ' ' || (${(0, _large.textArray)((0, _large.col)(_large.MATERIALS, 2))})[g.mat]
                    || case when i % 4 = 0 then ', kolor ' || lower((${(0, _large.textArray)((0, _large.col)(_large.COLOURS, 1))})[g.colour]) else '' end
                    || ' ' || upper(left(replace((${(0, _large.textArray)((0, _large.col)(nouns, 0))})[g.noun], ' ', ''), 2)) || (100 + i),
              'en', (${(0, _large.textArray)((0, _large.col)(_large.MATERIALS, 1))})[g.mat] || ' ' || (${(0, _large.textArray)((0, _large.col)(nouns, 0))})[g.noun]
                    || case when i % 4 = 0 then ', ' || lower((${(0, _large.textArray)((0, _large.col)(_large.COLOURS, 2))})[g.colour]) else '' end
                    || ' ' || upper(left(replace((${(0, _large.textArray)((0, _large.col)(nouns, 0))})[g.noun], ' ', ''), 2)) || (100 + i),
              'de', (${(0, _large.textArray)((0, _large.col)(nouns, 2))})[g.noun] || ' aus ' || (${(0, _large.textArray)((0, _large.col)(_large.MATERIALS, 3))})[g.mat] || ' '
                    || upper(left(replace((${(0, _large.textArray)((0, _large.col)(nouns, 0))})[g.noun], ' ', ''), 2)) || (100 + i),
              'ru', (${(0, _large.textArray)((0, _large.col)(nouns, 3))})[g.noun] || ' из ' || (${(0, _large.textArray)((0, _large.col)(_large.MATERIALS, 4))})[g.mat] || ' '
                    || upper(left(replace((${(0, _large.textArray)((0, _large.col)(nouns, 0))})[g.noun], ' ', ''), 2)) || (100 + i)),
            jsonb_build_object('pl', 'Solidny produkt do codziennej pracy w warsztacie i na budowie.',
                               'en', 'A solid product for everyday work in the workshop and on site.'),
            case when g.noun = 11 then 'm' else 'szt' end, case when g.root = 2 then 100 else 1 end,
            case when g.root = 2 then 100 else 1 end, case when g.root = 2 then 100 else 1 end, 2300,
            array['https://img.kontor.example/demo/' || i || '.jpg'],
            jsonb_strip_nulls(jsonb_build_object(
              'colour', (array['black', 'white', 'red', 'yellow', 'green', 'blue', 'orange', 'grey'])[g.colour],
              'material', (${(0, _large.textArray)((0, _large.col)(_large.MATERIALS, 0))})[g.mat],
              'length', 10 * (1 + (i * 11) % 30),
              'weight', round((1 + (i * 13) % 40) / 10.0, 1),
              'waterproof', i % 3 = 0,
              'standard', case when i % 5 = 0 then 'PN-EN ' || (1000 + i % 20) end)),
            true, now(), now()
       from (select i, 1 + (i % 50) / 10 as root, 1 + ((i % 50) / 2) % 5 as mid, 1 + i % 2 as ser, 1 + (i % 50) / 2 as noun,
                    1 + (i * 7 + 3) % 10 as mat, 1 + (i * 5) % 8 as colour
               from generate_series(1, ${PRODUCTS}) i) g`);
    await c.execute(`insert into stock (id, product_id, warehouse_id, on_hand, erp_reserved, kontor_held, as_of, updated_at)
     select gen_random_uuid(), md5('demo-prod-' || i)::uuid, w.id,
            case when (i + w.position) % 11 = 0 then 0 else (i * 37 + w.position * 11) % 300 end,
            case when (i + w.position) % 11 = 0 then 0 else (i % 7) end, 0, now() - interval '4 minutes', now()
       from generate_series(1, ${PRODUCTS}) i, warehouse w where w.erp_id like 'DEMO-W-%' and (w.position = 1 or (i + w.position) % 3 <> 0)
     on conflict do nothing`);
    await c.execute(`insert into stock_delivery (id, product_id, warehouse_id, quantity, expected_on)
     select gen_random_uuid(), md5('demo-prod-' || i)::uuid, md5('demo-wh-WRO')::uuid, 50 + i % 100, current_date + 1 + i % 14
       from generate_series(1, ${PRODUCTS}) i where i % 6 = 0`);
    await c.execute(`insert into product_association (product_id, associated_id, position)
     select md5('demo-prod-' || i)::uuid, md5('demo-prod-' || (1 + (i + k * 17) % ${PRODUCTS}))::uuid, k
       from generate_series(1, ${PRODUCTS}) i, generate_series(1, 2) k where i % 3 = 0 and 1 + (i + k * 17) % ${PRODUCTS} <> i
     on conflict do nothing`);
    // prices: a default list unless one exists; Budmax buys from a cheaper list with 5 % off electrical goods
    await c.execute(`insert into price_list (id, erp_id, code, name, currency, prices_are_gross, is_default, updated_at)
     select md5('demo-pl-std')::uuid, 'DEMO-PL-STD', 'DEMO-STD', 'Cennik podstawowy', 'PLN', false, true, now()
      where not exists (select 1 from price_list where is_default)`);
    await c.execute(`insert into price_list (id, erp_id, code, name, currency, prices_are_gross, is_default, updated_at)
     values (md5('demo-pl-hurt')::uuid, 'DEMO-PL-HURT', 'DEMO-HURT', 'Cennik hurtowy', 'PLN', false, false, now()) on conflict do nothing`);
    await c.execute(`insert into price_list_entry (price_list_id, product_id, amount_minor, updated_at)
     select l.id, md5('demo-prod-' || i)::uuid, case when l.code = 'DEMO-HURT' then ((499 + (i * 7919) % 39501) * 92) / 100 else 499 + (i * 7919) % 39501 end, now()
       from generate_series(1, ${PRODUCTS}) i, price_list l where l.is_default or l.code = 'DEMO-HURT'
     on conflict do nothing`);
    await c.execute(`insert into company_trade_terms (company_id, price_list_id, payment_term_days, updated_at)
     select co.id, md5('demo-pl-hurt')::uuid, 30, now() from company co where co.erp_id = 'K-0001' on conflict do nothing`);
    await c.execute(`insert into discount_rule (id, company_id, scope, scope_id, percent_bp, updated_at)
     select gen_random_uuid(), co.id, 'category', md5('demo-cat-3')::uuid, 500, now() from company co where co.erp_id = 'K-0001'
     on conflict do nothing`);
    // Hydro-Serwis sees the plumbing assortment only
    await c.execute(`insert into assortment (id, erp_id, code, name, updated_at) values (md5('demo-as-hydro')::uuid, 'DEMO-A-1', 'HYDRO', 'Hydraulika', now()) on conflict do nothing`);
    await c.execute(`insert into assortment_product (assortment_id, product_id)
     select md5('demo-as-hydro')::uuid, p.id from product p where p.category_path[1] = md5('demo-cat-4')::uuid on conflict do nothing`);
    await c.execute(`insert into company_assortment (assortment_id, company_id)
     select md5('demo-as-hydro')::uuid, co.id from company co where co.erp_id = 'K-0003' on conflict do nothing`);
}

//# sourceMappingURL=demo-catalog.js.map