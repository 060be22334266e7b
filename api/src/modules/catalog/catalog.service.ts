import type { Ctx } from '../../common/context';
import { badInput } from '../../common/errors';
import type { ProductPricingRef } from '../pricing/pricing.contract';
import type { CharacteristicKind } from './characteristic.entity';
import { catalogLocale, translate, type Translations } from './i18n';
import { query } from '../../common/prepared-query';
import { arr, isUuid } from './sql';

/** What pricing and orders ask the catalog about products (DESIGN.md §5). */
export interface ProductFacts {
  factsFor(ctx: Ctx, productIds: readonly string[]): Promise<ProductPricingRef[]>;
}

export interface CategoryNode {
  id: string;
  erpId: string | null;
  parentId: string | null;
  name: string;
  position: number;
  depth: number;
  path: string[];
  children: CategoryNode[];
}

export interface CharacteristicDef {
  id: string;
  code: string;
  kind: CharacteristicKind;
  unit: string | null;
  names: Translations;
  position: number;
  filterable: boolean;
  options: Array<{ code: string; names: Translations; position: number }>;
}

const CATEGORY_TTL_MS = 30_000;

/**
 * The category tree, characteristic definitions and product facts. The tree's shape (id → depth) is cached
 * for a short while: a subtree page needs the category's depth to pick its index, and the tree changes rarely.
 */
export class CatalogService implements ProductFacts {
  private depths = new Map<string, number>();
  private depthsLoadedAt = 0;

  async factsFor(ctx: Ctx, productIds: readonly string[]): Promise<ProductPricingRef[]> {
    const ids = [...new Set(productIds)].filter(isUuid);
    if (!ids.length) return [];
    const rows: Array<{ id: string; category_path: string[]; manufacturer_id: string | null; vat_rate_bp: number }> = await ctx.em
      .getConnection()
      .execute('select id, category_path, manufacturer_id, vat_rate_bp from product where id = any(?::uuid[]) and active', [arr(ids)]);
    return rows.map((r) => ({
      productId: r.id,
      categoryIds: r.category_path,
      manufacturerId: r.manufacturer_id,
      vatRateBp: r.vat_rate_bp,
    }));
  }

  /** The whole active tree in one statement, children in `position` order, names in the caller's language. */
  async categories(ctx: Ctx, opts: { flat?: boolean } = {}): Promise<CategoryNode[]> {
    const locale = catalogLocale(ctx.locale);
    const rows: Array<{
      id: string;
      erp_id: string | null;
      parent_id: string | null;
      names: Translations;
      position: number;
      depth: number;
      path: string[];
    }> = await query(
      ctx,
      'select id, erp_id, parent_id, names, position, depth, path from category where active order by depth, position, id',
    );
    const byId = new Map<string, CategoryNode>();
    const roots: CategoryNode[] = [];
    for (const r of rows) {
      const node: CategoryNode = {
        id: r.id,
        erpId: r.erp_id,
        parentId: r.parent_id,
        name: translate(r.names, locale),
        position: r.position,
        depth: r.depth,
        path: r.path,
        children: [],
      };
      byId.set(r.id, node);
      const parent = r.parent_id ? byId.get(r.parent_id) : undefined;
      if (parent) parent.children.push(node);
      else if (!r.parent_id) roots.push(node);
    }
    this.depths = new Map(rows.map((r) => [r.id, r.depth]));
    this.depthsLoadedAt = Date.now();
    if (!opts.flat) return roots;
    const flat: CategoryNode[] = [];
    const visit = (nodes: CategoryNode[]) => {
      for (const node of nodes) {
        flat.push(node);
        visit(node.children);
      }
    };
    visit(roots);
    return flat.map((node) => ({ ...node, children: [] }));
  }

  /** A category's depth (1 = root), from the short-lived cache; refreshed on a miss. Unknown ids are a clear input error. */
  async depthOf(ctx: Ctx, categoryId: string): Promise<number> {
    if (!isUuid(categoryId)) throw badInput(`"${categoryId}" is not a category id.`);
    const fresh = Date.now() - this.depthsLoadedAt < CATEGORY_TTL_MS;
    let depth = fresh ? this.depths.get(categoryId) : undefined;
    if (depth === undefined) {
      const rows: Array<{ id: string; depth: number }> = await query(ctx, 'select id, depth from category where active');
      this.depths = new Map(rows.map((r) => [r.id, r.depth]));
      this.depthsLoadedAt = Date.now();
      depth = this.depths.get(categoryId);
    }
    if (depth === undefined) throw badInput(`There is no category ${categoryId}.`);
    return depth;
  }

  /** Characteristic definitions by code (all when `codes` is omitted), with their options. */
  async characteristics(ctx: Ctx, codes?: readonly string[]): Promise<Map<string, CharacteristicDef>> {
    const where = codes ? 'where c.code = any(?::text[])' : '';
    const rows: Array<Omit<CharacteristicDef, 'options'> & { options: CharacteristicDef['options'] | null }> = await query(
      ctx,
      `select c.id, c.code, c.kind, c.unit, c.names, c.position, c.filterable,
              (select json_agg(json_build_object('code', o.code, 'names', o.names, 'position', o.position) order by o.position, o.code)
                 from characteristic_option o where o.characteristic_id = c.id) as options
         from characteristic c ${where} order by c.position, c.code`,
      codes ? [arr(codes.map((c) => c.replace(/[^A-Za-z0-9_.-]/g, '')))] : [],
    );
    return new Map(rows.map((r) => [r.code, { ...r, options: r.options ?? [] }]));
  }
}
