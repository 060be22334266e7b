import iconv from 'iconv-lite';
import { parseEppFile } from '../../../src/modules/erp-sync/edi/epp-file';
import { mapMasterData, normalizeTaxId } from '../../../src/modules/erp-sync/edi/epp-master-data';
import { fixture } from './helpers';

const opts = { modifiedAt: '2026-11-23T12:00:00.000Z', currency: 'PLN' };
const read = (name: string) => mapMasterData(parseEppFile(fixture(name), 'Europe/Warsaw'), opts);

describe('EDI++ master data → canonical records', () => {
  it('maps TOWARY to products, with Polish letters, EAN, unit and VAT in basis points', () => {
    const d = read('products-1250.epp');
    expect(d.problems).toEqual([]);
    expect(d.products).toEqual([
      {
        erpId: 'ZOL-001',
        modifiedAt: opts.modifiedAt,
        sku: 'ZOL-001',
        name: 'Łódź żółta ąćęłńóśźż',
        ean: '5901234123457',
        description: 'Opis: ĄĆĘŁŃÓŚŹŻ "premium"',
        unit: 'szt.',
        vatRateBp: 2300,
        vatSymbol: '23',
        categoryErpId: 'Łodzie i żagle',
        manufacturer: null,
        active: true,
      },
      expect.objectContaining({
        erpId: 'USL-TRANSPORT',
        name: 'Transport ćwierćtonowy',
        ean: null,
        unit: 'usł.',
        vatRateBp: 0,
        vatSymbol: 'zw',
        categoryErpId: null,
      }),
      expect.objectContaining({ erpId: 'GWÓŹDŹ-100', name: 'Gwóźdź stalowy 100 mm', unit: 'kg', vatRateBp: 800, categoryErpId: 'Złączki' }),
    ]);
    expect(d.categories.map((c) => c.erpId)).toEqual(['Złączki', 'Łodzie i żagle'].sort());
  });

  it('maps CENNIK to price lists and prices in integer minor units', () => {
    const d = read('products-1250.epp');
    expect(d.priceLists).toEqual([
      { erpId: 'Detaliczna', modifiedAt: opts.modifiedAt, name: 'Detaliczna', currency: 'PLN' },
      { erpId: 'Hurtowa', modifiedAt: opts.modifiedAt, name: 'Hurtowa', currency: 'PLN' },
    ]);
    expect(d.prices.map((p) => [p.erpId, p.priceListErpId, p.productErpId, p.netMinor, p.currency, p.minQuantity])).toEqual([
      ['Detaliczna:ZOL-001:1', 'Detaliczna', 'ZOL-001', 4999, 'PLN', 1],
      ['Hurtowa:ZOL-001:1', 'Hurtowa', 'ZOL-001', 3950, 'PLN', 1],
      ['Detaliczna:USL-TRANSPORT:1', 'Detaliczna', 'USL-TRANSPORT', 15000, 'PLN', 1],
      ['Hurtowa:GWÓŹDŹ-100:1', 'Hurtowa', 'GWÓŹDŹ-100', 12, 'PLN', 1],
    ]);
    // 0.1234 cannot be held in grosze: rounded, and the ack says so.
    expect(d.warnings).toEqual([expect.stringMatching(/net price 0\.1234 of GWÓŹDŹ-100 \(Hurtowa\) rounded to 0\.12/)]);
  });

  it('maps KONTRAHENCI to customers with tax id and address', () => {
    const d = read('customers-1250.epp');
    expect(d.problems).toEqual([]);
    expect(d.customers).toEqual([
      {
        erpId: 'KLIENT-ŁÓDŹ',
        modifiedAt: opts.modifiedAt,
        name: 'Świętokrzyska Hurtownia Spożywcza Sp. z o.o.',
        shortName: 'Świętokrzyska Hurt',
        taxId: '6570000000',
        blocked: false,
        address: { street: 'ul. Źródłowa 5', postCode: '25-001', city: 'Kielce', country: 'Polska' },
        email: 'biuro@swietokrzyska.example',
        phone: '+48 41 000 00 00',
      },
      expect.objectContaining({
        erpId: 'DE-BERLIN',
        name: 'Müller GmbH',
        taxId: 'DE123456789',
        address: expect.objectContaining({ street: 'Straße 1' }),
      }),
    ]);
    expect(normalizeTaxId('pl 525-000-00-00', 'PL')).toBe('PL5250000000');
    expect(normalizeTaxId('', 'DE')).toBeNull();
  });

  it('gives the same records from Windows-1250 and CP852 files', () => {
    expect(read('products-852.epp')).toEqual(read('products-1250.epp'));
    expect(read('customers-852.epp')).toEqual(read('customers-1250.epp'));
  });

  it('reports a bad number with its line and field, keeping the other records', () => {
    const d = read('broken-bad-number.epp');
    expect(d.problems).toEqual([
      expect.objectContaining({
        line: 8,
        entity: 'products',
        reason: 'line 8, TOWARY: field 12 (VAT rate) "2x.00" is not a number with a dot decimal separator',
      }),
    ]);
    expect(d.products.map((p) => p.erpId)).toEqual(['USL-TRANSPORT', 'GWÓŹDŹ-100']);
  });

  it('catches a comma used as the decimal separator by the net/gross/VAT check', () => {
    const d = read('broken-comma-decimal.epp');
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0].reason).toMatch(/CENNIK: net 39 and gross 50 of ZOL-001 do not agree with its VAT rate 23 %.*comma/);
    expect(d.prices.find((p) => p.erpId === 'Hurtowa:ZOL-001:1')).toBeUndefined();
  });

  it('refuses records that are too short, have empty codes or unknown special VAT rates', () => {
    const base = iconv.decode(fixture('products-1250.epp'), 'win1250');
    const text = base
      .replace('1,"ZOL-001","PRD-77"', '1,"","PRD-77"')
      .replace('"zw",-1.0000,"zw"', '"zz",-9.0000,"zw"')
      .replace('"GWÓŹDŹ-100","Hurtowa",0.1234,0.1333,37.1100,27.0700,0.0334', '"GWÓŹDŹ-100","Hurtowa",0.1234');
    const d = mapMasterData(parseEppFile(iconv.encode(text, 'win1250'), 'UTC'), opts);
    expect(d.problems.map((p) => p.reason)).toEqual([
      'line 8, TOWARY: field 2 (code) is empty',
      'line 9, TOWARY: field 12 (VAT rate) -9 is not a known special rate',
      'line 19, CENNIK: 3 fields, a CENNIK record needs at least 4',
    ]);
  });

  it('keeps the later record when a code appears twice, and says so', () => {
    const base = iconv.decode(fixture('customers-1250.epp'), 'win1250');
    const twice = base.replace(/(0,"KLIENT-ŁÓDŹ".*\r\n)/, '$1$1');
    const d = mapMasterData(parseEppFile(iconv.encode(twice, 'win1250'), 'UTC'), opts);
    expect(d.customers).toHaveLength(2);
    expect(d.warnings).toEqual([expect.stringMatching(/customer KLIENT-ŁÓDŹ appears twice/)]);
  });
});
