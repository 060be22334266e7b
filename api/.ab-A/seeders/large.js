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
    get COLOURS () {
        return COLOURS;
    },
    get LARGE_PASSWORD () {
        return LARGE_PASSWORD;
    },
    get MATERIALS () {
        return MATERIALS;
    },
    get NOUNS () {
        return NOUNS;
    },
    get ROOTS () {
        return ROOTS;
    },
    get SERIES () {
        return SERIES;
    },
    get WAREHOUSES () {
        return WAREHOUSES;
    },
    get col () {
        return col;
    },
    get seedLarge () {
        return seedLarge;
    },
    get textArray () {
        return textArray;
    }
});
require("reflect-metadata");
const _pg = require("pg");
const _preparedatabase = require("../common/prepare-database");
const _passwords = require("../modules/accounts/passwords");
const LARGE_PASSWORD = 'kontor-large-2026';
const ROOTS = [
    [
        'Tools',
        'Narzędzia',
        'Werkzeuge',
        'Инструменты'
    ],
    [
        'Fasteners',
        'Elementy złączne',
        'Befestigungstechnik',
        'Крепёж'
    ],
    [
        'Electrical',
        'Elektryka',
        'Elektro',
        'Электрика'
    ],
    [
        'Plumbing',
        'Hydraulika',
        'Sanitär',
        'Сантехника'
    ],
    [
        'Safety',
        'BHP',
        'Arbeitsschutz',
        'Спецодежда'
    ],
    [
        'Paints',
        'Farby',
        'Farben',
        'Краски'
    ],
    [
        'Garden',
        'Ogród',
        'Garten',
        'Сад'
    ],
    [
        'Building materials',
        'Materiały budowlane',
        'Baustoffe',
        'Стройматериалы'
    ],
    [
        'Lighting',
        'Oświetlenie',
        'Beleuchtung',
        'Освещение'
    ],
    [
        'Laboratory',
        'Laboratorium',
        'Labor',
        'Лаборатория'
    ]
];
const NOUNS = [
    [
        'Hammer',
        'Młotek',
        'Hammer',
        'Молоток'
    ],
    [
        'Screwdriver',
        'Wkrętak',
        'Schraubendreher',
        'Отвёртка'
    ],
    [
        'Drill',
        'Wiertarka',
        'Bohrmaschine',
        'Дрель'
    ],
    [
        'Saw',
        'Piła',
        'Säge',
        'Пила'
    ],
    [
        'Wrench',
        'Klucz',
        'Schraubenschlüssel',
        'Ключ'
    ],
    [
        'Screw',
        'Wkręt',
        'Schraube',
        'Винт'
    ],
    [
        'Bolt',
        'Śruba',
        'Bolzen',
        'Болт'
    ],
    [
        'Nut',
        'Nakrętka',
        'Mutter',
        'Гайка'
    ],
    [
        'Washer',
        'Podkładka',
        'Unterlegscheibe',
        'Шайба'
    ],
    [
        'Anchor',
        'Kołek',
        'Dübel',
        'Анкер'
    ],
    [
        'Cable',
        'Kabel',
        'Kabel',
        'Кабель'
    ],
    [
        'Socket',
        'Gniazdo',
        'Steckdose',
        'Розетка'
    ],
    [
        'Switch',
        'Włącznik',
        'Schalter',
        'Выключатель'
    ],
    [
        'Fuse',
        'Bezpiecznik',
        'Sicherung',
        'Предохранитель'
    ],
    [
        'Connector',
        'Złączka',
        'Verbinder',
        'Разъём'
    ],
    [
        'Pipe',
        'Rura',
        'Rohr',
        'Труба'
    ],
    [
        'Valve',
        'Zawór',
        'Ventil',
        'Клапан'
    ],
    [
        'Faucet',
        'Bateria',
        'Armatur',
        'Смеситель'
    ],
    [
        'Elbow',
        'Kolano',
        'Winkel',
        'Колено'
    ],
    [
        'Siphon',
        'Syfon',
        'Siphon',
        'Сифон'
    ],
    [
        'Hard Hat',
        'Kask',
        'Schutzhelm',
        'Каска'
    ],
    [
        'Glove',
        'Rękawica',
        'Handschuh',
        'Перчатка'
    ],
    [
        'Goggles',
        'Gogle',
        'Schutzbrille',
        'Очки'
    ],
    [
        'Boot',
        'But roboczy',
        'Stiefel',
        'Ботинок'
    ],
    [
        'Vest',
        'Kamizelka',
        'Weste',
        'Жилет'
    ],
    [
        'Paint',
        'Farba',
        'Farbe',
        'Краска'
    ],
    [
        'Brush',
        'Pędzel',
        'Pinsel',
        'Кисть'
    ],
    [
        'Roller',
        'Wałek',
        'Rolle',
        'Валик'
    ],
    [
        'Primer',
        'Grunt',
        'Grundierung',
        'Грунтовка'
    ],
    [
        'Varnish',
        'Lakier',
        'Lack',
        'Лак'
    ],
    [
        'Shovel',
        'Łopata',
        'Schaufel',
        'Лопата'
    ],
    [
        'Rake',
        'Grabie',
        'Rechen',
        'Грабли'
    ],
    [
        'Hose',
        'Wąż ogrodowy',
        'Schlauch',
        'Шланг'
    ],
    [
        'Sprinkler',
        'Zraszacz',
        'Regner',
        'Разбрызгиватель'
    ],
    [
        'Pruner',
        'Sekator',
        'Gartenschere',
        'Секатор'
    ],
    [
        'Brick',
        'Cegła',
        'Ziegel',
        'Кирпич'
    ],
    [
        'Beam',
        'Belka',
        'Balken',
        'Балка'
    ],
    [
        'Panel',
        'Płyta',
        'Platte',
        'Панель'
    ],
    [
        'Profile',
        'Profil',
        'Profil',
        'Профиль'
    ],
    [
        'Mesh',
        'Siatka',
        'Gitter',
        'Сетка'
    ],
    [
        'Lamp',
        'Lampa',
        'Lampe',
        'Лампа'
    ],
    [
        'Bulb',
        'Żarówka',
        'Glühbirne',
        'Лампочка'
    ],
    [
        'Floodlight',
        'Naświetlacz',
        'Strahler',
        'Прожектор'
    ],
    [
        'Fixture',
        'Oprawa',
        'Leuchte',
        'Светильник'
    ],
    [
        'Strip',
        'Taśma LED',
        'Streifen',
        'Лента'
    ],
    [
        'Flask',
        'Kolba',
        'Kolben',
        'Колба'
    ],
    [
        'Beaker',
        'Zlewka',
        'Becherglas',
        'Стакан'
    ],
    [
        'Pipette',
        'Pipeta',
        'Pipette',
        'Пипетка'
    ],
    [
        'Funnel',
        'Lejek',
        'Trichter',
        'Воронка'
    ],
    [
        'Tray',
        'Taca',
        'Schale',
        'Лоток'
    ]
];
const SERIES = [
    [
        'Standard',
        'standard',
        'Standard',
        'стандарт'
    ],
    [
        'Professional',
        'profesjonalne',
        'Profi',
        'профи'
    ],
    [
        'Heavy Duty',
        'wzmocnione',
        'Schwerlast',
        'усиленные'
    ],
    [
        'Compact',
        'kompaktowe',
        'Kompakt',
        'компактные'
    ],
    [
        'Industrial',
        'przemysłowe',
        'Industrie',
        'промышленные'
    ]
];
const MATERIALS = [
    [
        'steel',
        'Steel',
        'ze stali',
        'Stahl',
        'стали'
    ],
    [
        'stainless',
        'Stainless Steel',
        'ze stali nierdzewnej',
        'Edelstahl',
        'нержавеющей стали'
    ],
    [
        'carbon',
        'Carbon Steel',
        'ze stali węglowej',
        'Kohlenstoffstahl',
        'углеродистой стали'
    ],
    [
        'aluminium',
        'Aluminium',
        'z aluminium',
        'Aluminium',
        'алюминия'
    ],
    [
        'brass',
        'Brass',
        'z mosiądzu',
        'Messing',
        'латуни'
    ],
    [
        'copper',
        'Copper',
        'z miedzi',
        'Kupfer',
        'меди'
    ],
    [
        'plastic',
        'Plastic',
        'z tworzywa',
        'Kunststoff',
        'пластика'
    ],
    [
        'rubber',
        'Rubber',
        'z gumy',
        'Gummi',
        'резины'
    ],
    [
        'wood',
        'Wood',
        'z drewna',
        'Holz',
        'дерева'
    ],
    [
        'glass',
        'Glass',
        'ze szkła',
        'Glas',
        'стекла'
    ]
];
const BRANDS = [
    'GridPro',
    'Titan',
    'Apex',
    'Nordic',
    'Vector',
    'Orion',
    'Falcon',
    'Summit',
    'Atlas',
    'Delta'
];
const MAKER_SUFFIXES = [
    'Tools',
    'Industries',
    'Works',
    'Systems',
    'Group',
    'Tech',
    'Pro',
    'Solutions',
    'Manufacturing',
    'Supply'
];
const MAKER_PREFIXES = [
    ...BRANDS,
    'Kowalski',
    'Nowak',
    'Wiśniewski',
    'Baltic',
    'Silesia',
    'Mazovia',
    'Carpathia',
    'Oder',
    'Vistula',
    'Tatra'
];
const COLOURS = [
    [
        'black',
        'Czarny',
        'Black'
    ],
    [
        'white',
        'Biały',
        'White'
    ],
    [
        'red',
        'Czerwony',
        'Red'
    ],
    [
        'yellow',
        'Żółty',
        'Yellow'
    ],
    [
        'green',
        'Zielony',
        'Green'
    ],
    [
        'blue',
        'Niebieski',
        'Blue'
    ],
    [
        'orange',
        'Pomarańczowy',
        'Orange'
    ],
    [
        'grey',
        'Szary',
        'Grey'
    ],
    [
        'brown',
        'Brązowy',
        'Brown'
    ],
    [
        'silver',
        'Srebrny',
        'Silver'
    ],
    [
        'gold',
        'Złoty',
        'Gold'
    ],
    [
        'transparent',
        'Przezroczysty',
        'Transparent'
    ]
];
const CHARACTERISTICS = [
    [
        'colour',
        'enum',
        null,
        'Kolor',
        'Colour',
        COLOURS
    ],
    [
        'material',
        'enum',
        null,
        'Materiał',
        'Material',
        MATERIALS.map(([c, en, , de])=>[
                c,
                en === 'Steel' ? 'Stal' : de,
                en
            ])
    ],
    [
        'grade',
        'enum',
        null,
        'Klasa',
        'Grade',
        [
            [
                'a',
                'A',
                'A'
            ],
            [
                'b',
                'B',
                'B'
            ],
            [
                'c',
                'C',
                'C'
            ],
            [
                'premium',
                'Premium',
                'Premium'
            ]
        ]
    ],
    [
        'finish',
        'enum',
        null,
        'Wykończenie',
        'Finish',
        [
            [
                'matte',
                'Mat',
                'Matte'
            ],
            [
                'gloss',
                'Połysk',
                'Gloss'
            ],
            [
                'satin',
                'Satyna',
                'Satin'
            ],
            [
                'raw',
                'Surowe',
                'Raw'
            ],
            [
                'coated',
                'Powlekane',
                'Coated'
            ]
        ]
    ],
    [
        'ip_rating',
        'enum',
        null,
        'Stopień ochrony IP',
        'IP rating',
        [
            'IP20',
            'IP44',
            'IP54',
            'IP65',
            'IP67',
            'IP68'
        ].map((x)=>[
                x.toLowerCase(),
                x,
                x
            ])
    ],
    [
        'thread',
        'enum',
        null,
        'Gwint',
        'Thread',
        [
            'M4',
            'M5',
            'M6',
            'M8',
            'M10',
            'M12'
        ].map((x)=>[
                x.toLowerCase(),
                x,
                x
            ])
    ],
    [
        'length',
        'number',
        'mm',
        'Długość',
        'Length'
    ],
    [
        'width',
        'number',
        'mm',
        'Szerokość',
        'Width'
    ],
    [
        'weight',
        'number',
        'kg',
        'Waga',
        'Weight'
    ],
    [
        'diameter',
        'number',
        'mm',
        'Średnica',
        'Diameter'
    ],
    [
        'voltage',
        'number',
        'V',
        'Napięcie',
        'Voltage'
    ],
    [
        'power',
        'number',
        'W',
        'Moc',
        'Power'
    ],
    [
        'warranty',
        'number',
        'lat',
        'Gwarancja',
        'Warranty'
    ],
    [
        'pack_qty',
        'number',
        'szt',
        'Sztuk w opakowaniu',
        'Pieces per pack'
    ],
    [
        'waterproof',
        'boolean',
        null,
        'Wodoodporny',
        'Waterproof'
    ],
    [
        'insulated',
        'boolean',
        null,
        'Izolowany',
        'Insulated'
    ],
    [
        'certified',
        'boolean',
        null,
        'Certyfikowany',
        'Certified'
    ],
    [
        'eco',
        'boolean',
        null,
        'Ekologiczny',
        'Eco'
    ],
    [
        'standard',
        'text',
        null,
        'Norma',
        'Standard'
    ],
    [
        'origin',
        'text',
        null,
        'Kraj pochodzenia',
        'Country of origin'
    ]
];
const WAREHOUSES = [
    [
        'WRO',
        'Wrocław Centralny',
        'ul. Magazynowa 1',
        '50-001',
        'Wrocław',
        true
    ],
    [
        'WAW',
        'Warszawa Okęcie',
        'ul. Składowa 12',
        '02-146',
        'Warszawa',
        true
    ],
    [
        'KRK',
        'Kraków Nowa Huta',
        'ul. Hutnicza 5',
        '31-900',
        'Kraków',
        true
    ],
    [
        'GDA',
        'Gdańsk Port',
        'ul. Portowa 8',
        '80-601',
        'Gdańsk',
        false
    ],
    [
        'POZ',
        'Poznań Franowo',
        'ul. Kolejowa 3',
        '61-001',
        'Poznań',
        false
    ]
];
const textArray = (values)=>`array[${values.map((v)=>`'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;
const col = (rows, i)=>rows.map((r)=>r[i]);
async function seedLarge(databaseUrl, opts) {
    const log = opts.log ?? ((m)=>console.log(`[seed:large] ${m}`));
    const n = opts.products;
    const companies = opts.companies ?? 1000;
    const lists = opts.priceLists ?? 10;
    if (!Number.isInteger(n) || n < 1 || n > 5_000_000) throw new Error('--products must be a whole number from 1 to 5,000,000');
    const timings = {};
    const t0 = Date.now();
    let last = t0;
    const step = (name)=>{
        const now = Date.now();
        timings[name] = (now - last) / 1000;
        log(`${name}: ${timings[name].toFixed(1)} s`);
        last = now;
    };
    await (0, _preparedatabase.prepareDatabase)(databaseUrl);
    step('migrate');
    const db = new _pg.Client({
        connectionString: databaseUrl
    });
    const db2 = new _pg.Client({
        connectionString: databaseUrl
    });
    await Promise.all([
        db.connect(),
        db2.connect()
    ]);
    const q = (sql, params = [])=>db.query(sql, params);
    /** Runs `sql` with $1..$2 = a range of i over both connections (one per core), in chunks. */ const spread = async (sql, total, extra = [], label)=>{
        const chunk = 100_000;
        const ranges = [];
        for(let from = 1; from <= total; from += chunk)ranges.push([
            from,
            Math.min(total, from + chunk - 1)
        ]);
        let done = 0;
        const worker = async (c)=>{
            for(let r = ranges.shift(); r; r = ranges.shift()){
                await c.query(sql, [
                    r[0],
                    r[1],
                    ...extra
                ]);
                done += r[1] - r[0] + 1;
                if (label && total > chunk) log(`  ${label} ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
            }
        };
        await Promise.all([
            worker(db),
            worker(db2)
        ]);
    };
    try {
        for (const c of [
            db,
            db2
        ])await c.query(`set synchronous_commit = off; set maintenance_work_mem = '256MB'; set work_mem = '64MB'`);
        // the generated rows are consistent by construction: skip per-row trigger work (FK checks) where allowed
        const bulk = async (on)=>{
            for (const c of [
                db,
                db2
            ])await c.query(`set session_replication_role = ${on ? 'replica' : 'origin'}`).catch(()=>undefined);
        };
        await q(`truncate product, category, manufacturer, characteristic, characteristic_option, warehouse, assortment, search_word,
                      price_list, company_trade_terms, discount_rule, individual_price, volume_tier, promotion cascade`);
        await q(`delete from company where erp_id like 'LC-%'`);
        step('clear');
        // ---- vocabulary as SQL arrays (1-based in SQL) ------------------------------------------------------------
        const V = {
            nounEn: textArray(col(NOUNS, 0)),
            nounPl: textArray(col(NOUNS, 1)),
            nounDe: textArray(col(NOUNS, 2)),
            nounRu: textArray(col(NOUNS, 3)),
            serEn: textArray(col(SERIES, 0)),
            matCode: textArray(col(MATERIALS, 0)),
            matEn: textArray(col(MATERIALS, 1)),
            matPl: textArray(col(MATERIALS, 2)),
            matDe: textArray(col(MATERIALS, 3)),
            matRu: textArray(col(MATERIALS, 4)),
            brand: textArray(BRANDS),
            colour: textArray(col(COLOURS, 0))
        };
        // ---- categories: 10 roots × 5 × 5, ids derived from erp ids so products can find their leaf by number -----
        await q(`insert into category (id, erp_id, parent_id, position, names, updated_at)
       select md5('cat-' || r)::uuid, 'LCAT-' || r, null, r,
              jsonb_build_object('en', (${textArray(col(ROOTS, 0))})[r], 'pl', (${textArray(col(ROOTS, 1))})[r],
                                 'de', (${textArray(col(ROOTS, 2))})[r], 'ru', (${textArray(col(ROOTS, 3))})[r]), now()
         from generate_series(1, 10) r`);
        await q(`insert into category (id, erp_id, parent_id, position, names, updated_at)
       select md5('cat-' || r || '-' || m)::uuid, 'LCAT-' || r || '-' || m, md5('cat-' || r)::uuid, m,
              jsonb_build_object('en', (${V.nounEn})[(r - 1) * 5 + m], 'pl', (${V.nounPl})[(r - 1) * 5 + m],
                                 'de', (${V.nounDe})[(r - 1) * 5 + m], 'ru', (${V.nounRu})[(r - 1) * 5 + m]), now()
         from generate_series(1, 10) r, generate_series(1, 5) m`);
        await q(`insert into category (id, erp_id, parent_id, position, names, updated_at)
       select md5('cat-' || r || '-' || m || '-' || s)::uuid, 'LCAT-' || r || '-' || m || '-' || s, md5('cat-' || r || '-' || m)::uuid, s,
              jsonb_build_object('en', (${V.nounEn})[(r - 1) * 5 + m] || ' – ' || (${V.serEn})[s],
                                 'pl', (${V.nounPl})[(r - 1) * 5 + m] || ' – ' || (${textArray(col(SERIES, 1))})[s],
                                 'de', (${V.nounDe})[(r - 1) * 5 + m] || ' – ' || (${textArray(col(SERIES, 2))})[s],
                                 'ru', (${V.nounRu})[(r - 1) * 5 + m] || ' – ' || (${textArray(col(SERIES, 3))})[s]), now()
         from generate_series(1, 10) r, generate_series(1, 5) m, generate_series(1, 5) s`);
        await q(`insert into manufacturer (id, erp_id, name, updated_at)
       select md5('man-' || k)::uuid, 'LMAN-' || k, (${textArray(MAKER_PREFIXES)})[1 + k % 20] || ' ' || (${textArray(MAKER_SUFFIXES)})[1 + (k / 20) % 10], now()
         from generate_series(0, 199) k`);
        for (const [i, [code, kind, unit, pl, en, options]] of CHARACTERISTICS.entries()){
            const id = (await q(`insert into characteristic (id, erp_id, code, kind, unit, names, position, filterable, updated_at)
         values (md5('char-' || $1)::uuid, 'LCH-' || $1, $1, $2, $3, jsonb_build_object('pl', $4::text, 'en', $5::text), $6, $7, now()) returning id`, [
                code,
                kind,
                unit,
                pl,
                en,
                i + 1,
                kind !== 'text' || code === 'origin'
            ])).rows[0].id;
            for (const [j, [oc, opl, oen]] of (options ?? []).entries()){
                await q(`insert into characteristic_option (id, erp_id, characteristic_id, code, names, position) values (gen_random_uuid(), $1, $2, $3, jsonb_build_object('pl', $4::text, 'en', $5::text), $6)`, [
                    `LCH-${code}-${oc}`,
                    id,
                    oc,
                    opl,
                    oen,
                    j + 1
                ]);
            }
        }
        for (const [i, [code, name, street, postal, city, pickup]] of WAREHOUSES.entries()){
            await q(`insert into warehouse (id, erp_id, code, name, street, postal_code, city, country, pickup, position, active, updated_at)
         values (md5('wh-' || $1)::uuid, 'LWH-' || $1, $1, $2, $3, $4, $5, 'PL', $6, $7, true, now())`, [
                code,
                name,
                street,
                postal,
                city,
                pickup,
                i + 1
            ]);
        }
        step('categories, manufacturers, characteristics, warehouses');
        // ---- products: triggers off and secondary indexes dropped for the bulk load, rebuilt after ---------------
        const indexes = (await q(`select i.indexname, i.indexdef from pg_indexes i
          where i.tablename = 'product' and i.schemaname = current_schema()
            and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`)).rows;
        for (const ix of indexes)await q(`drop index if exists "${ix.indexname}"`);
        await q('alter table product disable trigger product_derive');
        await bulk(true);
        try {
            await spread(`insert into product (id, erp_id, sku, ean, model, manufacturer_id, category_id, category_path, names, descriptions, unit, pack_size,
                                min_quantity, step_quantity, vat_rate_bp, images, attributes, active, created_at, updated_at,
                                search_pl, search_en, search_de, search_ru)
           select x.id, 'LP-' || x.i, x.sku, x.ean, x.model, x.maker_id, x.cat_id, array[x.root_id, x.mid_id, x.cat_id], x.names,
                  jsonb_build_object('pl', 'Produkt ' || (x.names ->> 'pl') || '. Solidne wykonanie, ' || (${V.matPl})[x.mat] || '.',
                                     'en', 'The ' || (x.names ->> 'en') || ' is built to last. Made of ' || lower((${V.matEn})[x.mat]) || '.'),
                  case when x.noun in (11, 16, 45) then 'm' else 'szt' end,
                  case when x.root = 2 then 100 else 1 end, 1, 1,
                  case when x.root = 10 then 800 else 2300 end,
                  array['https://img.kontor.example/p/' || x.i || '.jpg', 'https://img.kontor.example/p/' || x.i || '-2.jpg'],
                  jsonb_strip_nulls(jsonb_build_object(
                    'colour', (${V.colour})[1 + (x.i * 5) % 12],
                    'material', (${V.matCode})[x.mat],
                    'grade', (array['a', 'b', 'c', 'premium'])[1 + x.i % 4],
                    'finish', case when x.i % 2 = 0 then (array['matte', 'gloss', 'satin', 'raw', 'coated'])[1 + (x.i / 2) % 5] end,
                    'ip_rating', case when x.root in (3, 9) then (array['ip20', 'ip44', 'ip54', 'ip65', 'ip67', 'ip68'])[1 + x.i % 6] end,
                    'thread', case when x.root = 2 then (array['m4', 'm5', 'm6', 'm8', 'm10', 'm12'])[1 + x.i % 6] end,
                    'length', 10 * (1 + (x.i * 11) % 60),
                    'width', case when x.root in (6, 8) then 5 * (1 + x.i % 40) end,
                    'weight', round((1 + (x.i * 13) % 50) / 10.0, 1),
                    'diameter', case when x.root in (2, 4) then 2 * (1 + x.i % 25) end,
                    'voltage', case when x.root in (3, 9) then (array[12, 24, 230, 400])[1 + x.i % 4] end,
                    'power', case when x.root in (1, 3, 9) then 50 * (1 + x.i % 40) end,
                    'warranty', 1 + x.i % 5,
                    'pack_qty', case when x.root = 2 then (array[10, 50, 100, 200, 500])[1 + x.i % 5] end,
                    'waterproof', x.i % 3 = 0,
                    'insulated', case when x.root = 3 then x.i % 2 = 0 end,
                    'certified', x.i % 5 = 0,
                    'eco', case when x.i % 7 = 0 then true end,
                    'standard', case when x.i % 4 = 0 then 'PN-EN ' || (1000 + x.i % 50) end,
                    'origin', (array['PL', 'DE', 'CZ', 'IT', 'CN', 'US'])[1 + x.i % 6])),
                  true, now(), now(),
                  kontor_product_tsv(x.names, 'pl', x.model, x.maker), kontor_product_tsv(x.names, 'en', x.model, x.maker),
                  kontor_product_tsv(x.names, 'de', x.model, x.maker), kontor_product_tsv(x.names, 'ru', x.model, x.maker)
             from (
               select g.i, md5('prod-' || g.i)::uuid as id,
                      upper(left((${V.nounEn})[g.noun], 3)) || '-' || lpad(g.i::text, 7, '0') as sku,
                      '590' || lpad((g.i * 7)::text, 9, '0') || (g.i % 10) as ean,
                      upper(left(replace((${V.nounEn})[g.noun], ' ', ''), 2)) || (1000 + g.i % 9000) as model,
                      md5('man-' || ((g.i * 7) % 200))::uuid as maker_id,
                      (${textArray(MAKER_PREFIXES)})[1 + ((g.i * 7) % 200) % 20] || ' ' || (${textArray(MAKER_SUFFIXES)})[1 + (((g.i * 7) % 200) / 20) % 10] as maker,
                      md5('cat-' || g.root)::uuid as root_id,
                      md5('cat-' || g.root || '-' || g.mid)::uuid as mid_id,
                      md5('cat-' || g.root || '-' || g.mid || '-' || g.ser)::uuid as cat_id,
                      g.root, g.noun, g.mat,
                      jsonb_build_object(
                        'en', (${V.brand})[g.brand] || ' ' || (${V.serEn})[g.ser] || ' ' || (${V.matEn})[g.mat] || ' ' || (${V.nounEn})[g.noun] || ' '
                              || upper(left(replace((${V.nounEn})[g.noun], ' ', ''), 2)) || (1000 + g.i % 9000),
                        'pl', (${V.brand})[g.brand] || ' ' || (${V.nounPl})[g.noun] || ' ' || (${V.matPl})[g.mat] || ' '
                              || upper(left(replace((${V.nounEn})[g.noun], ' ', ''), 2)) || (1000 + g.i % 9000),
                        'de', (${V.brand})[g.brand] || ' ' || (${V.nounDe})[g.noun] || ' aus ' || (${V.matDe})[g.mat] || ' '
                              || upper(left(replace((${V.nounEn})[g.noun], ' ', ''), 2)) || (1000 + g.i % 9000),
                        'ru', (${V.brand})[g.brand] || ' ' || (${V.nounRu})[g.noun] || ' из ' || (${V.matRu})[g.mat] || ' '
                              || upper(left(replace((${V.nounEn})[g.noun], ' ', ''), 2)) || (1000 + g.i % 9000)) as names
                 from (select i, 1 + (i * 13 % 250) / 25 as root, 1 + ((i * 13 % 250) / 5) % 5 as mid, 1 + (i * 13 % 250) % 5 as ser,
                              1 + (i * 13 % 250) / 5 as noun, 1 + (i * 7 + 3) % 10 as mat, 1 + (i * 3 + i / 250) % 10 as brand
                         from generate_series($1::int, $2::int) i) g
             ) x`, n, [], 'products');
        } finally{
            await q('alter table product enable trigger product_derive');
        }
        step('products');
        await q(`insert into search_word (word)
       select distinct w from unnest(tsvector_to_array(to_tsvector('simple', kontor_unaccent(lower(
         array_to_string(${V.nounEn} || ${V.nounPl} || ${V.nounDe} || ${V.nounRu} || ${V.matEn} || ${V.matPl} || ${V.matDe} || ${V.matRu}
                         || ${V.serEn} || ${V.brand} || ${textArray(MAKER_PREFIXES)} || ${textArray(MAKER_SUFFIXES)}, ' ')))))) w
        where length(w) >= 3 and w !~ '[0-9]' on conflict do nothing`);
        // rebuild the product indexes, two at a time (one per core)
        const queue = [
            ...indexes
        ];
        const worker = async (c)=>{
            for(let ix = queue.shift(); ix; ix = queue.shift())await c.query(ix.indexdef);
        };
        await Promise.all([
            worker(db),
            worker(db2)
        ]);
        step('product indexes');
        // ---- stock: every product in WRO, in the others 2 of 3 times; 5 % sold out; deliveries for 1 in 10; written in
        // product id order, as the ERP sync's first load writes stock (a product's rows side by side), in one statement ---
        await q(`insert into stock (id, erp_id, product_id, warehouse_id, on_hand, erp_reserved, kontor_held, as_of, updated_at)
       select gen_random_uuid(), null, md5('prod-' || i)::uuid, md5('wh-' || (${textArray(WAREHOUSES.map((w)=>w[0]))})[w])::uuid,
              s.on_hand, floor(s.on_hand / 10), 0, now() - make_interval(mins => i % 60), now()
         from generate_series($1::int, $2::int) i, generate_series(1, 5) w,
              lateral (select case when (i * 31 + w * 17) % 20 = 0 then 0 else (i * 37 + w * 11) % 500 end as on_hand) s
        where w = 1 or (i + w) % 3 <> 0
        order by 3, 4`, [
            1,
            n
        ]);
        await q(`insert into stock_delivery (id, product_id, warehouse_id, quantity, expected_on)
       select gen_random_uuid(), md5('prod-' || i)::uuid, md5('wh-WRO')::uuid, 50 + i % 200, current_date + 1 + i % 30
         from generate_series(1, $1::int) i where i % 10 = 0`, [
            n
        ]);
        step('stock');
        await q(`insert into product_association (product_id, associated_id, position)
       select md5('prod-' || i)::uuid, md5('prod-' || (1 + (i + k * 101) % $1::int))::uuid, k
         from generate_series(1, $1::int) i, generate_series(1, 3) k where i % 5 = 0 and (1 + (i + k * 101) % $1::int) <> i`, [
            n
        ]);
        step('associations');
        // ---- pricing: 10 price lists over every product, 1,000 companies with trade terms -----------------------
        await q(`insert into price_list (id, erp_id, code, name, currency, prices_are_gross, is_default, updated_at)
       select md5('pl-' || l)::uuid, 'LPL-' || l, 'LIST-' || l, 'Cennik ' || l, 'PLN', false, l = 1, now() from generate_series(1, $1::int) l`, [
            lists
        ]);
        await spread(`insert into price_list_entry (price_list_id, product_id, amount_minor, updated_at)
       select md5('pl-' || l)::uuid, md5('prod-' || i)::uuid, (199 + (i::bigint * 7919) % 49801) * (100 - (l - 1) * 2) / 100, now()
         from generate_series(1, $3::int) l, generate_series($1::int, $2::int) i`, n, [
            lists
        ], 'price list entries');
        step('price lists');
        await q(`insert into company (id, erp_id, name, tax_id, time_zone, blocked, created_at, updated_at)
       select md5('co-' || k)::uuid, 'LC-' || lpad(k::text, 4, '0'), 'Firma Handlowa ' || lpad(k::text, 4, '0') || ' Sp. z o.o.',
              'PL' || (5250000000 + k), 'Europe/Warsaw', false, now(), now()
         from generate_series(1, $1::int) k`, [
            companies
        ]);
        await q(`insert into company_trade_terms (company_id, erp_id, price_list_id, payment_term_days, updated_at)
       select md5('co-' || k)::uuid, 'LTT-' || k, md5('pl-' || (1 + k % $2::int))::uuid, 14 + 7 * (k % 3), now() from generate_series(1, $1::int) k`, [
            companies,
            lists
        ]);
        await q(`insert into discount_rule (id, company_id, scope, scope_id, percent_bp, updated_at)
       select gen_random_uuid(), md5('co-' || k)::uuid, 'category', md5('cat-' || (1 + k % 10))::uuid, 500 + 100 * (k % 10), now()
         from generate_series(1, $1::int) k where k % 3 = 0
       union all
       select gen_random_uuid(), md5('co-' || k)::uuid, 'manufacturer', md5('man-' || (k % 200))::uuid, 300 + 100 * (k % 5), now()
         from generate_series(1, $1::int) k where k % 5 = 0
       union all
       select gen_random_uuid(), md5('co-' || k)::uuid, 'all', null, 200, now() from generate_series(1, $1::int) k where k % 7 = 0`, [
            companies
        ]);
        await q(`insert into individual_price (company_id, product_id, net_minor, currency, updated_at)
       select md5('co-' || k)::uuid, md5('prod-' || (1 + (k * 37 + j * 997) % $2::int))::uuid, 150 + (k * j) % 10000, 'PLN', now()
         from generate_series(1, $1::int) k, generate_series(1, 20) j where k % 10 = 1
       on conflict do nothing`, [
            companies,
            n
        ]);
        await bulk(false);
        step('companies and trade terms');
        // ---- benchmark users in company LC-0001 (price list 2, individual prices) ----------------------------------
        const passwordHash = await (0, _passwords.hashPassword)(LARGE_PASSWORD);
        await q(`delete from app_user where email like 'large-%@kontor.example'`);
        await q(`insert into app_user (id, email, name, locale, password_hash, company_id, access_level_id, company_admin, blocked, created_at, updated_at)
       select gen_random_uuid(), 'large-' || l.code || '@kontor.example', 'Large ' || l.name, 'en', $1, md5('co-1')::uuid, l.id, false, false, now(), now()
         from access_level l where l.built_in`, [
            passwordHash
        ]);
        step('users');
        // every table vacuumed, not only analyzed: a bulk load leaves the visibility map unset, so index-only scans of
        // stock and price entries would read the heap until autovacuum gets there (and would compete with it meanwhile)
        await q('vacuum analyze');
        step('vacuum, analyze');
        timings.total = (Date.now() - t0) / 1000;
        log(`done: ${n.toLocaleString('en')} products in ${timings.total.toFixed(1)} s`);
        return timings;
    } finally{
        await Promise.all([
            db.end(),
            db2.end()
        ]);
    }
}
async function main() {
    const args = process.argv.slice(2);
    const arg = (name)=>{
        const i = args.indexOf(`--${name}`);
        return i >= 0 ? args[i + 1] : undefined;
    };
    const products = Number(arg('products') ?? 100_000);
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('Set DATABASE_URL to the database to fill (its catalog, stock and pricing data are replaced).');
    await seedLarge(url, {
        products,
        companies: Number(arg('companies') ?? 1000),
        priceLists: Number(arg('price-lists') ?? 10)
    });
}
if (require.main === module) {
    main().catch((err)=>{
        console.error(err instanceof Error ? err.message : err);
        process.exit(1);
    });
}

//# sourceMappingURL=large.js.map