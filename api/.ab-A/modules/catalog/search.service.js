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
    get SEARCH_CANDIDATES () {
        return SEARCH_CANDIDATES;
    },
    get SEARCH_MAX_RESULTS () {
        return SEARCH_MAX_RESULTS;
    },
    get SEARCH_RANKING_MS () {
        return SEARCH_RANKING_MS;
    },
    get SearchService () {
        return SearchService;
    },
    get codePrefix () {
        return codePrefix;
    },
    get normalizeTerm () {
        return normalizeTerm;
    }
});
const _errors = require("../../common/errors");
const _audience = require("./audience");
const _productsql = require("./product-sql");
const _productsservice = require("./products.service");
const _preparedquery = require("../../common/prepared-query");
const _sql = require("./sql");
const SEARCH_CANDIDATES = 200;
const SEARCH_MAX_RESULTS = 50;
/** Products walked (in id order) for a word before the index is asked (see search()). */ const WALK_ROWS = 500;
/** A walk that finds this many matches (1 % of it) means the term is common: the index is not asked. */ const ENOUGH = 5;
const MAX_TERM = 100;
const MAX_TOKENS = 6;
const CORRECTIONS_CACHED = 5000;
/**
 * A token of 3+ letters stands for the catalog words it begins, named one by one when there are at most this many:
 * the index then reads those words' lists of products instead of collecting every product of every word the prefix
 * matches (at 1M products, "apex bea" went from ~110 ms to ~8 ms in the index). More words: the prefix itself.
 */ const EXPAND_MAX = 32;
/**
 * A term whose estimated share of the catalog is below this goes to the index without the sample walk: the walk would
 * meet next to nothing, and the index answers a rare term cheaply. The estimate multiplies the shares of its words
 * (their sum per token) as PostgreSQL's statistics keep them (`pg_stats.most_common_elems` of the language's vector);
 * a word it does not list counts at the lowest share it lists. Without statistics every word term walks first.
 */ const RARE_SHARE = 0.002;
/** How long the word shares read from the statistics are used before they are read again. */ const SHARES_MS = 60_000;
const SEARCH_RANKING_MS = 30_000;
const RANKINGS_CACHED = 5000;
function normalizeTerm(term) {
    const folded = term.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return folded.split(/[^\p{L}\p{N}]+/u).filter((t)=>t.length > 0);
}
function codePrefix(term) {
    const t = term.trim().toUpperCase();
    if (t.length < 2 || /\s/.test(t) || !/^[\p{L}\p{N}._/-]+$/u.test(t)) return null;
    const chars = [
        ...t
    ];
    const last = chars.pop().codePointAt(0);
    const next = last + 1 === 0xd800 ? 0xe000 : last + 1; // UTF-8 keeps code point order byte by byte
    if (next > 0x10ffff) return null;
    return {
        from: t,
        to: chars.join('') + String.fromCodePoint(next),
        like: `${t.replace(/[%_\\]/g, (c)=>`\\${c}`)}%`
    };
}
let SearchService = class SearchService {
    constructor(pricing, stockFreshness = null){
        this.pricing = pricing;
        this.stockFreshness = stockFreshness;
        /** token → tsquery fragment; the dictionary changes slowly, so corrections are remembered for a while. */ this.corrections = new Map();
        /** language → catalog shares of its most common words (see RARE_SHARE). */ this.shares = new Map();
        /** audience + page size + query → the ranked product ids (SEARCH_RANKING_MS). */ this.rankings = new Map();
    }
    async search(ctx, args) {
        const aud = await (0, _audience.audienceFor)(ctx, args.companyId, this.stockFreshness);
        const first = args.first ?? 10;
        if (!Number.isInteger(first) || first < 1 || first > SEARCH_MAX_RESULTS) {
            throw (0, _errors.badInput)(`"first" must be a whole number from 1 to ${SEARCH_MAX_RESULTS}, got ${first}.`);
        }
        const term = args.term.trim();
        if (term.length > MAX_TERM) throw (0, _errors.badInput)(`The search term may be at most ${MAX_TERM} characters.`);
        const tokens = normalizeTerm(term).slice(0, MAX_TOKENS);
        const code = codePrefix(term);
        if (!tokens.length && !code) return [];
        const parts = await this.tsqueryParts(ctx, tokens);
        const tsq = parts.length && parts.every((p)=>p !== null) ? parts.join(' & ') : null;
        if (!tsq && !code) return [];
        // Words with a digit (a model code, a number) are rare in product names: the index is asked for them alone and
        // the other words are checked on the rows it returns, because the index collects every product of a frequent
        // prefix (`ham:*`, 100,000 products at 1M) before a rare word narrows it.
        const driving = tokens.flatMap((t, i)=>/\d/.test(t) && t.length >= 2 && parts[i] ? [
                parts[i]
            ] : []);
        const driver = tsq && driving.length && driving.length < tokens.length ? driving.join(' & ') : null;
        const key = `${aud.companyId ?? '-'}|${aud.locale}|${first}|${tsq ?? ''}|${code?.from ?? ''}`;
        const now = Date.now();
        const known = this.rankings.get(key);
        const pricing = aud.prices && args.wantPrices && this.pricing ? this.pricing : null;
        let rows;
        let prices = null;
        if (known && now - known.at < SEARCH_RANKING_MS) {
            // the remembered ranking's rows and their prices in one statement
            const read = await this.rowsOf(ctx, aud, known.ids, pricing && {
                pricing,
                companyId: aud.companyId
            });
            rows = read;
            prices = read.prices;
        } else {
            // A word of three or more characters with a digit ("ha1234", the number of a SKU) is rare by nature, and so is
            // a term whose words seldom stand together: the index finds their few products at once, and the sample walk
            // for common words would only cost time.
            const rare = tokens.some((t, i)=>/\d/.test(t) && t.length >= 3 && parts[i] !== null) || !!tsq && await this.estimatedShare(ctx, aud.locale, tokens) < RARE_SHARE;
            rows = await this.rankAndRead(ctx, aud, first, tsq, driver, rare, code);
            if (this.rankings.size >= RANKINGS_CACHED) this.rankings.delete(this.rankings.keys().next().value);
            this.rankings.set(key, {
                ids: rows.map((r)=>r.id),
                at: now
            });
            if (pricing && rows.length) prices = await pricing.pricesFor(ctx, aud.companyId, rows.map(_productsservice.refOf), 1, {
                explain: false
            });
        }
        (0, _productsservice.presentRows)(rows, aud, prices);
        return rows;
    }
    /** Ranks the candidates (codes, then words) and reads the page's rows, in one prepared statement. */ rankAndRead(ctx, aud, first, tsq, driver, rare, code) {
        const col = `p.search_${aud.locale}`;
        // Candidates, capped before ranking (DESIGN.md §9a):
        // - words, common ones: walk up to WALK_ROWS products in id order (random uuids: an even sample, unlike name
        //   order, where similar names cluster) and keep those that match — a term in a third of the catalog gives
        //   ~150 candidates, with no bitmap of 300,000 hits;
        // - words, rare ones: when that walk finds fewer than ENOUGH (or than the page asks for), the GIN index of the
        //   language's vectors (the branch is gated by a one-time filter, so it does not run at all for common terms); a
        //   rare term (a word with a digit, or words that seldom stand together) goes to the index at once, without the walk;
        // - codes: btree prefix ranges on SKU, EAN and model.
        // Each branch scores its own candidates from the row it already read (code hit, rank, name), so ranking
        // needs no second visit to 200 rows; only the page's rows are read again for the list columns and stock.
        // The tsquery travels as a parameter of type tsquery (the tokens are normalized and quoted here already): a
        // `to_tsquery('simple', $n)` would be parsed again for every row the walk reads under a generic plan.
        const scored = (sql, a, vector)=>sql.add(`${code ? `(upper(${a}.sku) like ? or ${a}.ean like ? or upper(${a}.model) like ?)` : 'false'} as code_hit,
         ${tsq ? `ts_rank_cd(${vector}, ?::tsquery)` : '0::real'} as rank,
         kontor_name(${a}.names, '${aud.locale}') as name`, ...code ? [
                code.like,
                code.like,
                code.like
            ] : [], ...tsq ? [
                tsq
            ] : []);
        const branches = [];
        const ctes = [];
        if (code) {
            const range = (expr)=>`(${expr} ~>=~ ?::text and ${expr} ~<~ ?::text)`;
            const codes = scored(new _sql.Sql().add('codes as (select p.id,'), 'p', col).add(`from product p where (${range('upper(p.sku)')} or ${range('p.ean')} or ${range('upper(p.model)')})`, code.from, code.to, code.from, code.to, code.from, code.to);
            (0, _productsql.visibleTo)(codes, aud);
            codes.add(`limit ${SEARCH_CANDIDATES})`);
            ctes.push(codes);
            branches.push(new _sql.Sql().add('select * from codes'));
        }
        if (tsq && !rare) {
            const walk = new _sql.Sql().add(`walk as (select x.* from (select p.id, p.sku, p.ean, p.model, p.names, ${col} as v from product p where true` + // code hits rank first: when they fill the page, words cannot reach it and the walk is skipped
            (code ? ` and (select count(*) from codes) < ${first}` : ''));
            (0, _productsql.visibleTo)(walk, aud);
            walk.add(`order by p.id limit ${WALK_ROWS}) x where x.v @@ ?::tsquery limit ${SEARCH_CANDIDATES})`, tsq);
            ctes.push(walk);
            branches.push(scored(new _sql.Sql().add('select w.id,'), 'w', 'w.v').add('from walk w'));
        }
        if (tsq) {
            // the index only for a rare word, and only while code hits (ranked first) leave room on the page
            // (ts_match_vq is @@ in a form the planner does not take to the index: the driver alone is the index condition)
            const gin = scored(new _sql.Sql().add('select p.id,'), 'p', col).add(`from product p where ${col} @@ ?::tsquery` + (driver ? ` and ts_match_vq(${col}, ?::tsquery)` : '') + (rare ? '' : ` and (select count(*) from walk) < ${Math.max(ENOUGH, first)}`) + (code ? ` and (select count(*) from codes) < ${first}` : ''), ...driver ? [
                driver,
                tsq
            ] : [
                tsq
            ]);
            (0, _productsql.visibleTo)(gin, aud);
            gin.add(`limit ${SEARCH_CANDIDATES}`);
            branches.push(gin);
        }
        const sql = new _sql.Sql().add('with');
        for (const cte of ctes)sql.add(`${cte.text},`, ...cte.params);
        sql.add('ranked as (select c.id, c.code_hit, c.rank, c.name from (');
        branches.forEach((b, i)=>sql.add(`${i ? 'union ' : ''}(${b.text})`, ...b.params));
        sql.add(`) c order by c.code_hit desc, c.rank desc, c.name, c.id limit ${first})
       select ${(0, _productsql.listColumns)(aud.locale, aud.stock)}
         from ranked r join product p on p.id = r.id ${(0, _productsql.listJoins)(aud.stock)}
        order by r.code_hit desc, r.rank desc, r.name, p.id`);
        // a named prepared statement: no value in it changes the best plan (code prefixes are byte ranges, limits
        // are in the text, the tsquery is a value), so one generic plan per connection serves every term. PostgreSQL's
        // own choice would plan it again for every term (its generic estimate for a code range or a word looks dear):
        // ~0.6–0.9 ms of planning per search, so the generic plan is forced
        return (0, _preparedquery.query)(ctx, sql.text, sql.params, {
            generic: true
        });
    }
    /** The rows of a remembered ranking, in its order, still active and visible to the audience. */ async rowsOf(ctx, aud, ids, priced) {
        if (!ids.length) return Object.assign([], {
            prices: null
        });
        const sql = new _sql.Sql().add(`select ${(0, _productsql.listColumns)(aud.locale, aud.stock)}, r.n as pos
         from unnest(?::uuid[]) with ordinality as r(id, n) join product p on p.id = r.id ${(0, _productsql.listJoins)(aud.stock)} where true`, ids);
        (0, _productsql.visibleTo)(sql, aud);
        sql.add('order by r.n');
        return (0, _productsservice.readPage)(ctx, sql, 'page.pos', priced);
    }
    /**
   * Each token as a tsquery fragment: the catalog words it begins (`('beaker' | 'beam')`, or `tok:*` when there are
   * more than EXPAND_MAX or the token is shorter than 3), plus very close other words; else the closest catalog
   * words by trigram similarity (`('steel' | 'steep')`); else null (nothing can match). One statement for all
   * tokens not remembered yet. (The dictionary holds the catalog's words without digits, so a word such as a model
   * code "abc1000" is found by "abc" only as a code, or once a digit is typed.)
   */ async tsqueryParts(ctx, tokens) {
        const now = Date.now();
        // a token with a digit (a model code such as "ha1231", a size) is never corrected: the dictionary holds only
        // words without digits, so it is taken as the start of a word as typed
        for (const t of tokens)if (/\d/.test(t) && !this.cached(t, now)) this.remember(t, `${lexeme(t)}:*`, now);
        const todo = [
            ...new Set(tokens.filter((t)=>!this.cached(t, now)))
        ];
        if (todo.length) {
            const sql = new _sql.Sql();
            todo.forEach((t, i)=>{
                const like = `${t.replace(/[%_\\]/g, (c)=>`\\${c}`)}%`;
                sql.add(`${i ? 'union all ' : ''}select ?::text as tok,
             array(select word from search_word where word like ?::text order by word limit ${EXPAND_MAX + 1}) as starts,
             array(select word || ':' || round(similarity(word, ?::text)::numeric, 2) from search_word
                    where length(?::text) >= 3 and word % ?::text order by word <-> ?::text, word limit 3) as near`, t, like, t, t, t, t);
            });
            const rows = await (0, _preparedquery.query)(ctx, sql.text, sql.params, {
                prepared: false
            });
            for (const r of rows){
                const near = r.near.map((x)=>{
                    const i = x.lastIndexOf(':');
                    return {
                        word: x.slice(0, i),
                        sim: Number(x.slice(i + 1))
                    };
                });
                // the catalog words the token stands for, when it is not matched as a prefix
                let exact;
                let words;
                if (r.starts.length) {
                    // the token starts catalog words; a very close other word is likely what was meant too ("stel" → steel)
                    const close = near.filter((w)=>w.sim >= 0.5 && !w.word.startsWith(r.tok)).map((w)=>w.word);
                    if (r.tok.length >= 3 && r.starts.length <= EXPAND_MAX) {
                        exact = [
                            ...r.starts,
                            ...close
                        ];
                        words = exact.map(lexeme);
                    } else {
                        exact = null;
                        words = [
                            `${lexeme(r.tok)}:*`,
                            ...close.map(lexeme)
                        ];
                    }
                } else {
                    exact = near.map((w)=>w.word);
                    words = exact.map(lexeme);
                }
                const q = words.length ? words.length === 1 ? words[0] : `(${words.join(' | ')})` : null;
                this.remember(r.tok, q, now, exact);
            }
        }
        return tokens.map((t)=>this.corrections.get(t)?.q ?? null);
    }
    remember(token, q, now, words = null) {
        if (this.corrections.size >= CORRECTIONS_CACHED) this.corrections.clear();
        this.corrections.set(token, {
            q,
            at: now,
            words
        });
    }
    /**
   * The share of the catalog a term's products are likely to make: the product over its tokens of the shares of the
   * words each stands for (a token matched as a prefix, or with no statistics at all, counts as 1).
   */ async estimatedShare(ctx, locale, tokens) {
        const stats = await this.wordShares(ctx, locale);
        if (!stats) return 1;
        let share = 1;
        for (const t of tokens){
            const words = this.corrections.get(t)?.words;
            if (!words) continue;
            share *= Math.min(1, words.reduce((sum, w)=>sum + (stats.share.get(w) ?? stats.floor), 0));
        }
        return share;
    }
    /** The next search reads the word shares from PostgreSQL's statistics again (after a bulk import and ANALYZE). */ forgetWordShares() {
        this.shares.clear();
    }
    async wordShares(ctx, locale) {
        const now = Date.now();
        const known = this.shares.get(locale);
        if (known && now - known.at < SHARES_MS) return known.stats;
        const rows = await (0, _preparedquery.query)(ctx, `select most_common_elems::text::text[] as elems, most_common_elem_freqs as freqs from pg_stats
        where schemaname = current_schema() and tablename = 'product' and attname = ?`, [
            `search_${locale}`
        ]);
        const r = rows[0];
        // most_common_elem_freqs: one share per word, then the lowest and the highest share, then the share of nulls
        const stats = r?.elems?.length && r.freqs && r.freqs.length > r.elems.length ? {
            share: new Map(r.elems.map((w, i)=>[
                    w,
                    r.freqs[i]
                ])),
            floor: r.freqs[r.elems.length]
        } : null;
        this.shares.set(locale, {
            at: now,
            stats
        });
        return stats;
    }
    cached(token, now) {
        const c = this.corrections.get(token);
        return !!c && now - c.at < 60_000;
    }
};
/** A token quoted as a tsquery lexeme. */ function lexeme(word) {
    return `'${word.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
}

//# sourceMappingURL=search.service.js.map