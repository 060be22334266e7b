import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE_DIR = path.join(__dirname, 'fixtures');

export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURE_DIR, name));
}

export function tempRoot(): { root: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kontor-edi-'));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export const SENDER = {
  code: 'KONTOR',
  shortName: 'Hurtownia Żółw',
  name: 'Hurtownia Żółw Sp. z o.o.',
  city: 'Łódź',
  postCode: '90-001',
  street: 'ul. Piotrkowska 1',
  taxId: '7250000000',
  warehouseCode: 'MAG',
  warehouseName: 'Magazyn główny',
  country: 'Polska',
};
