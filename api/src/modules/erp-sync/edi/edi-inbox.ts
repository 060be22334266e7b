import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../../common/clock';
import { EdiFolders, isEppName, originalName, sha256, stampName, writeFileAtomic } from './edi-folders';
import { EppEncodingError } from './epp-encoding';
import { EppFileError, parseEppFile, type EppFile } from './epp-file';
import { mapMasterData, type MasterData, type RecordProblem } from './epp-master-data';
import { readZk, ZkValidationError, type ZkRead } from './epp-orders';

/**
 * Takes EDI++ files from inbox/, one at a time: claim by rename into processing/, check the content hash
 * against files already accepted (a duplicate is dropped into done/ with an ack saying so), decode and parse,
 * map to canonical records, hand them to the sink, then move the file to done/ with `<name>.ack`. A file that
 * cannot be read goes to quarantine/ with `<name>.reason.txt`; the scan goes on with the next file.
 */

export type RecordErrorPolicy = 'quarantine-file' | 'skip-record';

export interface AcceptedFile {
  name: string;
  sha256: string;
  file: EppFile;
  data: MasterData;
  /** ZK documents in the file (orders the ERP exports back, with their status). */
  orders: ZkRead[];
}

export type FileOutcome =
  | { name: string; status: 'accepted' | 'partial'; counts: Record<string, number>; problems: RecordProblem[]; warnings: string[] }
  | { name: string; status: 'duplicate'; duplicateOf: string }
  | { name: string; status: 'quarantined'; reason: string; entity: QuarantineEntity }
  | { name: string; status: 'retry'; error: string };

export type QuarantineEntity = 'products' | 'prices' | 'customers' | 'categories' | 'orderStatuses';

export interface ScanResult {
  files: FileOutcome[];
  accepted: number;
  quarantined: number;
  duplicates: number;
  retried: number;
  /** Records refused one by one (policy skip-record). */
  skippedRecords: number;
  /** Files still settling (being written by the ERP). */
  waiting: number;
  /** Files a dead scan left in processing/, put back into inbox/ (and read in this scan). */
  recovered: number;
  /** Another scan of the same folder held the lock; nothing was done. */
  busy: boolean;
}

export interface EdiInboxOptions {
  root: string;
  clock: Clock;
  timeZone: string;
  currency: string;
  /** Receives the records of an accepted file; a throw puts the file back into inbox/ for the next scan. */
  sink: (accepted: AcceptedFile) => Promise<void>;
  /** Told about each quarantined file (for the engine's quarantine table). */
  onQuarantine?: (q: { name: string; reason: string; entity: QuarantineEntity; raw: string }) => Promise<void>;
  /** A file is taken once its size and time have not changed for this long (ms); 0 takes it at once. */
  settleMs?: number;
  /** Bounded work per scan. */
  maxFilesPerScan?: number;
  recordErrors?: RecordErrorPolicy;
  /** A scan lock older than this (ms) belongs to a dead process and is taken over. */
  lockStaleMs?: number;
  /** Largest file read (bytes); bigger ones are quarantined. */
  maxFileBytes?: number;
  log?: { info(o: object, msg: string): void; warn(o: object, msg: string): void };
}

export interface InboxTotals {
  scans: number;
  accepted: number;
  quarantined: number;
  duplicates: number;
  retried: number;
  skippedRecords: number;
}

const MAX_REASON_PROBLEMS = 50;

export class EdiInbox {
  readonly folders: EdiFolders;
  private running: Promise<ScanResult> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private loop: Promise<void> | null = null;
  private stopped = true;
  readonly totals: InboxTotals = { scans: 0, accepted: 0, quarantined: 0, duplicates: 0, retried: 0, skippedRecords: 0 };

  constructor(private readonly opts: EdiInboxOptions) {
    this.folders = new EdiFolders(opts.root);
  }

  /** Creates the folders. */
  async prepare(): Promise<void> {
    await this.folders.ensure();
  }

  /** One pass over inbox/. Concurrent calls share the pass in progress. */
  scanOnce(): Promise<ScanResult> {
    if (!this.running) {
      this.running = this.scan().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  /** Polls inbox/ every `intervalMs` (1 s to 10 min) until stop(). */
  start(intervalMs = 5000): void {
    if (!this.stopped) return;
    const every = Math.min(600_000, Math.max(1000, intervalMs));
    this.stopped = false;
    const tick = async () => {
      try {
        await this.scanOnce();
      } catch (e) {
        this.opts.log?.warn({ err: e }, 'EDI++ inbox scan failed');
      }
      if (!this.stopped) this.timer = setTimeout(() => (this.loop = tick()), every);
    };
    this.loop = this.prepare().then(tick, (e: unknown) => {
      this.opts.log?.warn({ err: e }, 'EDI++ folders could not be prepared');
      if (!this.stopped) this.timer = setTimeout(() => (this.loop = tick()), every);
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.loop;
    await this.running;
  }

  private async scan(): Promise<ScanResult> {
    const result: ScanResult = {
      files: [],
      accepted: 0,
      quarantined: 0,
      duplicates: 0,
      retried: 0,
      skippedRecords: 0,
      waiting: 0,
      recovered: 0,
      busy: false,
    };
    // Only what claiming needs; a broken done/ or quarantine/ fails per file, not the scan.
    for (const f of ['inbox', 'processing', 'state'] as const) await fs.mkdir(this.folders.dir(f), { recursive: true });
    if (!(await this.lock())) {
      result.busy = true;
      return result;
    }
    try {
      await this.scanLocked(result);
    } finally {
      await fs.rm(this.lockPath(), { force: true });
    }
    this.totals.scans++;
    this.totals.accepted += result.accepted;
    this.totals.quarantined += result.quarantined;
    this.totals.duplicates += result.duplicates;
    this.totals.retried += result.retried;
    this.totals.skippedRecords += result.skippedRecords;
    return result;
  }

  private lockPath(): string {
    return this.folders.dir('state', 'inbox.lock');
  }

  /**
   * One scan at a time per folder, across processes: the lock is a file created exclusively. A lock not
   * touched for `lockStaleMs` (its holder died) is taken over.
   */
  private async lock(): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fh = await fs.open(this.lockPath(), 'wx');
        await fh.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
        await fh.close();
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const st = await fs.stat(this.lockPath()).catch(() => null);
        if (st && Date.now() - st.mtimeMs < (this.opts.lockStaleMs ?? 10 * 60_000)) return false;
        this.opts.log?.warn({ lock: this.lockPath() }, 'EDI++ inbox lock is stale; taking it over');
        await fs.rm(this.lockPath(), { force: true });
      }
    }
    return false;
  }

  private async scanLocked(result: ScanResult): Promise<void> {
    // Holding the lock, anything in processing/ was left by a scan that died: back into inbox/.
    for (const name of await fs.readdir(this.folders.dir('processing'))) {
      if (name.startsWith('.')) continue;
      await fs.rename(this.folders.dir('processing', name), this.folders.dir('inbox', await this.freeInboxName(originalName(name))));
      result.recovered++;
    }
    const settleMs = this.opts.settleMs ?? 2000;
    const names = (await fs.readdir(this.folders.dir('inbox'))).filter(isEppName).sort();
    const max = this.opts.maxFilesPerScan ?? 100;
    for (const name of names) {
      if (result.files.length >= max) break;
      const src = this.folders.dir('inbox', name);
      let stat;
      try {
        stat = await fs.stat(src);
      } catch {
        continue; // taken meanwhile
      }
      if (!stat.isFile()) continue;
      if (settleMs > 0 && Date.now() - stat.mtimeMs < settleMs) {
        result.waiting++;
        continue;
      }
      const stamped = stampName(name, this.opts.clock.now());
      const claimed = this.folders.dir('processing', stamped);
      try {
        await fs.rename(src, claimed);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // another consumer took it
        throw e;
      }
      let outcome: FileOutcome;
      try {
        outcome = await this.processClaimed(name, stamped);
      } catch (e) {
        // File-system trouble (a share gone, no space): hand the file back for the next scan and go on.
        this.opts.log?.warn({ file: name, err: e }, 'EDI++ file could not be processed; it goes back to inbox/');
        await fs.rename(claimed, this.folders.dir('inbox', await this.freeInboxName(name))).catch(() => undefined);
        outcome = { name, status: 'retry', error: (e as Error).message };
      }
      result.files.push(outcome);
      if (outcome.status === 'accepted' || outcome.status === 'partial') {
        result.accepted++;
        result.skippedRecords += outcome.problems.length;
      } else if (outcome.status === 'duplicate') result.duplicates++;
      else if (outcome.status === 'quarantined') result.quarantined++;
      else result.retried++;
      await fs.utimes(this.lockPath(), new Date(), new Date()).catch(() => undefined);
    }
  }

  private async processClaimed(name: string, stamped: string): Promise<FileOutcome> {
    const claimed = this.folders.dir('processing', stamped);
    const bytes = await fs.readFile(claimed);
    const hash = sha256(bytes);
    const maxBytes = this.opts.maxFileBytes ?? 512 * 1024 * 1024;
    if (bytes.length > maxBytes)
      return this.quarantine(name, stamped, bytes, hash, `the file is ${bytes.length} bytes, more than the limit of ${maxBytes}`);
    if (bytes.length === 0) return this.quarantine(name, stamped, bytes, hash, 'the file is empty (0 bytes)');

    const firstName = await this.seenAs(hash);
    if (firstName !== null) {
      await fs.rename(claimed, this.folders.dir('done', stamped));
      await this.writeAck(stamped, [
        'status: duplicate',
        `file: ${name}`,
        `sha256: ${hash}`,
        `reason: the same content was already accepted as ${firstName}; nothing was imported again`,
      ]);
      this.opts.log?.info({ file: name, duplicateOf: firstName }, 'EDI++ duplicate file dropped');
      return { name, status: 'duplicate', duplicateOf: firstName };
    }

    let file: EppFile;
    let data: MasterData;
    const orders: ZkRead[] = [];
    try {
      file = parseEppFile(bytes, this.opts.timeZone);
      data = mapMasterData(file, { modifiedAt: this.opts.clock.now().toISOString(), currency: this.opts.currency });
      for (const b of file.blocks) {
        if (b.kind !== 'document' || b.docType !== 'ZK') continue;
        try {
          orders.push(readZk(b, this.opts.timeZone));
        } catch (e) {
          if (!(e instanceof ZkValidationError)) throw e;
          data.problems.push({
            line: b.header.line,
            raw: b.header.raw,
            reason: `line ${b.header.line}, ZK: ${e.message}`,
            entity: 'orderStatuses',
          });
        }
      }
    } catch (e) {
      if (e instanceof EppFileError || e instanceof EppEncodingError) {
        const kind = e instanceof EppEncodingError ? 'wrong encoding' : e.truncated ? 'truncated' : 'malformed';
        return this.quarantine(name, stamped, bytes, hash, `${kind}: ${e.message}`);
      }
      // A reader bug must not make the file come back forever, nor stop the others.
      this.opts.log?.warn({ file: name, err: e }, 'EDI++ reader failed unexpectedly');
      return this.quarantine(name, stamped, bytes, hash, `unreadable: unexpected error while reading: ${(e as Error).message}`);
    }
    const policy = this.opts.recordErrors ?? 'quarantine-file';
    if (data.problems.length > 0 && policy === 'quarantine-file') {
      const shown = data.problems.slice(0, MAX_REASON_PROBLEMS).map((p) => `  - ${p.reason}`);
      const more = data.problems.length > MAX_REASON_PROBLEMS ? [`  … and ${data.problems.length - MAX_REASON_PROBLEMS} more`] : [];
      return this.quarantine(
        name,
        stamped,
        bytes,
        hash,
        `${data.problems.length} record(s) cannot be read; nothing from this file was imported:\n${[...shown, ...more].join('\n')}`,
        data.problems[0].entity,
      );
    }
    const usable = data.products.length + data.prices.length + data.customers.length + data.categories.length + orders.length;
    if (usable === 0 && data.problems.length === 0) {
      return this.quarantine(
        name,
        stamped,
        bytes,
        hash,
        `malformed: the file holds no products, prices, customers or ZK orders (found: ${data.ignored.join(', ') || 'nothing'})`,
      );
    }

    try {
      await this.opts.sink({ name, sha256: hash, file, data, orders });
    } catch (e) {
      await fs.rename(claimed, this.folders.dir('inbox', await this.freeInboxName(name)));
      this.opts.log?.warn({ file: name, err: e }, 'EDI++ file could not be stored; it stays in inbox/ for the next scan');
      return { name, status: 'retry', error: (e as Error).message };
    }
    await this.remember(hash, name);
    await fs.rename(claimed, this.folders.dir('done', stamped));
    const counts: Record<string, number> = {
      products: data.products.length,
      categories: data.categories.length,
      priceLists: data.priceLists.length,
      prices: data.prices.length,
      customers: data.customers.length,
      orders: orders.length,
    };
    const status = data.problems.length > 0 ? 'partial' : 'accepted';
    await this.writeAck(stamped, [
      `status: ${status}`,
      `file: ${name}`,
      `sha256: ${hash}`,
      `format: EDI++ ${file.info.version}, code page ${file.info.codePage}, from "${file.info.generator}"`,
      ...Object.entries(counts).map(([k, v]) => `${k}: ${v}`),
      `refused records: ${data.problems.length}`,
      ...data.problems.map((p) => `refused: ${p.reason}`),
      ...data.warnings.concat(file.warnings).map((w) => `warning: ${w}`),
      ...data.ignored.map((i) => `ignored: ${i}`),
    ]);
    this.opts.log?.info({ file: name, ...counts, refused: data.problems.length }, 'EDI++ file accepted');
    return { name, status, counts, problems: data.problems, warnings: [...data.warnings, ...file.warnings] };
  }

  private async quarantine(
    name: string,
    stamped: string,
    bytes: Buffer,
    hash: string,
    reason: string,
    entity: QuarantineEntity = guessEntity(bytes),
  ): Promise<FileOutcome> {
    await fs.rename(this.folders.dir('processing', stamped), this.folders.dir('quarantine', stamped));
    const text = [
      `File: ${name}`,
      `Put in quarantine: ${this.opts.clock.now().toISOString()}`,
      `SHA-256: ${hash}`,
      '',
      `Reason: ${reason}`,
      '',
      'Nothing from this file was imported. Correct the export in the ERP (or the file) and drop it into inbox/ again.',
      '',
    ].join('\r\n');
    await writeFileAtomic(this.folders.dir('quarantine', `${stamped}.reason.txt`), text);
    this.opts.log?.warn({ file: name, reason }, 'EDI++ file quarantined');
    await this.opts.onQuarantine?.({ name, reason, entity, raw: bytes.subarray(0, 4096).toString('latin1') });
    return { name, status: 'quarantined', reason, entity };
  }

  private async writeAck(stamped: string, lines: string[]): Promise<void> {
    await writeFileAtomic(
      this.folders.dir('done', `${stamped}.ack`),
      [...lines, `at: ${this.opts.clock.now().toISOString()}`, ''].join('\r\n'),
    );
  }

  private hashDir(): string {
    return this.folders.dir('state', 'hashes');
  }

  /** The name under which the same content was accepted before, or null. */
  private async seenAs(hash: string): Promise<string | null> {
    try {
      return (await fs.readFile(path.join(this.hashDir(), hash), 'utf8')).trim();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  private async remember(hash: string, name: string): Promise<void> {
    await writeFileAtomic(path.join(this.hashDir(), hash), name);
  }

  private async freeInboxName(name: string): Promise<string> {
    try {
      await fs.access(this.folders.dir('inbox', name));
    } catch {
      return name;
    }
    return stampName(name, this.opts.clock.now());
  }
}

/** Which entity a refused file most likely carried, by the keywords in its bytes. */
function guessEntity(bytes: Buffer): QuarantineEntity {
  const head = bytes.subarray(0, 64 * 1024).toString('latin1');
  if (head.includes('"KONTRAHENCI"')) return 'customers';
  if (head.includes('"TOWARY"')) return 'products';
  if (head.includes('"CENNIK"')) return 'prices';
  return 'products';
}
