import { describe, expect, it } from 'vitest';
import { backoffMs, loadErpConfig } from './erp-config';
import { contentHash, latestPerErpId } from './sinks';

describe('backoffMs', () => {
  it('grows exponentially, stays within [half, full] of the step, and is capped', () => {
    expect(backoffMs(1, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffMs(1, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffMs(4, 1000, 60_000, () => 0.5)).toBe(6000);
    expect(backoffMs(30, 1000, 60_000, () => 1)).toBe(60_000);
    expect(backoffMs(10_000, 1000, 60_000, () => 0)).toBe(30_000);
  });
});

describe('latestPerErpId', () => {
  it('keeps the newest version of each record and counts the rest as duplicates', () => {
    const { latest, duplicates } = latestPerErpId([
      { erpId: 'a', modifiedAt: '2026-01-02T00:00:00.000Z', v: 2 },
      { erpId: 'b', modifiedAt: '2026-01-01T00:00:00.000Z', v: 1 },
      { erpId: 'a', modifiedAt: '2026-01-01T00:00:00.000Z', v: 1 },
      { erpId: 'a', modifiedAt: '2026-01-02T00:00:00.000Z', v: 3 },
    ] as Array<{ erpId: string; modifiedAt: string; v: number }>);
    expect(duplicates).toBe(2);
    expect(latest.map((r) => [r.erpId, r.v])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });
});

describe('contentHash', () => {
  it('ignores the change time and sees any content change', () => {
    const a = { erpId: 'x', modifiedAt: '2026-01-01T00:00:00Z', netMinor: 100 };
    expect(contentHash({ ...a, modifiedAt: '2026-02-01T00:00:00Z' } as never)).toBe(contentHash(a as never));
    expect(contentHash({ ...a, netMinor: 101 } as never)).not.toBe(contentHash(a as never));
  });
});

describe('loadErpConfig', () => {
  it('defaults: 5 minutes, customers every minute, no ERP wired', () => {
    const c = loadErpConfig({});
    expect(c.bridgeUrl).toBeNull();
    expect(c.intervals.prices).toBe(300_000);
    expect(c.intervals.customers).toBe(60_000);
  });

  it('per-entity intervals from the environment', () => {
    const c = loadErpConfig({
      KONTOR_ERP_INTERVAL_SECONDS: '120',
      KONTOR_ERP_INTERVAL_PRICE_LISTS_SECONDS: '30',
      KONTOR_ERP_URL: 'http://erp:4100',
    });
    expect(c.intervals.priceLists).toBe(30_000);
    expect(c.intervals.stock).toBe(120_000);
    expect(c.bridgeUrl).toBe('http://erp:4100');
  });

  it('refuses nonsense with a message naming the setting', () => {
    expect(() => loadErpConfig({ KONTOR_ERP_URL: 'ftp://x', KONTOR_ERP_BATCH: '0' })).toThrow(
      /KONTOR_ERP_URL must start with http: or https:[\s\S]*KONTOR_ERP_BATCH must be a number from 1 to 100000/,
    );
  });
});
