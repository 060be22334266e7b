import type { Ctx } from '../../common/context';
import { badInput } from '../../common/errors';
import type { PricingPort } from '../pricing/pricing.contract';
import { audienceOf } from './audience';
import type { CatalogLocale } from './i18n';
import { listColumns, listJoins, visibleTo } from './product-sql';
import { refOf, type ProductListItem } from './products.service';
import { query } from './db';
import { Sql } from './sql';

/** How many full-text candidates are ranked at most (DESIGN.md §9a: cap before ranking). */
export const SEARCH_CANDIDATES = 200;
export const SEARCH_MAX_RESULTS = 50;
/** Products walked (in id order) for a word before the index is asked (see search()). */
const WALK_ROWS = 2000;
/** A walk that finds this many matches means the word is common: the index is not asked. */
const ENOUGH = 20;
const MAX_TERM = 100;
const MAX_TOKENS = 6;
const CORRECTIONS_CACHED = 5000;

/** Lower case, accents off (ł → l as PostgreSQL's unaccent does), tokens of letters and digits. */
export function normalizeTerm(term: string): string[] {
  const folded = term
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return folded.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** A whole term that may be the start of a SKU, EAN or model: no spaces, at least 2 characters. */
function codePrefix(term: string): string | null {
  const t = term.trim().toUpperCase();
  if (t.length < 2 || /\s/.test(t) || !/^[\p{L}\p{N}._/-]+$/u.test(t)) return null;
  return t.replace(/[%_\\]/g, (c) => `\\${c}`);
}

/**
 * Quick search as you type, on PostgreSQL alone (DESIGN.md §9a): codes by btree prefix (SKU, EAN, model),
 * words by the language's tsvector with prefix matching; a word the catalog does not know is corrected first
 * through the trigram-indexed dictionary of catalog words. Candidates are capped before ranking.
 */
export class SearchService {
  /** token → tsquery fragment; the dictionary changes slowly, so corrections are remembered for a while. */
  private corrections = new Map<string, { q: string | null; at: number }>();

  constructor(private readonly pricing: PricingPort | null) {}

  async search(
    ctx: Ctx,
    args: { term: string; first?: number | null; companyId?: string | null; wantPrices?: boolean },
  ): Promise<ProductListItem[]> {
    const aud = audienceOf(ctx, args.companyId);
    const first = args.first ?? 10;
    if (!Number.isInteger(first) || first < 1 || first > SEARCH_MAX_RESULTS) {
      throw badInput(`"first" must be a whole number from 1 to ${SEARCH_MAX_RESULTS}, got ${first}.`);
    }
    const term = args.term.trim();
    if (term.length > MAX_TERM) throw badInput(`The search term may be at most ${MAX_TERM} characters.`);
    const tokens = normalizeTerm(term).slice(0, MAX_TOKENS);
    const code = codePrefix(term);
    if (!tokens.length && !code) return [];

    const parts = await this.tsqueryParts(ctx, tokens);
    const tsq = parts.length && parts.every((p) => p !== null) ? parts.join(' & ') : null;
    if (!tsq && !code) return [];

    const col = `p.search_${aud.locale satisfies CatalogLocale}`;
    // Candidates, capped before ranking (DESIGN.md §9a):
    // - words, common ones: walk up to WALK_ROWS products in id order (random uuids: an even sample, unlike name
    //   order, where similar names cluster) and keep those that match — a term in a third of the catalog fills
    //   the cap after a few hundred rows, with no bitmap of 300,000 hits;
    // - words, rare ones: when that walk finds fewer than ENOUGH, the GIN index of the language's vectors (the
    //   branch is gated by a one-time filter, so it does not run at all for common terms);
    // - codes: btree prefix ranges on SKU, EAN and model.
    const branches: Sql[] = [];
    const withs: string[] = [];
    const withParams: unknown[] = [];
    if (tsq) {
      const walk = new Sql().add(`select x.id from (select p.id, ${col} as v from product p where true`);
      visibleTo(walk, aud);
      walk.add(`order by p.id limit ${WALK_ROWS}) x where x.v @@ to_tsquery('simple', ?) limit ?`, tsq, SEARCH_CANDIDATES);
      withs.push(`walk as (${walk.text})`);
      withParams.push(...walk.params);
      branches.push(new Sql().add('select id from walk'));
      const gin = new Sql().add(
        `select p.id from product p where ${col} @@ to_tsquery('simple', ?) and (select count(*) from walk) < ${ENOUGH}`,
        tsq,
      );
      visibleTo(gin, aud);
      gin.add('limit ?', SEARCH_CANDIDATES);
      branches.push(gin);
    }
    if (code) {
      const codes = new Sql().add(
        `select p.id from product p where (upper(p.sku) like ? or p.ean like ? or upper(p.model) like ?)`,
        `${code}%`,
        `${code}%`,
        `${code}%`,
      );
      visibleTo(codes, aud);
      codes.add('limit ?', SEARCH_CANDIDATES);
      branches.push(codes);
    }
    const candidates = branches.map((b) => `(${b.text})`).join(' union ');

    const rank = tsq ? `ts_rank_cd(${col}, to_tsquery('simple', ?))` : '0';
    const sql = new Sql().add(
      `${withs.length ? `with ${withs.join(', ')} ` : ''}select ${listColumns(aud.locale, aud.stock)},
              ${code ? `(upper(p.sku) like ? or p.ean like ? or upper(p.model) like ?)` : 'false'} as code_hit,
              ${rank} as rank
         from (${candidates}) c join product p on p.id = c.id ${listJoins(aud.stock)}
        order by code_hit desc, rank desc, name, p.id limit ?`,
      ...withParams,
      ...(code ? [`${code}%`, `${code}%`, `${code}%`] : []),
      ...(tsq ? [tsq] : []),
      ...branches.flatMap((b) => b.params),
      first,
    );
    const rows: Array<ProductListItem & { code_hit?: boolean; rank?: number }> = await query(ctx, sql.text, sql.params, {
      prepared: false,
    });
    const prices =
      aud.prices && args.wantPrices && this.pricing && rows.length
        ? await this.pricing.pricesFor(ctx, aud.companyId, rows.map(refOf), 1, { explain: false })
        : null;
    for (const r of rows) {
      delete r.code_hit;
      delete r.rank;
      r.stockAsOf = r.stockAsOfMs != null ? new Date(r.stockAsOfMs) : null;
      r.price = prices ? (prices.get(r.id) ?? null) : null;
      if (!aud.stock) r.available = null;
    }
    return rows;
  }

  /**
   * Each token as a tsquery fragment: `tok:*` when some catalog word starts with it, else the closest catalog
   * words by trigram similarity (`(steel:* | steep:*)`), else null (nothing can match). One statement for all
   * tokens not remembered yet.
   */
  private async tsqueryParts(ctx: Ctx, tokens: string[]): Promise<Array<string | null>> {
    const now = Date.now();
    const todo = [...new Set(tokens.filter((t) => !this.cached(t, now)))];
    if (todo.length) {
      const sql = new Sql();
      todo.forEach((t, i) => {
        const like = `${t.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        sql.add(
          `${i ? 'union all ' : ''}select ?::text as tok,
             exists (select 1 from search_word where word like ?::text) as known,
             array(select word || ':' || round(similarity(word, ?::text)::numeric, 2) from search_word
                    where length(?::text) >= 3 and word % ?::text order by word <-> ?::text, word limit 3) as near`,
          t,
          like,
          t,
          t,
          t,
          t,
        );
      });
      const rows: Array<{ tok: string; known: boolean; near: string[] }> = await query(ctx, sql.text, sql.params, { prepared: false });
      for (const r of rows) {
        const near = r.near.map((x) => {
          const i = x.lastIndexOf(':');
          return { word: x.slice(0, i), sim: Number(x.slice(i + 1)) };
        });
        let words: string[];
        if (r.known || /^\d+$/.test(r.tok)) {
          // the token starts a catalog word; a very close other word is likely what was meant too ("stel" → steel)
          words = [r.tok, ...near.filter((w) => w.sim >= 0.5 && !w.word.startsWith(r.tok)).map((w) => w.word)];
        } else {
          words = near.map((w) => w.word);
        }
        const q = words.length
          ? words.length === 1
            ? `${lexeme(words[0])}:*`
            : `(${words.map((w) => `${lexeme(w)}:*`).join(' | ')})`
          : null;
        if (this.corrections.size >= CORRECTIONS_CACHED) this.corrections.clear();
        this.corrections.set(r.tok, { q, at: now });
      }
    }
    return tokens.map((t) => this.corrections.get(t)?.q ?? null);
  }

  private cached(token: string, now: number): boolean {
    const c = this.corrections.get(token);
    return !!c && now - c.at < 60_000;
  }
}

/** A token quoted as a tsquery lexeme. */
function lexeme(word: string): string {
  return `'${word.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
}
