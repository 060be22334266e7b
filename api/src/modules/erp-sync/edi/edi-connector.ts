import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../../common/clock';
import {
  ErpRejectedError,
  ErpUnavailableError,
  type ChangeBatch,
  type ErpConnector,
  type ErpCursor,
  type ErpEntity,
  type ErpRecordMap,
  type ErpStatusChange,
  type OutboundDocument,
  type OutboundKind,
  type PushedDocument,
} from '../erp-connector';
import { writeFileAtomic } from './edi-folders';
import { EdiInbox, type AcceptedFile, type EdiInboxOptions, type RecordErrorPolicy, type ScanResult } from './edi-inbox';
import { EdiJournal } from './edi-journal';
import type { EppCodePage } from './epp-encoding';
import type { EppSender } from './epp-file';
import { eppReference, writeZkFile, zkFileName, ZkValidationError, type EdiOrder } from './epp-orders';
import { formatUnits } from './epp-values';
import { mmFileName, writeMmFile, type EdiTransfer } from './epp-transfers';

/**
 * The EDI++ adapter (Subiekt GT) behind the ErpConnector port. Inbound, it reads products, product groups
 * (as categories), price lists, prices and customers from .epp files the ERP drops into inbox/, and ZK
 * documents the ERP exports back (as order statuses, matched by Kontor's reference in the original-number
 * field). Outbound, it writes each order as a ZK document and each transfer request as an MM document into
 * outbox/. Other entities and kinds are not part of EDI++: pulls of them return nothing; pushes of them are
 * refused for good (a cancellation or a change of an order's lines with what to do by hand in Subiekt,
 * docs/edi/README.md).
 */

export const EDI_ENTITIES: readonly ErpEntity[] = ['categories', 'products', 'priceLists', 'prices', 'customers', 'orderStatuses'];

export interface EdiConnectorOptions {
  /** The exchange folder (shared with the ERP): inbox/, processing/, done/, quarantine/, outbox/, state/. */
  root: string;
  clock: Clock;
  /** The ERP's local time zone for EDI++ dates. */
  timeZone?: string;
  /** Currency of Subiekt's price lists. */
  currency?: string;
  /** The seller as written into [INFO] of outgoing files. */
  sender: EppSender;
  issuedBy?: string;
  defaultUnit?: string;
  codePage?: EppCodePage;
  settleMs?: number;
  maxFilesPerScan?: number;
  recordErrors?: RecordErrorPolicy;
  /** Scan inbox/ at the start of every pull (default true); otherwise run start()/scanOnce() yourself. */
  scanOnPull?: boolean;
  log?: EdiInboxOptions['log'];
}

/** ZK status byte (field 2) → Kontor status. */
const ZK_STATUS: Record<number, ErpStatusChange['status']> = { 0: 'received', 1: 'accepted', 2: 'cancelled', 3: 'accepted' };

export class EdiConnector implements ErpConnector {
  readonly name = 'edi++';
  readonly inbox: EdiInbox;
  private readonly journal: EdiJournal;
  private readonly timeZone: string;
  private prepared: Promise<void> | null = null;

  constructor(private readonly opts: EdiConnectorOptions) {
    this.timeZone = opts.timeZone ?? 'Europe/Warsaw';
    this.journal = new EdiJournal(path.join(opts.root, 'state', 'journal'));
    this.inbox = new EdiInbox({
      root: opts.root,
      clock: opts.clock,
      timeZone: this.timeZone,
      currency: opts.currency ?? 'PLN',
      settleMs: opts.settleMs,
      maxFilesPerScan: opts.maxFilesPerScan,
      recordErrors: opts.recordErrors,
      log: opts.log,
      sink: (f) => this.store(f),
      onQuarantine: (q) => this.journal.addNotice({ entity: q.entity, raw: q.raw, reason: q.reason, source: `edi++:${q.name}` }),
    });
  }

  private prepare(): Promise<void> {
    this.prepared ??= this.inbox.prepare();
    return this.prepared;
  }

  /** One pass over inbox/ (for jobs and tests). */
  async scanOnce(): Promise<ScanResult> {
    await this.prepare();
    return this.inbox.scanOnce();
  }

  start(intervalMs?: number): void {
    this.inbox.start(intervalMs);
  }

  async close(): Promise<void> {
    await this.inbox.stop();
  }

  /** Writes the records of an accepted file to the journal: one modifiedAt for the whole file. */
  private async store(f: AcceptedFile): Promise<void> {
    // Under the inbox lock: re-read the last time from disk, in case another process wrote since.
    this.journal.refresh();
    const modifiedAt = await this.journal.nextModifiedAt(this.opts.clock.now());
    const stamp = <T extends { modifiedAt: string }>(rs: T[]) => rs.map((r) => ({ ...r, modifiedAt }));
    const d = f.data;
    await this.journal.append('categories', modifiedAt, stamp(d.categories));
    await this.journal.append('products', modifiedAt, stamp(d.products));
    await this.journal.append('priceLists', modifiedAt, stamp(d.priceLists));
    await this.journal.append('prices', modifiedAt, stamp(d.prices));
    await this.journal.append('customers', modifiedAt, stamp(d.customers));
    const statuses: ErpStatusChange[] = [];
    for (const zk of f.orders) {
      if (!zk.eppReference) continue; // not an order Kontor sent
      if (zk.kontorReference === zk.eppReference) zk.kontorReference = (await this.fullReference(zk.eppReference)) ?? zk.eppReference;
      const status = ZK_STATUS[zk.status] ?? 'received';
      statuses.push({
        erpId: `ZK:${zk.kontorReference}`,
        modifiedAt,
        kontorReference: zk.kontorReference,
        documentKind: 'order',
        erpNumber: zk.number || null,
        status,
        changedAt: (zk.issuedAt ?? this.opts.clock.now()).toISOString(),
      });
      await writeFileAtomic(
        this.stateFile('orders', zk.kontorReference),
        JSON.stringify({ kontorReference: zk.kontorReference, erpId: `ZK:${zk.kontorReference}`, erpNumber: zk.number || null, status }),
      );
    }
    await this.journal.append('orderStatuses', modifiedAt, statuses);
    // Records refused one by one (policy skip-record) reach the engine's quarantine like refused files.
    for (const p of d.problems) {
      await this.journal.addNotice({ entity: p.entity, raw: p.raw, reason: p.reason, source: `edi++:${f.name}:${p.line}` });
    }
  }

  async pullChanges<E extends ErpEntity>(entity: E, after: ErpCursor | null, limit: number): Promise<ChangeBatch<E>> {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    if (!EDI_ENTITIES.includes(entity)) return { records: [], quarantined: [], hasMore: false };
    if (this.opts.scanOnPull !== false) await this.scanOnce();
    else await this.prepare();
    const { records, hasMore } = await this.journal.read(entity, after, limit);
    const quarantined = await this.journal.takeNotices(entity);
    return { records: records as Array<ErpRecordMap[E]>, quarantined, hasMore };
  }

  async pushDocument(doc: OutboundDocument, idempotencyKey: string): Promise<PushedDocument> {
    if (doc.kind === 'transferRequest') return this.pushTransfer(doc, idempotencyKey);
    if (doc.kind === 'orderCancellation') throw new ErpRejectedError(await this.cancellationByHand(doc));
    if (doc.kind === 'orderChange') throw new ErpRejectedError(await this.changeByHand(doc));
    if (doc.kind !== 'order')
      throw new ErpRejectedError(`EDI++ (Subiekt GT) carries only orders and transfers; "${doc.kind}" cannot be sent this way`);
    await this.prepare();
    const existing = await this.findByReference('order', doc.kontorReference);
    if (existing) return existing;
    let order: EdiOrder;
    let file: ReturnType<typeof writeZkFile>;
    try {
      order = orderFromDocument(doc);
      file = writeZkFile(order, this.writeOptions());
    } catch (e) {
      if (e instanceof ZkValidationError) throw new ErpRejectedError(`the order cannot be written as a ZK document: ${e.message}`);
      throw e;
    }
    const pushed: PushedDocument = { kontorReference: doc.kontorReference, erpId: file.fileName, erpNumber: null, status: 'received' };
    try {
      const short = eppReference(doc.kontorReference);
      if (short !== doc.kontorReference) await writeFileAtomic(this.stateFile('refs', short), doc.kontorReference);
      await writeFileAtomic(path.join(this.opts.root, 'outbox', file.fileName), file.bytes, { exclusive: true });
      await writeFileAtomic(
        this.stateFile('sent', doc.kontorReference),
        JSON.stringify({ ...pushed, idempotencyKey, replaced: file.replaced }),
      );
    } catch (e) {
      // Nothing visible was written when the rename did not happen; the look-up before a resend settles the rest.
      throw new ErpUnavailableError(`the ZK file could not be written to ${this.opts.root}/outbox: ${(e as Error).message}`);
    }
    return pushed;
  }

  /**
   * EDI++ 1.11 has no document that cancels another, and Subiekt does not change a document it imported from a
   * second file: a cancellation is refused for good with what to do by hand, so it waits among the dead letters
   * (which staff see) instead of being lost or turned into a second ZK.
   */
  private async cancellationByHand(doc: OutboundDocument): Promise<string> {
    await this.prepare();
    const known = await this.findByReference('order', doc.kontorReference);
    const number = typeof doc.body.number === 'string' ? doc.body.number : null;
    const reason = typeof doc.body.reason === 'string' && doc.body.reason ? ` (reason: ${doc.body.reason})` : '';
    const which =
      `${known?.erpNumber ? `ZK ${known.erpNumber}` : 'the ZK'} with original number ${eppReference(doc.kontorReference)}` +
      (number ? ` (Kontor order ${number})` : '');
    const where = known
      ? `It was written as ${zkFileName(doc.kontorReference)}`
      : 'No ZK was written for it (a proforma, or the order never reached the outbox)';
    return (
      `EDI++ has no cancellation document: cancel ${which} in Subiekt GT by hand${reason}. ${where}; ` +
      `if its file is still in outbox/ and Subiekt has not imported it, delete the file instead.`
    );
  }

  /**
   * Nor has EDI++ 1.11 a document that amends a ZK (a second ZK with the same original number would be a second
   * order): a change of an order's lines is refused for good with the lines the ZK must have now, so staff can
   * make it so in Subiekt from the dead letters.
   */
  private async changeByHand(doc: OutboundDocument): Promise<string> {
    await this.prepare();
    const b = doc.body;
    const order = typeof b.orderKontorReference === 'string' && b.orderKontorReference ? b.orderKontorReference : doc.kontorReference;
    const known = await this.findByReference('order', order);
    const number = typeof b.number === 'string' && b.number ? b.number : null;
    const currency = typeof b.currency === 'string' ? b.currency : '';
    const money = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? `${formatUnits(v, 2, 2)} ${currency}`.trim() : '?');
    const lines = (Array.isArray(b.lines) ? (b.lines as Array<Record<string, unknown>>) : []).map((l, i) => {
      const vat = typeof l.vatRateBp === 'number' ? `, VAT ${l.vatRateBp / 100}%` : '';
      return `${typeof l.lineNo === 'number' ? l.lineNo : i + 1}. ${String(l.productErpId ?? '?')} × ${String(l.quantity ?? '?')} at ${money(l.unitNetMinor)} net${vat}`;
    });
    const which =
      `${known?.erpNumber ? `ZK ${known.erpNumber}` : 'the ZK'} with original number ${eppReference(order)}` +
      (number ? ` (Kontor order ${number})` : '');
    const reason = typeof b.reason === 'string' && b.reason ? ` (reason: ${b.reason})` : '';
    if (!known) {
      return (
        `EDI++ has no document that changes an order, and no ZK was written for order ${eppReference(order)}` +
        `${number ? ` (Kontor order ${number})` : ''} (a proforma, or the order never reached the outbox): nothing to change in ` +
        `Subiekt GT unless it was entered there by hand; if so, give it exactly these lines: ${lines.join('; ')}; ` +
        `net ${money(b.netMinor)}, gross ${money(b.grossMinor)}${reason}.`
      );
    }
    return (
      `EDI++ has no document that changes an order: change ${which} in Subiekt GT by hand so that it has exactly these lines ` +
      `(quantities as shown, remove any other line): ${lines.join('; ')}; net ${money(b.netMinor)}, gross ${money(b.grossMinor)}${reason}. ` +
      `It was written as ${zkFileName(order)}; if its file is still in outbox/, let Subiekt import it first, then change it.`
    );
  }

  private async pushTransfer(doc: OutboundDocument, idempotencyKey: string): Promise<PushedDocument> {
    await this.prepare();
    const existing = await this.findByReference('transferRequest', doc.kontorReference);
    if (existing) return existing;
    const b = doc.body;
    const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
    const transfer: EdiTransfer = {
      kontorReference: doc.kontorReference,
      orderKontorReference: s('orderKontorReference') || doc.kontorReference,
      fromWarehouse: s('fromWarehouseErpId'),
      toWarehouse: s('toWarehouseErpId'),
      requestedAt: this.opts.clock.now(),
      lines: (Array.isArray(b.lines) ? (b.lines as Array<Record<string, unknown>>) : []).map((l, i) => ({
        lineNo: typeof l.lineNo === 'number' ? l.lineNo : i + 1,
        productErpId: typeof l.productErpId === 'string' ? l.productErpId : '',
        quantity: typeof l.quantity === 'number' ? l.quantity : NaN,
        unit: typeof l.unit === 'string' ? l.unit : null,
      })),
    };
    let file: ReturnType<typeof writeMmFile>;
    try {
      file = writeMmFile(transfer, this.writeOptions());
    } catch (e) {
      if (e instanceof ZkValidationError) throw new ErpRejectedError(`the transfer cannot be written as an MM document: ${e.message}`);
      throw e;
    }
    const pushed: PushedDocument = { kontorReference: doc.kontorReference, erpId: file.fileName, erpNumber: null, status: 'received' };
    try {
      await writeFileAtomic(path.join(this.opts.root, 'outbox', file.fileName), file.bytes, { exclusive: true });
      await writeFileAtomic(this.stateFile('sent-transfers', doc.kontorReference), JSON.stringify({ ...pushed, idempotencyKey }));
    } catch (e) {
      throw new ErpUnavailableError(`the MM file could not be written to ${this.opts.root}/outbox: ${(e as Error).message}`);
    }
    return pushed;
  }

  /** What every document Kontor writes for Subiekt carries: sender, time zone, code page, issuer, unit, time. */
  private writeOptions() {
    return {
      sender: this.opts.sender,
      timeZone: this.timeZone,
      codePage: this.opts.codePage,
      issuedBy: this.opts.issuedBy ?? 'Kontor',
      defaultUnit: this.opts.defaultUnit ?? 'szt.',
      exportedAt: this.opts.clock.now(),
    };
  }

  async findByReference(kind: OutboundKind, kontorReference: string): Promise<PushedDocument | null> {
    if (kind === 'transferRequest') return this.findTransfer(kontorReference);
    if (kind !== 'order') return null;
    await this.prepare();
    for (const dir of ['orders', 'sent'] as const) {
      try {
        const j = JSON.parse(await fs.readFile(this.stateFile(dir, kontorReference), 'utf8')) as PushedDocument;
        return { kontorReference, erpId: j.erpId, erpNumber: j.erpNumber, status: j.status };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    try {
      await fs.access(path.join(this.opts.root, 'outbox', zkFileName(kontorReference)));
      return { kontorReference, erpId: zkFileName(kontorReference), erpNumber: null, status: 'received' };
    } catch {
      return null;
    }
  }

  private async findTransfer(kontorReference: string): Promise<PushedDocument | null> {
    await this.prepare();
    try {
      const j = JSON.parse(await fs.readFile(this.stateFile('sent-transfers', kontorReference), 'utf8')) as PushedDocument;
      return { kontorReference, erpId: j.erpId, erpNumber: j.erpNumber, status: j.status };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    try {
      await fs.access(path.join(this.opts.root, 'outbox', mmFileName(kontorReference)));
      return { kontorReference, erpId: mmFileName(kontorReference), erpNumber: null, status: 'received' };
    } catch {
      return null;
    }
  }

  async fetchInvoicePdf(invoiceErpId: string): Promise<Buffer> {
    throw new ErpRejectedError(`EDI++ carries no invoice PDFs (invoice ${invoiceErpId})`);
  }

  /** The full reference behind a shortened one written into field 5. */
  private async fullReference(short: string): Promise<string | null> {
    try {
      return await fs.readFile(this.stateFile('refs', short), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  private stateFile(kind: 'sent' | 'orders' | 'refs' | 'sent-transfers', kontorReference: string): string {
    return path.join(this.opts.root, 'state', kind, `${encodeURIComponent(kontorReference).replace(/\./g, '%2E')}.json`);
  }
}

/**
 * The canonical order (docs/bridge-protocol/schemas/order.json) as a ZK order: kontorReference, number,
 * customerErpId, placedAt, currency, notes, delivery {method, date, address, contactName, contactPhone},
 * lines[] (lineNo, productErpId, quantity, unitNetMinor, vatRateBp); also read when present: customer {…}
 * (name, shortName, street, postCode, city, taxId, country), customerPoNumber, lines[].unit.
 */
export function orderFromDocument(doc: OutboundDocument): EdiOrder {
  const b = doc.body;
  const str = (o: Record<string, unknown>, k: string): string | null => (typeof o[k] === 'string' ? (o[k] as string) : null);
  const placed = str(b, 'placedAt');
  if (!Array.isArray(b.lines)) throw new ZkValidationError('the order body has no lines');
  // Delivery wishes have no ZK field of their own: they follow the notes in the remarks.
  const d = b.delivery && typeof b.delivery === 'object' ? (b.delivery as Record<string, unknown>) : null;
  const delivery = d
    ? [str(d, 'method'), str(d, 'date'), str(d, 'address'), str(d, 'contactName'), str(d, 'contactPhone')].filter((x) => x).join(', ')
    : '';
  const note = [str(b, 'notes') ?? str(b, 'note'), delivery ? `Dostawa: ${delivery}` : null].filter((x) => x).join(' | ');
  return {
    kontorReference: doc.kontorReference,
    number: str(b, 'number') ?? doc.kontorReference.slice(0, 30),
    customerErpId: str(b, 'customerErpId') ?? '',
    customer: b.customer && typeof b.customer === 'object' ? (b.customer as EdiOrder['customer']) : null,
    placedAt: placed ? new Date(placed) : new Date(NaN),
    currency: str(b, 'currency') ?? '',
    poNumber: str(b, 'customerPoNumber') ?? str(b, 'poNumber'),
    note: note || null,
    lines: (b.lines as Array<Record<string, unknown>>).map((l, i) => {
      const num = (k: string) => (typeof l[k] === 'number' ? (l[k] as number) : NaN);
      return {
        lineNo: typeof l.lineNo === 'number' ? l.lineNo : i + 1,
        productErpId: str(l, 'productErpId') ?? '',
        quantity: num('quantity'),
        unitNetMinor: num('unitNetMinor'),
        vatRateBp: num('vatRateBp'),
        unit: str(l, 'unit'),
      };
    }),
  };
}
