import { describe, expect, it } from 'vitest';
import {
  grossFromNet,
  MAX_AMOUNT_MINOR,
  mulDivHalfUp,
  netFromGross,
  percentOff,
  resolvePrice,
  type DiscountRule,
  type PriceInput,
  type Promotion,
  type VolumeTier,
} from './price-engine';

const P = 'prod-1';
const ROOT = 'cat-root';
const MID = 'cat-mid';
const LEAF = 'cat-leaf';
const MAKER = 'maker-1';
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

function input(over: Partial<PriceInput> = {}): PriceInput {
  return {
    product: { productId: P, categoryIds: [LEAF, ROOT, MID], categoryPath: [ROOT, MID, LEAF], manufacturerId: MAKER, vatRateBp: 2300 },
    list: { currency: 'PLN', amountMinor: 10_000, gross: false },
    quantity: 1,
    at: NOW,
    ...over,
  };
}
const disc = (scope: DiscountRule['scope'], scopeId: string | null, percentBp: number, id?: string): DiscountRule => ({
  scope,
  scopeId,
  percentBp,
  id,
});
const tier = (minQuantity: number, over: Partial<VolumeTier> = {}): VolumeTier => ({
  minQuantity,
  netMinor: null,
  percentBp: null,
  currency: null,
  companySpecific: true,
  ...over,
});
const promo = (over: Partial<Promotion> = {}): Promotion => ({
  code: 'PROMO',
  validFrom: NOW - DAY,
  validTo: NOW + DAY,
  productIds: [],
  categoryIds: [],
  manufacturerIds: [],
  percentBp: null,
  netMinor: null,
  currency: null,
  beatsIndividual: false,
  ...over,
});

describe('integer arithmetic and rounding', () => {
  it('mulDivHalfUp rounds exact halves up and everything else to the nearest', () => {
    expect(mulDivHalfUp(5, 1, 10)).toBe(1); // 0.5 → 1
    expect(mulDivHalfUp(4, 1, 10)).toBe(0); // 0.4 → 0
    expect(mulDivHalfUp(15, 1, 10)).toBe(2); // 1.5 → 2
    expect(mulDivHalfUp(25, 1, 10)).toBe(3); // 2.5 → 3 (not banker's)
    expect(mulDivHalfUp(249, 1, 100)).toBe(2);
    expect(mulDivHalfUp(250, 1, 100)).toBe(3);
    expect(mulDivHalfUp(0, 12345, 7)).toBe(0);
    expect(mulDivHalfUp(7, 3, 7)).toBe(3);
  });

  it('mulDivHalfUp stays exact at the largest amounts', () => {
    expect(mulDivHalfUp(MAX_AMOUNT_MINOR, 12_300, 10_000)).toBe(123_000_000_000);
    expect(mulDivHalfUp(MAX_AMOUNT_MINOR - 1, 10_000, 12_300)).toBe(81_300_813_007);
    expect(() => mulDivHalfUp(Number.MAX_SAFE_INTEGER, 3, 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(RangeError);
  });

  it('percentOff rounds the discounted price half-up', () => {
    expect(percentOff(105, 5000)).toBe(53); // 52.5 → 53
    expect(percentOff(101, 5000)).toBe(51); // 50.5 → 51
    expect(percentOff(999, 1000)).toBe(899); // 899.1 → 899
    expect(percentOff(995, 1000)).toBe(896); // 895.5 → 896
    expect(percentOff(1234, 0)).toBe(1234);
    expect(percentOff(1234, 10_000)).toBe(0);
  });

  it('gross = round(net × (1 + VAT)) and net = round(gross / (1 + VAT)), half-up', () => {
    expect(grossFromNet(10_000, 2300)).toBe(12_300);
    expect(grossFromNet(50, 2300)).toBe(62); // 61.5 → 62
    expect(grossFromNet(150, 500)).toBe(158); // 157.5 → 158
    expect(grossFromNet(1, 800)).toBe(1); // 1.08 → 1
    expect(grossFromNet(0, 2300)).toBe(0);
    expect(grossFromNet(999, 0)).toBe(999);
    expect(netFromGross(12_300, 2300)).toBe(10_000);
    expect(netFromGross(100, 2300)).toBe(81); // 81.30…
    expect(netFromGross(123, 2300)).toBe(100);
    expect(netFromGross(105, 5000)).toBe(70); // exactly 70
    expect(netFromGross(21, 5000)).toBe(14);
    expect(netFromGross(3, 5000)).toBe(2); // 2.0 exactly
    expect(netFromGross(15, 20_000)).toBe(5);
    expect(netFromGross(5, 10_000)).toBe(3); // 2.5 → 3
  });
});

describe('list price', () => {
  it('with no terms the list net price is the price, gross from it', () => {
    const r = resolvePrice(input());
    expect(r).toMatchObject({
      productId: P,
      quantity: 1,
      currency: 'PLN',
      listNetMinor: 10_000,
      unitNetMinor: 10_000,
      unitGrossMinor: 12_300,
      vatRateBp: 2300,
      rule: 'list',
      ruleRef: null,
      ruleNetMinor: 10_000,
      manualDiscountMinor: 0,
    });
    expect(r.explanation[0]).toBe('list 100.00 PLN net');
    expect(r.explanation.at(-1)).toBe('price 100.00 PLN net, VAT 23 % → 123.00 PLN gross');
  });

  it('a gross list is converted to net first', () => {
    const r = resolvePrice(input({ list: { currency: 'PLN', amountMinor: 12_300, gross: true } }));
    expect(r.listNetMinor).toBe(10_000);
    expect(r.unitNetMinor).toBe(10_000);
    expect(r.unitGrossMinor).toBe(12_300);
    expect(r.explanation[0]).toBe('list 123.00 PLN gross, VAT 23 % → 100.00 PLN net');
  });

  it('an untouched gross list price keeps its gross amount exactly, even where the round trip would drift', () => {
    // 0.99 gross at 23 %: net 0.80 (80.49…), and 0.80 × 1.23 = 0.984 → 0.98 — the list says 0.99
    const r = resolvePrice(input({ list: { currency: 'PLN', amountMinor: 99, gross: true } }));
    expect(r.unitNetMinor).toBe(80);
    expect(grossFromNet(80, 2300)).toBe(98);
    expect(r.unitGrossMinor).toBe(99);
  });

  it('a gross list with a discount computes the gross from the discounted net', () => {
    const r = resolvePrice(input({ list: { currency: 'PLN', amountMinor: 99, gross: true }, discounts: [disc('product', P, 1000)] }));
    expect(r.listNetMinor).toBe(80);
    expect(r.unitNetMinor).toBe(72);
    expect(r.unitGrossMinor).toBe(89); // 88.56 → 89
  });

  it('VAT 0 and a zero list price are fine', () => {
    const r = resolvePrice(
      input({ product: { ...input().product, vatRateBp: 0 }, list: { currency: 'PLN', amountMinor: 0, gross: false } }),
    );
    expect(r).toMatchObject({ unitNetMinor: 0, unitGrossMinor: 0, rule: 'list' });
  });
});

describe('contract price by specificity', () => {
  it('an individual price beats every discount, even a bigger one', () => {
    const r = resolvePrice(
      input({
        individual: { netMinor: 9000, currency: 'PLN' },
        discounts: [disc('product', P, 5000), disc('category', LEAF, 5000), disc('manufacturer', MAKER, 5000)],
      }),
    );
    expect(r).toMatchObject({ rule: 'individual', unitNetMinor: 9000, unitGrossMinor: 11_070 });
    expect(r.explanation).toContain('individual price 90.00 PLN');
  });

  it('a product discount beats category and manufacturer discounts, even smaller', () => {
    const r = resolvePrice(
      input({ discounts: [disc('category', LEAF, 3000), disc('manufacturer', MAKER, 4000), disc('product', P, 1000, 'd-p')] }),
    );
    expect(r).toMatchObject({ rule: 'discount:product', unitNetMinor: 9000, ruleRef: 'd-p' });
  });

  it('a category discount beats a manufacturer discount, even smaller', () => {
    const r = resolvePrice(input({ discounts: [disc('manufacturer', MAKER, 4000), disc('category', ROOT, 500, 'd-c')] }));
    expect(r).toMatchObject({ rule: 'discount:category', unitNetMinor: 9500, ruleRef: 'd-c' });
    expect(r.explanation).toContain('category discount 5 % → 95.00 PLN');
  });

  it('a general discount (every product of the company) is the least specific', () => {
    const general = disc('all', null, 2500, 'd-all');
    expect(resolvePrice(input({ discounts: [general] }))).toMatchObject({ rule: 'discount:all', unitNetMinor: 7500, ruleRef: 'd-all' });
    expect(resolvePrice(input({ discounts: [general, disc('manufacturer', MAKER, 500)] })).rule).toBe('discount:manufacturer');
    expect(resolvePrice(input({ discounts: [general, disc('category', ROOT, 500)] })).rule).toBe('discount:category');
    expect(resolvePrice(input({ discounts: [general, disc('product', P, 500)] })).rule).toBe('discount:product');
    expect(resolvePrice(input({ discounts: [general], individual: { netMinor: 9900, currency: 'PLN' } })).rule).toBe('individual');
    expect(resolvePrice(input({ discounts: [general] })).explanation).toContain('general discount 25 % → 75.00 PLN');
    expect(resolvePrice(input({ discounts: [disc('all', null, 10_500)] })).rule).toBe('list');
  });

  it('a category discount without a category id is not used', () => {
    expect(resolvePrice(input({ discounts: [disc('category', null, 1000)] })).rule).toBe('list');
  });

  it('a manufacturer discount applies when nothing more specific exists', () => {
    const r = resolvePrice(input({ discounts: [disc('manufacturer', MAKER, 1250, 'd-m')] }));
    expect(r).toMatchObject({ rule: 'discount:manufacturer', unitNetMinor: 8750, ruleRef: 'd-m' });
  });

  it('the deepest category wins over its ancestors, whatever the sizes', () => {
    const r = resolvePrice(
      input({ discounts: [disc('category', ROOT, 3000), disc('category', LEAF, 500, 'leaf'), disc('category', MID, 2000)] }),
    );
    expect(r).toMatchObject({ ruleRef: 'leaf', unitNetMinor: 9500 });
    const mid = resolvePrice(input({ discounts: [disc('category', ROOT, 3000), disc('category', MID, 2000, 'mid')] }));
    expect(mid).toMatchObject({ ruleRef: 'mid', unitNetMinor: 8000 });
  });

  it('without a category path the largest matching category discount wins', () => {
    const product = { productId: P, categoryIds: [LEAF, ROOT, MID], manufacturerId: MAKER, vatRateBp: 2300 };
    const r = resolvePrice(input({ product, discounts: [disc('category', LEAF, 500), disc('category', ROOT, 3000, 'root')] }));
    expect(r).toMatchObject({ ruleRef: 'root', unitNetMinor: 7000 });
  });

  it('discounts for other products, categories and manufacturers are not used', () => {
    const r = resolvePrice(
      input({ discounts: [disc('product', 'other', 5000), disc('category', 'cat-x', 5000), disc('manufacturer', 'm-x', 5000)] }),
    );
    expect(r).toMatchObject({ rule: 'list', unitNetMinor: 10_000 });
  });

  it('a manufacturer discount needs the product to have a manufacturer', () => {
    const product = { ...input().product, manufacturerId: null };
    expect(resolvePrice(input({ product, discounts: [disc('manufacturer', MAKER, 5000)] })).rule).toBe('list');
  });

  it('two rules at the same level: the larger discount wins', () => {
    const r = resolvePrice(input({ discounts: [disc('product', P, 1000, 'small'), disc('product', P, 1500, 'big')] }));
    expect(r.ruleRef).toBe('big');
  });

  it('0 % and 100 % are valid discounts; outside 0…100 % a rule is ignored and said so', () => {
    expect(resolvePrice(input({ discounts: [disc('product', P, 0)] }))).toMatchObject({ rule: 'discount:product', unitNetMinor: 10_000 });
    expect(resolvePrice(input({ discounts: [disc('product', P, 10_000)] }))).toMatchObject({ unitNetMinor: 0, unitGrossMinor: 0 });
    for (const bad of [-100, 10_001, 12.5, NaN]) {
      const r = resolvePrice(
        input({ discounts: [disc('product', P, bad), disc('category', LEAF, bad), disc('manufacturer', MAKER, bad)] }),
      );
      expect(r).toMatchObject({ rule: 'list', unitNetMinor: 10_000 });
      expect(r.explanation.filter((e) => e.includes('ignored'))).toHaveLength(3);
    }
  });

  it('an invalid product discount falls back to the category discount', () => {
    const r = resolvePrice(input({ discounts: [disc('product', P, 20_000), disc('category', LEAF, 1000)] }));
    expect(r.rule).toBe('discount:category');
  });

  it('an individual price above the list is set aside and the next level applies', () => {
    const r = resolvePrice(input({ individual: { netMinor: 10_001, currency: 'PLN' }, discounts: [disc('category', LEAF, 1000)] }));
    expect(r).toMatchObject({ rule: 'discount:category', unitNetMinor: 9000 });
    expect(r.explanation).toContain('individual price 100.01 PLN ignored: above the list price');
  });

  it('an individual price equal to the list is an individual price', () => {
    expect(resolvePrice(input({ individual: { netMinor: 10_000, currency: 'PLN' } }))).toMatchObject({
      rule: 'individual',
      unitNetMinor: 10_000,
    });
  });

  it('an individual price in another currency or not an amount is ignored', () => {
    expect(resolvePrice(input({ individual: { netMinor: 5000, currency: 'EUR' } })).rule).toBe('list');
    expect(resolvePrice(input({ individual: { netMinor: -1, currency: 'PLN' } })).rule).toBe('list');
    expect(resolvePrice(input({ individual: { netMinor: 10.5, currency: 'PLN' } })).rule).toBe('list');
  });

  it('an individual price of zero is honoured (free of charge)', () => {
    expect(resolvePrice(input({ individual: { netMinor: 0, currency: 'PLN' } }))).toMatchObject({ rule: 'individual', unitNetMinor: 0 });
  });
});

describe('volume tiers', () => {
  const tiers = [
    tier(10, { netMinor: 9500, id: 't10' }),
    tier(50, { netMinor: 9000, id: 't50' }),
    tier(100, { percentBp: 1500, id: 't100' }),
  ];

  it('a tier applies from its threshold inclusive, not one unit before', () => {
    expect(resolvePrice(input({ tiers, quantity: 9 })).rule).toBe('list');
    expect(resolvePrice(input({ tiers, quantity: 10 }))).toMatchObject({ rule: 'tier', ruleRef: 't10', unitNetMinor: 9500 });
    expect(resolvePrice(input({ tiers, quantity: 49 })).ruleRef).toBe('t10');
    expect(resolvePrice(input({ tiers, quantity: 50 })).ruleRef).toBe('t50');
    expect(resolvePrice(input({ tiers, quantity: 99 })).ruleRef).toBe('t50');
    expect(resolvePrice(input({ tiers, quantity: 100 }))).toMatchObject({ ruleRef: 't100', unitNetMinor: 8500 });
    expect(resolvePrice(input({ tiers, quantity: 1_000_000 })).ruleRef).toBe('t100');
  });

  it('fractional quantities and thresholds (metres, kilograms) compare as they are', () => {
    const metres = [tier(2.5, { netMinor: 9000, id: 'm' })];
    expect(resolvePrice(input({ tiers: metres, quantity: 2.499 })).rule).toBe('list');
    expect(resolvePrice(input({ tiers: metres, quantity: 2.5 })).ruleRef).toBe('m');
    expect(resolvePrice(input({ quantity: 0.25 }))).toMatchObject({ quantity: 0.25, unitNetMinor: 10_000 });
  });

  it('the quantity is reported as given', () => {
    expect(resolvePrice(input({ tiers, quantity: 77 })).quantity).toBe(77);
  });

  it('the highest reached threshold is the tier, whatever the input order', () => {
    expect(resolvePrice(input({ tiers: [...tiers].reverse(), quantity: 60 })).ruleRef).toBe('t50');
  });

  it("the company's own tiers replace the global tiers of the product", () => {
    const global = [tier(10, { netMinor: 7000, companySpecific: false, id: 'g10' })];
    expect(resolvePrice(input({ tiers: global, quantity: 10 }))).toMatchObject({ ruleRef: 'g10', unitNetMinor: 7000 });
    const r = resolvePrice(input({ tiers: [...global, tier(20, { netMinor: 9900, id: 'own' })], quantity: 10 }));
    expect(r.rule).toBe('list'); // own tier not reached yet, global one no longer counts
    expect(resolvePrice(input({ tiers: [...global, tier(5, { netMinor: 9900, id: 'own' })], quantity: 10 })).ruleRef).toBe('own');
  });

  it('a tier competes with the contract discount: the lower wins', () => {
    const d = [disc('category', LEAF, 1000)]; // 90.00
    expect(resolvePrice(input({ discounts: d, tiers, quantity: 10 })).rule).toBe('discount:category'); // 95 vs 90
    expect(resolvePrice(input({ discounts: d, tiers, quantity: 100 })).rule).toBe('tier'); // 85 vs 90
  });

  it('on a tie the contract price stays', () => {
    const r = resolvePrice(input({ discounts: [disc('product', P, 500)], tiers: [tier(1, { netMinor: 9500 })] }));
    expect(r.rule).toBe('discount:product');
    expect(r.explanation.some((e) => e.includes('not applied'))).toBe(true);
  });

  it('an individual price is not undercut by tiers', () => {
    const r = resolvePrice(input({ individual: { netMinor: 9800, currency: 'PLN' }, tiers, quantity: 100 }));
    expect(r).toMatchObject({ rule: 'individual', unitNetMinor: 9800 });
  });

  it('a tier % is off the list price, not off the discounted price (no stacking)', () => {
    const r = resolvePrice(input({ discounts: [disc('product', P, 1000)], tiers: [tier(1, { percentBp: 1500 })] }));
    expect(r).toMatchObject({ rule: 'tier', unitNetMinor: 8500 });
  });

  it('a tier above the list is not applied; tiers that make no sense are ignored', () => {
    expect(resolvePrice(input({ tiers: [tier(1, { netMinor: 10_500 })] })).rule).toBe('list');
    const bad = [
      tier(0, { netMinor: 1 }),
      tier(1, { netMinor: 1, percentBp: 100 }),
      tier(1, {}),
      tier(1, { netMinor: -5 }),
      tier(1, { percentBp: 10_001 }),
      tier(1, { netMinor: 1, currency: 'EUR' }),
      tier(-2, { netMinor: 1 }),
      tier(NaN, { netMinor: 1 }),
    ];
    const r = resolvePrice(input({ tiers: bad, quantity: 5 }));
    expect(r.rule).toBe('list');
    expect(r.explanation.filter((e) => e.includes('ignored'))).toHaveLength(bad.length);
  });

  it('a tier in the list currency by name is accepted', () => {
    expect(resolvePrice(input({ tiers: [tier(1, { netMinor: 5000, currency: 'PLN' })] })).unitNetMinor).toBe(5000);
  });

  it('two tiers at one threshold: the lower price', () => {
    const r = resolvePrice(input({ tiers: [tier(5, { netMinor: 9000, id: 'a' }), tier(5, { netMinor: 8000, id: 'b' })], quantity: 5 }));
    expect(r.ruleRef).toBe('b');
  });
});

describe('promotions', () => {
  it('is in force from validFrom inclusive to validTo exclusive', () => {
    const p = [promo({ validFrom: NOW, validTo: NOW + DAY, percentBp: 2000 })];
    expect(resolvePrice(input({ promotions: p, at: NOW - 1 })).rule).toBe('list');
    expect(resolvePrice(input({ promotions: p, at: NOW })).rule).toBe('promotion');
    expect(resolvePrice(input({ promotions: p, at: NOW + DAY - 1 })).rule).toBe('promotion');
    expect(resolvePrice(input({ promotions: p, at: NOW + DAY })).rule).toBe('list');
  });

  it('an open start or end is unbounded on that side', () => {
    const p = [promo({ validFrom: null, validTo: null, percentBp: 2000 })];
    expect(resolvePrice(input({ promotions: p, at: 0 })).rule).toBe('promotion');
    expect(resolvePrice(input({ promotions: p, at: Date.UTC(2100, 0, 1) })).rule).toBe('promotion');
    expect(resolvePrice(input({ promotions: [promo({ validFrom: null, validTo: NOW, percentBp: 1 })] })).rule).toBe('list');
    expect(resolvePrice(input({ promotions: [promo({ validFrom: NOW + 1, validTo: null, percentBp: 1 })] })).rule).toBe('list');
  });

  it('covers by product, any category on the path, manufacturer; naming nothing covers everything', () => {
    const hit = (scope: Partial<Promotion>) => resolvePrice(input({ promotions: [promo({ ...scope, percentBp: 1000 })] })).rule;
    expect(hit({})).toBe('promotion');
    expect(hit({ productIds: [P] })).toBe('promotion');
    expect(hit({ productIds: ['other', P] })).toBe('promotion');
    expect(hit({ categoryIds: [ROOT] })).toBe('promotion');
    expect(hit({ categoryIds: ['other', LEAF] })).toBe('promotion');
    expect(hit({ manufacturerIds: [MAKER] })).toBe('promotion');
    expect(hit({ productIds: ['other'], categoryIds: ['other'], manufacturerIds: [MAKER] })).toBe('promotion');
    expect(hit({ productIds: ['other'] })).toBe('list');
    expect(hit({ categoryIds: ['other'] })).toBe('list');
    expect(hit({ manufacturerIds: ['other'] })).toBe('list');
    expect(hit({ productIds: ['other'], categoryIds: ['other'], manufacturerIds: ['other'] })).toBe('list');
  });

  it('a manufacturer promotion does not cover a product without a manufacturer', () => {
    const product = { ...input().product, manufacturerId: null };
    expect(resolvePrice(input({ product, promotions: [promo({ manufacturerIds: [MAKER], percentBp: 1000 })] })).rule).toBe('list');
  });

  it('percent off the list and fixed net prices; the lowest promotion wins', () => {
    const r = resolvePrice(
      input({
        promotions: [
          promo({ id: 'p20', code: 'P20', percentBp: 2000 }),
          promo({ id: 'fix', code: 'FIX', netMinor: 7500 }),
          promo({ id: 'p10', code: 'P10', percentBp: 1000 }),
        ],
      }),
    );
    expect(r).toMatchObject({ rule: 'promotion', ruleRef: 'fix', unitNetMinor: 7500 });
    expect(r.explanation).toContain('promotion FIX 75.00 PLN beats 80.00 PLN');
  });

  it('two equal promotions: the first keeps it', () => {
    const r = resolvePrice(input({ promotions: [promo({ id: 'a', percentBp: 1000 }), promo({ id: 'b', netMinor: 9000 })] }));
    expect(r.ruleRef).toBe('a');
  });

  it('competes with discounts and tiers: the lowest wins, ties to the contract', () => {
    const base = { discounts: [disc('product', P, 1000)], tiers: [tier(10, { netMinor: 8500 })], quantity: 10 };
    expect(resolvePrice(input({ ...base, promotions: [promo({ percentBp: 1600 })] })).rule).toBe('promotion'); // 84 < 85 < 90
    expect(resolvePrice(input({ ...base, promotions: [promo({ percentBp: 1500 })] })).rule).toBe('tier'); // 85 = 85
    expect(resolvePrice(input({ ...base, quantity: 1, promotions: [promo({ percentBp: 1000 })] })).rule).toBe('discount:product');
    expect(resolvePrice(input({ ...base, quantity: 1, promotions: [promo({ percentBp: 500 })] })).rule).toBe('discount:product');
  });

  it('does not beat an individual price unless flagged, and then only when lower', () => {
    const individual = { netMinor: 8000, currency: 'PLN' };
    const plain = resolvePrice(input({ individual, promotions: [promo({ percentBp: 5000 })] }));
    expect(plain).toMatchObject({ rule: 'individual', unitNetMinor: 8000 });
    expect(plain.explanation).toContain('promotion PROMO not applied: the individual price stands');
    const flagged = resolvePrice(input({ individual, promotions: [promo({ percentBp: 5000, beatsIndividual: true })] }));
    expect(flagged).toMatchObject({ rule: 'promotion', unitNetMinor: 5000 });
    const flaggedButHigher = resolvePrice(input({ individual, promotions: [promo({ percentBp: 1000, beatsIndividual: true })] }));
    expect(flaggedButHigher).toMatchObject({ rule: 'individual', unitNetMinor: 8000 });
  });

  it('a flagged promotion competes against a company with no individual price as usual', () => {
    expect(resolvePrice(input({ promotions: [promo({ percentBp: 100, beatsIndividual: true })] })).rule).toBe('promotion');
  });

  it('a fixed promotion above the list, in another currency, or malformed is not applied', () => {
    const r = resolvePrice(
      input({
        promotions: [
          promo({ code: 'HIGH', netMinor: 10_001 }),
          promo({ code: 'EUR', netMinor: 100, currency: 'EUR' }),
          promo({ code: 'BOTH', netMinor: 100, percentBp: 100 }),
          promo({ code: 'NONE' }),
          promo({ code: 'NEG', netMinor: -100 }),
          promo({ code: 'HUGE', percentBp: 10_001 }),
        ],
      }),
    );
    expect(r).toMatchObject({ rule: 'list', unitNetMinor: 10_000 });
    expect(r.explanation.filter((e) => e.includes('not applied') || e.includes('ignored'))).toHaveLength(6);
  });

  it('a fixed promotion in the list currency by name is accepted', () => {
    expect(resolvePrice(input({ promotions: [promo({ netMinor: 4000, currency: 'PLN' })] })).unitNetMinor).toBe(4000);
  });
});

describe('manual discount', () => {
  it('a percent is applied last, to the winning price, without changing the rule', () => {
    const r = resolvePrice(
      input({ discounts: [disc('product', P, 1000)], manual: { kind: 'percent', percentBp: 500, maxPercentBp: 1000 } }),
    );
    expect(r).toMatchObject({
      rule: 'discount:product',
      ruleNetMinor: 9000,
      unitNetMinor: 8550,
      manualDiscountMinor: 450,
      unitGrossMinor: 10_517,
    });
    expect(r.explanation).toContain('manual discount 5 % → 85.50 PLN');
  });

  it('an amount per unit', () => {
    const r = resolvePrice(input({ manual: { kind: 'amount', amountMinor: 250, maxPercentBp: 1000 } }));
    expect(r).toMatchObject({ unitNetMinor: 9750, manualDiscountMinor: 250, rule: 'list' });
  });

  it('is capped at maxPercentBp of the winning price, for percents and amounts', () => {
    const pct = resolvePrice(input({ manual: { kind: 'percent', percentBp: 3000, maxPercentBp: 1000 } }));
    expect(pct).toMatchObject({ unitNetMinor: 9000, manualDiscountMinor: 1000 });
    expect(pct.explanation).toContain('manual discount 30 % capped at 10 % → 90.00 PLN');
    const amt = resolvePrice(input({ manual: { kind: 'amount', amountMinor: 5000, maxPercentBp: 1500 } }));
    expect(amt).toMatchObject({ unitNetMinor: 8500, manualDiscountMinor: 1500 });
    const exact = resolvePrice(input({ manual: { kind: 'percent', percentBp: 1000, maxPercentBp: 1000 } }));
    expect(exact.explanation.some((e) => e.includes('capped'))).toBe(false);
  });

  it('a cap of 0 allows nothing; a negative or malformed cap counts as 0; a cap over 100 % as 100 %', () => {
    expect(resolvePrice(input({ manual: { kind: 'percent', percentBp: 500, maxPercentBp: 0 } })).unitNetMinor).toBe(10_000);
    expect(resolvePrice(input({ manual: { kind: 'percent', percentBp: 500, maxPercentBp: -1 } })).unitNetMinor).toBe(10_000);
    expect(resolvePrice(input({ manual: { kind: 'percent', percentBp: 500, maxPercentBp: 1.5 } })).unitNetMinor).toBe(10_000);
    expect(resolvePrice(input({ manual: { kind: 'amount', amountMinor: 20_000, maxPercentBp: 50_000 } })).unitNetMinor).toBe(0);
  });

  it('never goes below zero', () => {
    const r = resolvePrice(input({ manual: { kind: 'amount', amountMinor: 1_000_000, maxPercentBp: 10_000 } }));
    expect(r).toMatchObject({ unitNetMinor: 0, unitGrossMinor: 0, manualDiscountMinor: 10_000 });
  });

  it('a malformed manual discount is ignored and said so', () => {
    for (const manual of [
      { kind: 'percent' as const, percentBp: -5, maxPercentBp: 1000 },
      { kind: 'percent' as const, percentBp: 10_001, maxPercentBp: 1000 },
      { kind: 'amount' as const, amountMinor: -1, maxPercentBp: 1000 },
      { kind: 'amount' as const, amountMinor: 0.5, maxPercentBp: 1000 },
    ]) {
      const r = resolvePrice(input({ manual }));
      expect(r).toMatchObject({ unitNetMinor: 10_000, manualDiscountMinor: 0 });
      expect(r.explanation.some((e) => e.includes('ignored'))).toBe(true);
    }
  });

  it('rounds the manual percent half-up on the price', () => {
    const r = resolvePrice(
      input({
        list: { currency: 'PLN', amountMinor: 105, gross: false },
        manual: { kind: 'percent', percentBp: 5000, maxPercentBp: 10_000 },
      }),
    );
    expect(r).toMatchObject({ unitNetMinor: 53, manualDiscountMinor: 52 });
  });

  it('on a gross list, a manual discount recomputes the gross from the net', () => {
    const r = resolvePrice(
      input({
        list: { currency: 'PLN', amountMinor: 12_300, gross: true },
        manual: { kind: 'amount', amountMinor: 100, maxPercentBp: 1000 },
      }),
    );
    expect(r).toMatchObject({ rule: 'list', unitNetMinor: 9900, unitGrossMinor: 12_177 });
  });
});

describe('currencies', () => {
  it('explains in the currency of the list with its minor digits', () => {
    const jpy = resolvePrice(input({ list: { currency: 'JPY', amountMinor: 1200, gross: false }, discounts: [disc('product', P, 1000)] }));
    expect(jpy.explanation[0]).toBe('list 1200 JPY net');
    expect(jpy).toMatchObject({ currency: 'JPY', unitNetMinor: 1080 });
    const kwd = resolvePrice(input({ list: { currency: 'KWD', amountMinor: 12_345, gross: false } }));
    expect(kwd.explanation[0]).toBe('list 12.345 KWD net');
  });

  it('rules in another currency than the list are ignored, percent rules apply in any currency', () => {
    const r = resolvePrice(
      input({
        list: { currency: 'EUR', amountMinor: 10_000, gross: false },
        individual: { netMinor: 1, currency: 'PLN' },
        tiers: [tier(1, { netMinor: 1, currency: 'PLN' })],
        promotions: [promo({ netMinor: 1, currency: 'PLN' }), promo({ code: 'PCT', percentBp: 500 })],
      }),
    );
    expect(r).toMatchObject({ currency: 'EUR', rule: 'promotion', unitNetMinor: 9500 });
  });
});

describe('guards', () => {
  it('refuses a quantity that is not a positive number', () => {
    for (const quantity of [0, -1, -0.001, NaN, Infinity]) expect(() => resolvePrice(input({ quantity }))).toThrow(RangeError);
  });

  it('refuses a list amount that is negative, fractional or too large', () => {
    for (const amountMinor of [-1, 0.5, MAX_AMOUNT_MINOR + 1, NaN])
      expect(() => resolvePrice(input({ list: { currency: 'PLN', amountMinor, gross: false } }))).toThrow(RangeError);
    expect(resolvePrice(input({ list: { currency: 'PLN', amountMinor: MAX_AMOUNT_MINOR, gross: true } })).unitGrossMinor).toBe(
      MAX_AMOUNT_MINOR,
    );
  });

  it('refuses a VAT rate outside 0…100 % and a date that is not a time', () => {
    for (const vatRateBp of [-1, 10_001, 23.5])
      expect(() => resolvePrice(input({ product: { ...input().product, vatRateBp } }))).toThrow(RangeError);
    expect(() => resolvePrice(input({ at: NaN }))).toThrow(RangeError);
  });

  it('does not modify its input', () => {
    const i = input({ discounts: [disc('product', P, 1000)], tiers: [tier(1, { netMinor: 1 })], promotions: [promo({ percentBp: 1 })] });
    const copy = JSON.parse(JSON.stringify(i));
    resolvePrice(i);
    expect(JSON.parse(JSON.stringify(i))).toEqual(copy);
  });
});

describe('properties over random inputs', () => {
  // a small deterministic generator (mulberry32), so a failure is reproducible
  function rng(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const cats = [ROOT, MID, LEAF, 'cat-x'];

  function randomInput(r: () => number): PriceInput {
    const int = (n: number) => Math.floor(r() * n);
    const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
    const listAmount = int(5) === 0 ? int(10) : int(1_000_000);
    const discounts: DiscountRule[] = [];
    for (let i = int(5); i > 0; i--)
      discounts.push(disc(pick(['product', 'category', 'manufacturer', 'all'] as const), pick([P, MAKER, ...cats]), int(12_000) - 1000));
    const tiers: VolumeTier[] = [];
    for (let i = int(4); i > 0; i--)
      tiers.push(
        tier(
          1 + int(100),
          r() < 0.5 ? { netMinor: int(1_200_000), companySpecific: r() < 0.5 } : { percentBp: int(10_000), companySpecific: r() < 0.5 },
        ),
      );
    const promotions: Promotion[] = [];
    for (let i = int(4); i > 0; i--)
      promotions.push(
        promo({
          ...pick([{}, { productIds: [pick([P, 'zz'])] }, { categoryIds: [pick(cats)] }, { manufacturerIds: [pick([MAKER, 'zz'])] }]),
          validFrom: NOW - int(3) * DAY,
          validTo: NOW + (int(3) - 1) * DAY,
          beatsIndividual: r() < 0.5,
          ...(r() < 0.5 ? { percentBp: int(10_000) } : { netMinor: int(1_200_000) }),
        }),
      );
    return input({
      list: { currency: pick(['PLN', 'EUR', 'JPY']), amountMinor: listAmount, gross: r() < 0.3 },
      product: { ...input().product, vatRateBp: pick([0, 500, 800, 2300]) },
      quantity: 1 + int(150),
      individual: r() < 0.3 ? { netMinor: int(1_200_000), currency: 'PLN' } : null,
      discounts,
      tiers,
      promotions,
      manual: r() < 0.3 ? { kind: 'percent', percentBp: int(3000), maxPercentBp: int(2000) } : null,
    });
  }

  it('never above the list, never below zero, integer, gross consistent, deterministic', () => {
    const r = rng(20261123);
    for (let i = 0; i < 5000; i++) {
      const inp = randomInput(r);
      const a = resolvePrice(inp);
      const b = resolvePrice(inp);
      expect(b).toEqual(a);
      expect(a.unitNetMinor).toBeGreaterThanOrEqual(0);
      expect(a.unitNetMinor).toBeLessThanOrEqual(a.listNetMinor);
      expect(a.ruleNetMinor).toBeLessThanOrEqual(a.listNetMinor);
      expect(Number.isSafeInteger(a.unitNetMinor) && Number.isSafeInteger(a.unitGrossMinor)).toBe(true);
      expect(a.unitNetMinor + a.manualDiscountMinor).toBe(a.ruleNetMinor);
      if (inp.manual)
        expect(a.manualDiscountMinor).toBeLessThanOrEqual(Math.ceil((a.ruleNetMinor * Math.max(0, inp.manual.maxPercentBp)) / 10_000));
      else expect(a.manualDiscountMinor).toBe(0);
      const untouchedGross = inp.list.gross && a.rule === 'list' && a.manualDiscountMinor === 0;
      expect(a.unitGrossMinor).toBe(untouchedGross ? inp.list.amountMinor : grossFromNet(a.unitNetMinor, a.vatRateBp));
      expect(a.explanation.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('adding a promotion never raises the price; without an individual price the winner is the minimum of the candidates', () => {
    const r = rng(7);
    for (let i = 0; i < 3000; i++) {
      const inp = { ...randomInput(r), manual: null };
      const before = resolvePrice(inp);
      const extra = promo({ percentBp: Math.floor(r() * 10_000), beatsIndividual: r() < 0.5 });
      const after = resolvePrice({ ...inp, promotions: [...(inp.promotions ?? []), extra] });
      expect(after.unitNetMinor).toBeLessThanOrEqual(before.unitNetMinor);
      // whether an individual price stood (it may have lost to a flagged promotion) — then the rule differs
      const individualStood = before.explanation.some((e) => /^individual price [^ ]+ [A-Z]{3}$/.test(e));
      if (!individualStood) {
        const alone = resolvePrice({ ...inp, promotions: [extra], discounts: [], tiers: [], individual: null });
        expect(after.unitNetMinor).toBe(Math.min(before.unitNetMinor, alone.unitNetMinor));
      }
    }
  });

  it('without explanation the figures are the same and the explanation is empty', () => {
    const r = rng(5);
    for (let i = 0; i < 2000; i++) {
      const inp = randomInput(r);
      const full = resolvePrice(inp);
      const bare = resolvePrice({ ...inp, explain: false });
      expect(bare).toEqual({ ...full, explanation: [] });
    }
  });

  it('only prices products by the rules that name them: removing unrelated rules changes nothing', () => {
    const r = rng(99);
    for (let i = 0; i < 2000; i++) {
      const inp = randomInput(r);
      const unrelated = [disc('product', 'zzz', 9000), disc('category', 'zzz', 9000), disc('manufacturer', 'zzz', 9000)];
      const more = resolvePrice({
        ...inp,
        discounts: [...unrelated, ...(inp.discounts ?? [])],
        promotions: [
          promo({ productIds: ['zzz'], categoryIds: ['zzz'], manufacturerIds: ['zzz'], percentBp: 9000 }),
          ...(inp.promotions ?? []),
        ],
      });
      const base = resolvePrice(inp);
      expect(more.unitNetMinor).toBe(base.unitNetMinor);
      expect(more.rule).toBe(base.rule);
    }
  });
});
