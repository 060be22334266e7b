import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../common/context';
import { parseMinor } from '../pricing/currency';
import type { CustomerPrice, ManualDiscountRequest, PricingPort } from '../pricing/pricing.contract';
import type { OrderLineView } from './order-view';
import { invalid, ok, type Outcome } from './orders.common';
import { pricingRef, type OrderableProduct } from './product-rules';

/** A manual discount as clients send it: a percentage or an amount (decimal text in the order's currency). */
export interface DiscountInput {
  percent?: number | null;
  amount?: string | null;
}

/** A line to price: product, quantity in thousandths, warehouse, note and a rep's manual discount. */
export interface PricedLine {
  productId: string;
  qtyMilli: number;
  warehouseId: string | null;
  note: string | null;
  discount: DiscountInput | null;
}

/**
 * Prices an order's lines, for placement and for edits alike: one pricing call with quantities summed per product
 * (tiers), then manual discounts (sales reps; a percentage or an amount per line or for the order, within `capBp`)
 * in a second call; an order-level amount is spread over the lines. Returns the line views with net and gross.
 */
export async function priceOrderLines(
  ctx: Ctx,
  pricing: PricingPort,
  args: {
    companyId: string;
    lines: readonly PricedLine[];
    products: ReadonlyMap<string, OrderableProduct>;
    orderDiscount: DiscountInput | null;
    capBp: number;
    /** The currency to report when nothing could be priced. */
    fallbackCurrency: string;
  },
): Promise<Outcome<{ views: OrderLineView[]; currency: string }>> {
  const { lines, products, orderDiscount, capBp } = args;
  const pctOf = (d: DiscountInput | null | undefined) => (d?.percent != null ? Math.round(d.percent * 100) : null);
  for (const d of [orderDiscount, ...lines.map((l) => l.discount)]) {
    const bp = pctOf(d);
    if (bp !== null && (!Number.isFinite(bp) || bp < 0 || bp > 10000)) return invalid('A discount percentage must be from 0 to 100.');
    if (bp !== null && bp > capBp) return { kind: 'discountLimit', message: `A manual discount may be at most ${capBp / 100} %.`, capBp };
    if (d && d.percent != null && d.amount != null) return invalid('A discount is either a percentage or an amount, not both.');
  }
  const qtyByProduct = new Map<string, number>();
  for (const l of lines) qtyByProduct.set(l.productId, (qtyByProduct.get(l.productId) ?? 0) + l.qtyMilli / 1000);
  const refs = [...products.values()].map(pricingRef);
  const base = await pricing.pricesFor(ctx, args.companyId, refs, qtyByProduct, { explain: false });
  const currency = base.values().next().value?.currency ?? args.fallbackCurrency;
  const amountOf = (text: string): number | null => {
    try {
      return parseMinor(text, currency);
    } catch {
      return null;
    }
  };
  const manual = new Map<string, ManualDiscountRequest>();
  const orderPct = pctOf(orderDiscount);
  for (const l of lines) {
    const p = base.get(l.productId);
    if (!p) continue;
    const bp = pctOf(l.discount) ?? orderPct;
    if (bp !== null && bp > 0) manual.set(l.productId, { kind: 'percent', percentBp: bp });
    if (l.discount?.amount != null) {
      const amt = amountOf(l.discount.amount);
      if (amt === null) return invalid(`"${l.discount.amount}" is not an amount in ${currency}.`);
      if (amt < 0) return invalid('A discount amount cannot be negative.');
      if (amt * 10000 > p.unitNetMinor * capBp) {
        return { kind: 'discountLimit', message: `A manual discount may be at most ${capBp / 100} % of the price.`, capBp };
      }
      if (amt > 0) manual.set(l.productId, { kind: 'amount', amountMinor: amt });
    }
  }
  const prices: Map<string, CustomerPrice> = manual.size
    ? await pricing.pricesFor(ctx, args.companyId, refs, qtyByProduct, { explain: false, manualDiscounts: manual })
    : base;
  const unpriced = [...new Set(lines.filter((l) => !prices.has(l.productId)).map((l) => l.productId))];
  if (unpriced.length) return { kind: 'productUnavailable', productIds: unpriced };

  const views: OrderLineView[] = lines.map((l, i) => {
    const p = prices.get(l.productId)!;
    return {
      id: randomUUID(),
      lineNo: i + 1,
      productId: l.productId,
      sku: products.get(l.productId)!.sku,
      warehouseId: l.warehouseId,
      quantity: l.qtyMilli / 1000,
      listNetMinor: p.listNetMinor,
      unitNetMinor: p.unitNetMinor,
      unitGrossMinor: p.unitGrossMinor,
      manualDiscountMinor: Math.round(((p.manualDiscountMinor ?? 0) * l.qtyMilli) / 1000),
      lineNetMinor: Math.round((p.unitNetMinor * l.qtyMilli) / 1000),
      lineGrossMinor: 0,
      vatRateBp: p.vatRateBp,
      rule: p.rule,
      note: l.note,
    };
  });
  if (orderDiscount?.amount != null) {
    const amt = amountOf(orderDiscount.amount);
    if (amt === null) return invalid(`"${orderDiscount.amount}" is not an amount in ${currency}.`);
    if (amt < 0) return invalid('A discount amount cannot be negative.');
    const total = views.reduce((s, v) => s + v.lineNetMinor, 0);
    if (amt * 10000 > total * capBp) {
      return { kind: 'discountLimit', message: `A manual discount may be at most ${capBp / 100} % of the order.`, capBp };
    }
    allocate(views, amt, total);
  }
  for (const v of views) v.lineGrossMinor = v.lineNetMinor + Math.round((v.lineNetMinor * v.vatRateBp) / 10000);
  return ok({ views, currency });
}

/** Spreads an order-level amount over the lines in proportion to their net (largest remainder), in minor units. */
export function allocate(lines: OrderLineView[], amount: number, total: number): void {
  if (amount <= 0 || total <= 0) return;
  const shares = lines.map((l) => (amount * l.lineNetMinor) / total);
  const floors = shares.map(Math.floor);
  let rest = amount - floors.reduce((s, x) => s + x, 0);
  const order = shares.map((s, i) => [s - floors[i], i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    floors[i]++;
    rest--;
  }
  lines.forEach((l, i) => {
    l.lineNetMinor -= floors[i];
    l.manualDiscountMinor += floors[i];
  });
}

/**
 * A priced order's lines as the 15 parallel arrays the `order_line` inserts unnest, in their column order: id,
 * line_no, product_id, sku, warehouse_id, quantity, list/unit net, unit gross, manual discount, line net, line gross,
 * vat_rate_bp, rule, note. `quantities` are the exact decimal texts.
 */
export function orderLineArrays(views: readonly OrderLineView[], quantities: readonly string[]): unknown[] {
  return [
    views.map((v) => v.id),
    views.map((v) => v.lineNo),
    views.map((v) => v.productId),
    views.map((v) => v.sku),
    views.map((v) => v.warehouseId),
    quantities,
    views.map((v) => v.listNetMinor),
    views.map((v) => v.unitNetMinor),
    views.map((v) => v.unitGrossMinor),
    views.map((v) => v.manualDiscountMinor),
    views.map((v) => v.lineNetMinor),
    views.map((v) => v.lineGrossMinor),
    views.map((v) => v.vatRateBp),
    views.map((v) => v.rule),
    views.map((v) => v.note),
  ];
}
