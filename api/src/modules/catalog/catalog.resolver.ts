import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Ctx as Context, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../common/context';
import { toConnection } from '../../graphql/connection';
import { toMoney } from '../../graphql/money';
import type { CustomerPrice } from '../pricing/pricing.contract';
import { toCustomerPriceType } from '../pricing/pricing.types';
import { Policy } from '../../graphql/policy';
import type { StockService } from '../stock/stock.service';
import type { CatalogService } from './catalog.service';
import {
  CategoryType,
  ProductConnection,
  ProductDetailType,
  ProductFacetsType,
  ProductFilterInput,
  ProductSortEnum,
  ProductSummaryType,
  WarehouseType,
} from './catalog.types';
import type { ProductFacets, ProductListItem, ProductsService } from './products.service';
import type { SearchService } from './search.service';

/** Whether the query selects a field of this name anywhere below the current field (fragments included). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name || walk(s.selectionSet)) return true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (walk(s.selectionSet)) return true;
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (walk(info.fragments[s.name.value]?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((f) => walk(f.selectionSet));
}

/** A list row as GraphQL reads it: the price in its wire shape. */
function toSummary<T extends ProductListItem>(row: T): T & { price: ReturnType<typeof toCustomerPriceType> | null } {
  const price = row.price as CustomerPrice | null | undefined;
  return Object.assign(row, { price: price ? toCustomerPriceType(price) : null });
}

function toFacets(f: ProductFacets) {
  const r = f.priceRange;
  return { ...f, priceRange: r ? { min: toMoney(r.min, r.currency), max: toMoney(r.max, r.currency) } : null };
}

@Resolver()
export class CatalogResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly productsService: ProductsService,
    private readonly searcher: SearchService,
    private readonly stock: StockService,
  ) {}

  @Policy({ permissions: ['catalog.view'] })
  @Query(() => [CategoryType], {
    description:
      'The category tree: root categories with their children, in order. With flat: true, every category in depth-first order with empty children (read parentId, depth, path) — for trees deeper than a query may nest.',
  })
  categories(@Arg('flat', () => Boolean, { nullable: true }) flat: boolean | null, @Context() ctx: Ctx): Promise<CategoryType[]> {
    return this.catalog.categories(ctx, { flat: !!flat });
  }

  @Policy({ permissions: ['catalog.view'] })
  @Query(() => [WarehouseType], { description: 'Active warehouses, with addresses and whether goods may be collected there.' })
  warehouses(@Context() ctx: Ctx): Promise<WarehouseType[]> {
    return this.stock.warehouses(ctx);
  }

  @Policy({ permissions: ['catalog.view'] })
  @Query(() => ProductConnection, {
    description:
      'Products the company may see, keyset-paginated. Staff may pass companyId (a company they serve) to see its assortment and prices. Sorting or filtering by price needs prices.view.',
  })
  async products(
    @Arg('filter', () => ProductFilterInput, { nullable: true }) filter: ProductFilterInput | null,
    @Arg('sort', () => ProductSortEnum, { nullable: true }) sort: ProductSortEnum | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = await this.productsService.list(ctx, { filter, sort, first, after, companyId, wantPrices: selects(info, 'price') });
    return toConnection(page, toSummary);
  }

  @Policy({ permissions: ['catalog.view'] })
  @Query(() => ProductFacetsType, { description: 'Facet counts for a filter: manufacturers, subcategories, characteristics.' })
  async productFacets(
    @Arg('filter', () => ProductFilterInput, { nullable: true }) filter: ProductFilterInput | null,
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
  ) {
    return toFacets(await this.productsService.facets(ctx, { filter, companyId, wantPriceRange: selects(info, 'priceRange') }));
  }

  @Policy({ permissions: ['catalog.view'] })
  @Query(() => ProductDetailType, {
    nullable: true,
    description: 'One product; null when it does not exist or is outside the company’s assortment.',
  })
  async product(
    @Arg('id', () => ID) id: string,
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
  ) {
    const p = await this.productsService.product(ctx, id, { companyId, wantPrices: selects(info, 'price') });
    return p ? Object.assign(toSummary(p), { associated: p.associated.map(toSummary) }) : null;
  }

  @Policy({ permissions: ['catalog.view'] })
  @Query(() => [ProductSummaryType], {
    description: 'Quick search as you type over name, SKU, model and EAN in the reader’s language: prefixes, accents and typos forgiven.',
  })
  async searchProducts(
    @Arg('term', () => String) term: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('companyId', () => ID, { nullable: true }) companyId: string | null,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
  ) {
    return (await this.searcher.search(ctx, { term, first, companyId, wantPrices: selects(info, 'price') })).map(toSummary);
  }
}
