import pg from 'pg';
import { NOW, putRecords } from './db.mjs';
import { textPdf } from './pdf.mjs';

/**
 * The demo data: the same customers (erp ids K-0001…K-0003) and accounts as Kontor's demo seed, a small
 * catalog with a price list and stock in two warehouses, invoices with PDFs, a payment and balances.
 * Idempotent: does nothing when the ERP already holds data.
 */
export async function seedDemo(db, { products = 240, catalogFrom = null } = {}) {
  const has = await db.query(`select 1 from erp_record limit 1`);
  if (has.rowCount) return false;
  const fromKontor = catalogFrom ? await seedCatalogFromKontor(db, catalogFrom) : false;
  const top = [
    ['C-10', 'Budowlane'],
    ['C-20', 'Elektryka'],
    ['C-30', 'Hydraulika'],
  ];
  const sub = [
    ['C-11', 'C-10', 'Cement i zaprawy'],
    ['C-12', 'C-10', 'Bloczki i cegły'],
    ['C-21', 'C-20', 'Kable i przewody'],
    ['C-22', 'C-20', 'Oświetlenie'],
    ['C-31', 'C-30', 'Rury i kształtki'],
    ['C-32', 'C-30', 'Armatura'],
  ];
  if (!fromKontor) await ownCatalog(db, top, sub, products);
  // the customers' terms name price lists and a category of the catalog the ERP holds (its own, or Kontor's mirrored)
  await seedCustomers(db, fromKontor || { retail: 'PL-DET', wholesale: 'PL-HURT', category: 'C-21' });
  return true;
}

async function ownCatalog(db, top, sub, products) {
  await putRecords(db, 'categories', [
    ...top.map(([erpId, name], i) => ({ erpId, name, parentErpId: null, position: i })),
    ...sub.map(([erpId, parentErpId, name], i) => ({ erpId, name, parentErpId, position: i })),
  ]);
  await putRecords(db, 'characteristics', [
    { erpId: 'CH-WEIGHT', name: 'Waga', kind: 'number', unit: 'kg' },
    {
      erpId: 'CH-COLOR',
      name: 'Kolor',
      names: { en: 'Colour', de: 'Farbe', ru: 'Цвет' },
      kind: 'enum',
      options: [
        { code: 'szary', names: { pl: 'szary', en: 'grey', de: 'grau', ru: 'серый' }, position: 0 },
        { code: 'bialy', names: { pl: 'biały', en: 'white', de: 'weiß', ru: 'белый' }, position: 1 },
        { code: 'czarny', names: { pl: 'czarny', en: 'black', de: 'schwarz', ru: 'чёрный' }, position: 2 },
      ],
    },
  ]);
  await putRecords(db, 'warehouses', [
    { erpId: 'W-WAW', code: 'WAW', name: 'Magazyn Warszawa' },
    { erpId: 'W-KRK', code: 'KRK', name: 'Magazyn Kraków' },
  ]);
  await seedCatalog(db, {
    products,
    prefix: 'P-',
    categories: sub.map((s) => s[0]),
    priceLists: ['PL-DET', 'PL-HURT'],
    warehouses: ['W-WAW', 'W-KRK'],
    colors: true,
  });
}

async function seedCustomers(db, { retail, wholesale, category }) {
  const account = (email, name, accessLevel) => ({ email, name, accessLevel, blocked: false });
  await putRecords(db, 'customers', [
    {
      erpId: 'K-0001',
      name: 'Budmax Sp. z o.o.',
      taxId: 'PL5250000001',
      blocked: false,
      blockedReason: null,
      priceListErpId: wholesale,
      creditLimitMinor: 5000000,
      currency: 'PLN',
      paymentTermDays: 30,
      accounts: [
        account('observer@budmax.example', 'Olga Obserwator', 'observer'),
        account('passive@budmax.example', 'Piotr Pasywny', 'passive'),
        account('active@budmax.example', 'Anna Aktywna', 'active'),
        account('extended@budmax.example', 'Edward Rozszerzony', 'active_extended'),
      ],
    },
    {
      erpId: 'K-0002',
      name: 'Elektro-Nord S.A.',
      taxId: 'PL5250000002',
      blocked: false,
      blockedReason: null,
      priceListErpId: retail,
      creditLimitMinor: 2000000,
      currency: 'PLN',
      paymentTermDays: 14,
      accounts: [account('buyer@elektro-nord.example', 'Ewa Nord', 'active_extended')],
    },
    {
      erpId: 'K-0003',
      name: 'Hydro-Serwis Jan Kowalski',
      taxId: 'PL5250000003',
      blocked: false,
      blockedReason: null,
      priceListErpId: retail,
      creditLimitMinor: 500000,
      currency: 'PLN',
      paymentTermDays: 7,
      accounts: [],
    },
  ]);
  await putRecords(db, 'tradeTerms', [
    {
      erpId: 'TT-K-0001',
      customerErpId: 'K-0001',
      priceListErpId: wholesale,
      paymentTermDays: 30,
      discounts: [{ scope: 'category', targetErpId: category, percentBp: 500 }],
    },
    { erpId: 'TT-K-0002', customerErpId: 'K-0002', priceListErpId: retail, paymentTermDays: 14, discounts: [] },
  ]);
  const day = 86_400_000;
  const now = Date.now();
  await issueInvoice(db, {
    customerErpId: 'K-0001',
    grossMinor: 123000,
    issuedAt: new Date(now - 40 * day),
    dueAt: new Date(now - 10 * day),
  });
  const inv2 = await issueInvoice(db, {
    customerErpId: 'K-0001',
    grossMinor: 61500,
    issuedAt: new Date(now - 5 * day),
    dueAt: new Date(now + 25 * day),
  });
  await issueInvoice(db, {
    customerErpId: 'K-0002',
    grossMinor: 24600,
    issuedAt: new Date(now - 3 * day),
    dueAt: new Date(now + 11 * day),
  });
  await registerPayment(db, { customerErpId: 'K-0001', invoiceErpId: inv2.erpId, amountMinor: 20000 });
  for (const c of ['K-0003']) await recomputeBalance(db, c);
}

/** A catalog of `products` products with one price per list and stock per warehouse, generated in SQL (fast). */
export async function seedCatalog(db, { products, prefix = 'P-', categories, priceLists, warehouses, colors = false }) {
  await putRecords(
    db,
    'priceLists',
    priceLists.map((erpId, i) => ({ erpId, name: i === 0 ? 'Cennik detaliczny' : `Cennik ${erpId}`, currency: 'PLN' })),
  );
  await db.query(
    `insert into erp_record (entity, erp_id, modified_at, doc)
     select 'products', $1 || lpad(i::text, 6, '0'), ${NOW},
            jsonb_build_object('sku', 'SKU-' || lpad(i::text, 6, '0'), 'name', 'Produkt demonstracyjny ' || i, 'ean', (5900000000000 + i)::text,
                               'description', 'Opis produktu ' || i, 'unit', 'szt', 'vatRateBp', 2300,
                               'categoryErpId', ($2::text[])[1 + i % array_length($2::text[], 1)], 'manufacturer', 'Producent ' || (i % 7),
                               'active', true, 'characteristics', jsonb_build_array(jsonb_build_object('characteristicErpId', 'CH-WEIGHT', 'value', (i % 50)::text))
                                 || case when $4 then jsonb_build_array(jsonb_build_object('characteristicErpId', 'CH-COLOR', 'value', (array['szary', 'bialy', 'czarny'])[1 + i % 3])) else '[]'::jsonb end)
       from generate_series(1, $3::int) i
     on conflict (entity, erp_id) do update set modified_at = excluded.modified_at, doc = excluded.doc`,
    [prefix, categories, products, colors],
  );
  await db.query(
    `insert into erp_record (entity, erp_id, modified_at, doc)
     select 'prices', l || ':' || $1 || lpad(i::text, 6, '0') || ':1', ${NOW},
            jsonb_build_object('priceListErpId', l, 'productErpId', $1 || lpad(i::text, 6, '0'), 'netMinor', 100 + (i * 7919) % 100000 - li * 50 + 50,
                               'currency', 'PLN', 'minQuantity', 1)
       from generate_series(1, $2::int) i, unnest($3::text[]) with ordinality as pl(l, li)
     on conflict (entity, erp_id) do update set modified_at = excluded.modified_at, doc = excluded.doc`,
    [prefix, products, priceLists],
  );
  await db.query(
    `insert into erp_record (entity, erp_id, modified_at, doc)
     select 'stock', w || ':' || $1 || lpad(i::text, 6, '0'), ${NOW},
            jsonb_build_object('warehouseErpId', w, 'productErpId', $1 || lpad(i::text, 6, '0'), 'onHand', (i * 31 + wi * 17) % 500,
                               'erpReserved', (i % 5),
                               -- every tenth product has deliveries planned at the first warehouse, 1–3 weeks ahead
                               'planned', case when i % 10 = 0 and wi = 1
                                               then jsonb_build_array(jsonb_build_object('date', to_char(current_date + 7 + i % 7, 'YYYY-MM-DD'), 'quantity', 20 + i % 30),
                                                                      jsonb_build_object('date', to_char(current_date + 21, 'YYYY-MM-DD'), 'quantity', 100))
                                               else '[]'::jsonb end)
       from generate_series(1, $2::int) i, unnest($3::text[]) with ordinality as wh(w, wi)
     on conflict (entity, erp_id) do update set modified_at = excluded.modified_at, doc = excluded.doc`,
    [prefix, products, warehouses],
  );
}

const iso = (d) => new Date(d).toISOString();

export async function issueInvoice(db, { customerErpId, grossMinor, kontorReference = null, issuedAt = new Date(), dueAt, number }) {
  const n = (await db.query(`select nextval('erp_doc_no') as n`)).rows[0].n;
  const erpId = `FV-${n}`;
  const year = new Date(issuedAt).getUTCFullYear();
  const no = number ?? `FV/${year}/${String(n).padStart(6, '0')}`;
  const net = Math.round(Number(grossMinor) / 1.23);
  const due = dueAt ?? new Date(new Date(issuedAt).getTime() + 14 * 86_400_000);
  const pdf = textPdf([
    `Faktura VAT ${no}`,
    `Nabywca: ${customerErpId}`,
    `Data wystawienia: ${iso(issuedAt).slice(0, 10)}`,
    `Termin platnosci: ${iso(due).slice(0, 10)}`,
    `Netto: ${(net / 100).toFixed(2)} PLN`,
    `Brutto: ${(Number(grossMinor) / 100).toFixed(2)} PLN`,
    kontorReference ? `Zamowienie Kontor: ${kontorReference}` : '',
  ]);
  await db.query(
    'insert into erp_pdf (invoice_erp_id, content) values ($1, $2) on conflict (invoice_erp_id) do update set content = excluded.content',
    [erpId, pdf],
  );
  const doc = {
    erpId,
    number: no,
    customerErpId,
    kontorReference,
    issuedAt: iso(issuedAt),
    dueAt: iso(due),
    currency: 'PLN',
    netMinor: net,
    grossMinor: Number(grossMinor),
    hasPdf: true,
  };
  await putRecords(db, 'invoices', [doc]);
  await recomputeBalance(db, customerErpId);
  return doc;
}

/**
 * A payment (KP). `kontorReference` (a Kontor order or proforma id) or `orderErpId` (this ERP's id or number of the
 * order's or reservation's document) tell Kontor which order it pays, so its reservation stops expiring.
 */
export async function registerPayment(
  db,
  { customerErpId, invoiceErpId = null, amountMinor, method = 'transfer', kontorReference = null, orderErpId = null },
) {
  const n = (await db.query(`select nextval('erp_doc_no') as n`)).rows[0].n;
  const doc = {
    erpId: `KP-${n}`,
    customerErpId,
    invoiceErpId,
    amountMinor: Number(amountMinor),
    currency: 'PLN',
    paidAt: iso(new Date()),
    method,
    ...(kontorReference ? { kontorReference } : {}),
    ...(orderErpId ? { orderErpId } : {}),
  };
  await putRecords(db, 'payments', [doc]);
  await recomputeBalance(db, customerErpId);
  return doc;
}

/** balance = invoices − payments; overdue = unpaid gross of invoices past due. */
export async function recomputeBalance(db, customerErpId) {
  const r = await db.query(
    `with inv as (select erp_id, (doc->>'grossMinor')::bigint as gross, (doc->>'dueAt')::timestamptz as due from erp_record
                   where entity = 'invoices' and doc->>'customerErpId' = $1),
          pay as (select doc->>'invoiceErpId' as inv, (doc->>'amountMinor')::bigint as amount from erp_record
                   where entity = 'payments' and doc->>'customerErpId' = $1)
     select coalesce((select sum(gross) from inv), 0) - coalesce((select sum(amount) from pay), 0) as balance,
            coalesce((select sum(greatest(0, gross - coalesce((select sum(amount) from pay where pay.inv = inv.erp_id), 0))) from inv where due < now()), 0) as overdue,
            (select (doc->>'creditLimitMinor')::bigint from erp_record where entity = 'customers' and erp_id = $1) as credit`,
    [customerErpId],
  );
  const row = r.rows[0];
  await putRecords(db, 'balances', [
    {
      erpId: customerErpId,
      customerErpId,
      currency: 'PLN',
      balanceMinor: Number(row.balance),
      overdueMinor: Number(row.overdue),
      creditLimitMinor: row.credit === null ? null : Number(row.credit),
      asOf: iso(new Date()),
    },
  ]);
}

/**
 * For `npm start`: the demo ERP takes its catalog (categories, characteristics, warehouses, products, price
 * lists, prices, stock) from Kontor's demo catalog, once, so the two agree and the first sync changes nothing.
 * `kontorUrl` is Kontor's database. Returns what the customers' terms then refer to (price lists, a category), or
 * false when Kontor has no catalog yet.
 */
export async function seedCatalogFromKontor(db, kontorUrl) {
  const src = new pg.Client({ connectionString: kontorUrl });
  await src.connect();
  try {
    const q = async (sql) => (await src.query(sql)).rows;
    const categories =
      await q(`select c.erp_id as "erpId", coalesce(c.names->>'pl', c.erp_id) as name, p.erp_id as "parentErpId", c.position
                                  from category c left join category p on p.id = c.parent_id where c.erp_id is not null and c.active order by c.depth`);
    if (!categories.length) return false;
    await putRecords(db, 'categories', categories);
    const characteristics =
      await q(`select ch.erp_id as "erpId", coalesce(ch.names->>'pl', ch.code) as name, ch.names - 'pl' as names, ch.kind, ch.unit,
                                            coalesce((select jsonb_agg(jsonb_build_object('code', o.code, 'names', o.names, 'position', o.position) order by o.position)
                                                        from characteristic_option o where o.characteristic_id = ch.id), '[]') as options
                                       from characteristic ch where ch.erp_id is not null`);
    await putRecords(db, 'characteristics', characteristics);
    await putRecords(db, 'warehouses', await q(`select erp_id as "erpId", code, name from warehouse where erp_id is not null and active`));
    const products = await q(`
      select p.erp_id as "erpId", p.sku, p.ean, coalesce(p.names->>'pl', p.sku) as name, p.descriptions->>'pl' as description, p.unit,
             p.vat_rate_bp as "vatRateBp", c.erp_id as "categoryErpId", m.name as manufacturer, p.active,
             coalesce((select jsonb_agg(jsonb_build_object('characteristicErpId', coalesce(ch.erp_id, a.key), 'value', a.value #>> '{}'))
                         from jsonb_each(p.attributes) a left join characteristic ch on ch.code = a.key), '[]') as characteristics
        from product p left join category c on c.id = p.category_id left join manufacturer m on m.id = p.manufacturer_id
       where p.erp_id is not null`);
    for (let i = 0; i < products.length; i += 1000) await putRecords(db, 'products', products.slice(i, i + 1000));
    const lists = await q(`select erp_id as "erpId", name, currency from price_list where erp_id is not null order by erp_id`);
    await putRecords(db, 'priceLists', lists);
    const prices = await q(`
      select coalesce(e.erp_id, l.erp_id || ':' || p.erp_id || ':1') as "erpId", l.erp_id as "priceListErpId", p.erp_id as "productErpId",
             e.amount_minor::float8 as "netMinor", l.currency, 1 as "minQuantity"
        from price_list_entry e join price_list l on l.id = e.price_list_id join product p on p.id = e.product_id
       where l.erp_id is not null and p.erp_id is not null`);
    for (let i = 0; i < prices.length; i += 1000) await putRecords(db, 'prices', prices.slice(i, i + 1000));
    const stock = await q(`
      select coalesce(s.erp_id, w.erp_id || ':' || p.erp_id) as "erpId", w.erp_id as "warehouseErpId", p.erp_id as "productErpId",
             s.on_hand::float8 as "onHand", s.erp_reserved::float8 as "erpReserved",
             coalesce((select jsonb_agg(jsonb_build_object('date', to_char(d.expected_on, 'YYYY-MM-DD'), 'quantity', d.quantity::float8) order by d.expected_on)
                         from stock_delivery d where d.product_id = s.product_id and d.warehouse_id = s.warehouse_id), '[]') as planned
        from stock s join warehouse w on w.id = s.warehouse_id join product p on p.id = s.product_id
       where w.erp_id is not null and p.erp_id is not null`);
    for (let i = 0; i < stock.length; i += 1000) await putRecords(db, 'stock', stock.slice(i, i + 1000));
    // what the customers' terms refer to: a wholesale and a retail list, and a category with products under it
    const wholesale = lists.find((l) => /HURT/i.test(l.erpId)) ?? lists[0];
    const retail = lists.find((l) => l !== wholesale) ?? wholesale;
    const [discounted] = await q(`select c.erp_id as "erpId" from discount_rule d join company co on co.id = d.company_id
                                    join category c on c.id = d.scope_id where co.erp_id = 'K-0001' and d.scope = 'category' limit 1`);
    const category = discounted ?? categories.find((c) => c.parentErpId) ?? categories[0];
    return { retail: retail?.erpId ?? null, wholesale: wholesale?.erpId ?? null, category: category.erpId };
  } finally {
    await src.end();
  }
}
