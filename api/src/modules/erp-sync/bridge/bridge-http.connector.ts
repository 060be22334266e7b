import {
  ErpAmbiguousError,
  ErpRejectedError,
  ErpUnavailableError,
  type ChangeBatch,
  type ErpConnector,
  type ErpCursor,
  type ErpEntity,
  type ErpRecordMap,
  type OutboundDocument,
  type OutboundKind,
  type PushedDocument,
  type QuarantinedInput,
} from '../erp-connector';
import { BridgeSchemas, DOCUMENT_SCHEMAS } from './bridge-schemas';

export const BRIDGE_PROTOCOL = 'kontor-bridge/1';

export function encodeBridgeCursor(c: ErpCursor | null): string {
  return c ? Buffer.from(JSON.stringify({ modifiedAt: c.modifiedAt, erpId: c.erpId })).toString('base64url') : '';
}

export function decodeBridgeCursor(s: string | null | undefined): ErpCursor | null {
  if (!s) return null;
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as ErpCursor;
    if (typeof v.modifiedAt === 'string' && typeof v.erpId === 'string' && !Number.isNaN(Date.parse(v.modifiedAt))) return v;
  } catch {
    /* below */
  }
  throw new Error(`malformed bridge cursor "${s.slice(0, 80)}"`);
}

export interface BridgeOptions {
  token?: string | null;
  timeoutMs?: number;
  schemas?: BridgeSchemas;
}

const NETWORK_NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * The Kontor bridge protocol v1 over HTTP (docs/bridge-protocol/README.md). Every incoming record is checked
 * against its JSON Schema; a record that fails (or carries undecodable text) is quarantined with the reason
 * and the rest of the page goes on.
 */
export class BridgeHttpConnector implements ErpConnector {
  readonly name = 'bridge';
  private readonly schemas: BridgeSchemas;
  private readonly base: string;

  constructor(
    baseUrl: string,
    private readonly options: BridgeOptions = {},
  ) {
    this.base = baseUrl.replace(/\/+$/, '');
    this.schemas = options.schemas ?? new BridgeSchemas();
  }

  private async call(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetch(`${this.base}${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      const code = e.cause?.code ?? '';
      const what = `${method} ${path}: ${e.name === 'TimeoutError' ? 'timed out' : `${e.message}${code ? ` (${code})` : ''}`}`;
      // a refused connection never reached the ERP; a timeout or a reset may have
      if (method === 'GET' || NETWORK_NOT_SENT.has(code)) throw new ErpUnavailableError(`the ERP is unreachable: ${what}`);
      throw new ErpAmbiguousError(`the ERP may or may not have received it: ${what}`);
    }
  }

  async pullChanges<E extends ErpEntity>(entity: E, after: ErpCursor | null, limit: number): Promise<ChangeBatch<E>> {
    const qs = new URLSearchParams({ after: encodeBridgeCursor(after), limit: String(limit) });
    const path = `/v1/changes/${entity}?${qs}`;
    const res = await this.call('GET', path);
    if (res.status >= 500 || res.status === 429) throw new ErpUnavailableError(`GET ${path}: the ERP answered ${res.status}`);
    if (!res.ok) throw new Error(`GET ${path}: the ERP answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    let body: { entity?: string; records?: unknown[]; next?: string | null; hasMore?: boolean };
    try {
      body = JSON.parse(bytes.toString('utf8')) as typeof body;
    } catch (err) {
      // a cut-off or garbled page: nothing in it can be trusted, and the cursor must not move past it
      throw new ErpUnavailableError(`GET ${path}: the page is not valid JSON (truncated?): ${(err as Error).message}`);
    }
    const envelope = this.schemas.check('changes', body);
    if (envelope) throw new ErpUnavailableError(`GET ${path}: the page ${envelope}`);
    const records: Array<ErpRecordMap[E]> = [];
    const quarantined: QuarantinedInput[] = [];
    for (const raw of body.records ?? []) {
      const text = JSON.stringify(raw);
      if (text.includes('\uFFFD')) {
        quarantined.push({ entity, raw: text, reason: 'text is not valid UTF-8 (wrongly encoded)', source: path });
        continue;
      }
      const problem = this.schemas.check(entity, raw);
      if (problem) {
        quarantined.push({ entity, raw: text, reason: `the record ${problem}`, source: path });
        continue;
      }
      records.push(raw as ErpRecordMap[E]);
    }
    return { records, quarantined, hasMore: !!body.hasMore, next: decodeBridgeCursor(body.next) };
  }

  async pushDocument(doc: OutboundDocument, idempotencyKey: string): Promise<PushedDocument> {
    const path = doc.kind === 'order' ? '/v1/orders' : `/v1/documents/${doc.kind}`;
    const body = { ...doc.body, kontorReference: doc.kontorReference };
    const problem = this.schemas.check(DOCUMENT_SCHEMAS[doc.kind] ?? 'document', body);
    if (problem) throw new ErpRejectedError(`Kontor built an invalid ${doc.kind}: it ${problem}`);
    const res = await this.call('POST', path, { body, headers: { 'idempotency-key': idempotencyKey } });
    return this.readDocument(res, `POST ${path}`, true);
  }

  async findByReference(kind: OutboundKind, kontorReference: string): Promise<PushedDocument | null> {
    const path = `/v1/documents/${kind}/${encodeURIComponent(kontorReference)}`;
    const res = await this.call('GET', path);
    if (res.status === 404) return null;
    return this.readDocument(res, `GET ${path}`, false);
  }

  private async readDocument(res: Response, what: string, sent: boolean): Promise<PushedDocument> {
    const text = await res.text();
    if (res.status >= 500 || res.status === 429) {
      const msg = `${what}: the ERP answered ${res.status}`;
      throw sent && res.status !== 503 && res.status !== 429 ? new ErpAmbiguousError(msg) : new ErpUnavailableError(msg);
    }
    if (!res.ok) throw new ErpRejectedError(`${what}: the ERP refused it (${res.status}): ${text.slice(0, 500)}`);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      throw new ErpAmbiguousError(`${what}: the ERP's answer is not valid JSON`);
    }
    const problem = this.schemas.check('pushed-document', doc);
    if (problem) throw new ErpAmbiguousError(`${what}: the ERP's answer ${problem}`);
    return doc as PushedDocument;
  }

  async fetchInvoicePdf(invoiceErpId: string): Promise<Buffer> {
    const path = `/v1/invoices/${encodeURIComponent(invoiceErpId)}/pdf`;
    const res = await this.call('GET', path);
    if (res.status >= 500) throw new ErpUnavailableError(`GET ${path}: the ERP answered ${res.status}`);
    if (!res.ok) throw new ErpRejectedError(`GET ${path}: the ERP answered ${res.status}`);
    const buf = Buffer.from(await res.arrayBuffer());
    if (buf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new ErpRejectedError(`GET ${path}: the answer is not a PDF`);
    return buf;
  }
}
