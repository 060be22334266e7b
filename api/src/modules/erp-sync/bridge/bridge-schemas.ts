import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERP_ENTITIES, type ErpEntity } from '../erp-connector';

/** Where the protocol's JSON Schemas live in the repository (docs/bridge-protocol/schemas). */
export function schemaDir(): string {
  // api/src/modules/erp-sync/bridge → repo root; the same depth from api/dist and api/.test-build
  const candidates = [
    path.resolve(__dirname, '../../../../../docs/bridge-protocol/schemas'),
    path.resolve(process.cwd(), 'docs/bridge-protocol/schemas'),
  ];
  for (const c of candidates) {
    try {
      readFileSync(path.join(c, 'products.json'));
      return c;
    } catch {
      /* next */
    }
  }
  throw new Error(`The bridge protocol schemas were not found (looked in ${candidates.join(', ')}).`);
}

export type BridgeSchemaName =
  ErpEntity | 'order' | 'orderCancellation' | 'orderChange' | 'transferRequest' | 'document' | 'pushed-document' | 'changes';

/** Outbound kinds with a schema of their own; the rest are checked against the generic `document`. */
export const DOCUMENT_SCHEMAS: Partial<Record<string, BridgeSchemaName>> = {
  order: 'order',
  orderCancellation: 'orderCancellation',
  orderChange: 'orderChange',
  transferRequest: 'transferRequest',
};

/** Compiled validators for every bridge document, loaded once. */
export class BridgeSchemas {
  private readonly validators = new Map<BridgeSchemaName, ValidateFunction>();

  constructor(dir = schemaDir()) {
    const ajv = new Ajv({ allErrors: false, strict: false });
    ajv.addFormat(
      'date-time',
      (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(v) && !Number.isNaN(Date.parse(v)),
    );
    ajv.addFormat('date', (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)));
    ajv.addFormat('email', (v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v));
    for (const name of [
      ...ERP_ENTITIES,
      'order',
      'orderCancellation',
      'orderChange',
      'transferRequest',
      'document',
      'pushed-document',
      'changes',
    ] as BridgeSchemaName[]) {
      const schema = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as object;
      this.validators.set(name, ajv.compile(schema));
    }
  }

  /** null when valid, else a readable reason. */
  check(name: BridgeSchemaName, doc: unknown): string | null {
    const v = this.validators.get(name);
    if (!v) throw new Error(`No bridge schema named ${name}`);
    if (v(doc)) return null;
    const e = v.errors?.[0];
    if (!e) return `does not match the ${name} schema`;
    const where = e.instancePath || '(the document)';
    return `does not match the ${name} schema: ${where} ${e.message ?? 'is invalid'}`;
  }
}
