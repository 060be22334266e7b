import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ErpCursor, ErpEntity, ErpRecordBase, QuarantinedInput } from '../erp-connector';
import { writeFileAtomic } from './edi-folders';

/**
 * What the EDI++ adapter has accepted, kept on disk so the sync engine can pull it by cursor. Each accepted
 * file adds one segment per entity: `<entity>/<modifiedAt ms, 15 digits>-<random>.jsonl`, its records sorted
 * by erpId, all stamped with the same modifiedAt. Segment times strictly increase, so `(modifiedAt, erpId)`
 * order is segment order then line order, and a cursor never skips a record.
 *
 * Quarantine notices wait in `notices/<entity>/` until a pull of that entity hands them to the engine once.
 */
export class EdiJournal {
  private lastMs = -1;
  private cache: { file: string; records: ErpRecordBase[] } | null = null;

  constructor(private readonly dir: string) {}

  /** Forgets the cached last time; the next call reads it from disk. */
  refresh(): void {
    this.lastMs = -1;
  }

  /** The next modifiedAt: the clock's time, or 1 ms after the last segment if the clock has not moved on. */
  async nextModifiedAt(now: Date): Promise<string> {
    if (this.lastMs < 0) this.lastMs = await this.scanLastMs();
    const ms = Math.max(now.getTime(), this.lastMs + 1);
    this.lastMs = ms;
    return new Date(ms).toISOString();
  }

  private async scanLastMs(): Promise<number> {
    let last = 0;
    let entities: string[] = [];
    try {
      entities = await fs.readdir(this.dir);
    } catch {
      return 0;
    }
    for (const e of entities) {
      if (e === 'notices') continue;
      for (const f of await this.segments(e)) last = Math.max(last, Number(f.slice(0, 15)));
    }
    return last;
  }

  private async segments(entity: string): Promise<string[]> {
    try {
      return (await fs.readdir(path.join(this.dir, entity))).filter((f) => /^\d{15}-[0-9a-f]+\.jsonl$/.test(f)).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  async append(entity: ErpEntity, modifiedAt: string, records: ErpRecordBase[]): Promise<void> {
    if (records.length === 0) return;
    const ms = Date.parse(modifiedAt);
    const sorted = [...records].sort((a, b) => (a.erpId < b.erpId ? -1 : a.erpId > b.erpId ? 1 : 0));
    const dir = path.join(this.dir, entity);
    await fs.mkdir(dir, { recursive: true });
    const name = `${String(ms).padStart(15, '0')}-${randomBytes(4).toString('hex')}.jsonl`;
    await writeFileAtomic(path.join(dir, name), sorted.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }

  /** Records strictly after `after` in (modifiedAt, erpId) order, at most `limit`. */
  async read(entity: ErpEntity, after: ErpCursor | null, limit: number): Promise<{ records: ErpRecordBase[]; hasMore: boolean }> {
    const out: ErpRecordBase[] = [];
    const afterMs = after ? Date.parse(after.modifiedAt) : -1;
    for (const file of await this.segments(entity)) {
      const ms = Number(file.slice(0, 15));
      if (ms < afterMs) continue;
      for (const r of await this.load(entity, file)) {
        if (after && ms === afterMs && r.erpId <= after.erpId) continue;
        if (out.length === limit) return { records: out, hasMore: true };
        out.push(r);
      }
    }
    return { records: out, hasMore: false };
  }

  private async load(entity: string, file: string): Promise<ErpRecordBase[]> {
    const key = `${entity}/${file}`;
    if (this.cache?.file === key) return this.cache.records;
    const text = await fs.readFile(path.join(this.dir, entity, file), 'utf8');
    const records = text
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as ErpRecordBase);
    this.cache = { file: key, records };
    return records;
  }

  async addNotice(notice: QuarantinedInput): Promise<void> {
    const dir = path.join(this.dir, 'notices', notice.entity);
    await fs.mkdir(dir, { recursive: true });
    await writeFileAtomic(path.join(dir, `${Date.now()}-${randomBytes(4).toString('hex')}.json`), JSON.stringify(notice));
  }

  /** Hands out waiting notices of one entity once (they are removed as they are read). */
  async takeNotices(entity: ErpEntity | 'outbound', max = 1000): Promise<QuarantinedInput[]> {
    const dir = path.join(this.dir, 'notices', entity);
    let files: string[];
    try {
      files = (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    } catch {
      return [];
    }
    const out: QuarantinedInput[] = [];
    for (const f of files.slice(0, max)) {
      // Claimed by a rename first, so two processes pulling at once never both hand it out.
      const taken = path.join(dir, `.${f}.${randomBytes(4).toString('hex')}.taken`);
      try {
        await fs.rename(path.join(dir, f), taken);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      out.push(JSON.parse(await fs.readFile(taken, 'utf8')) as QuarantinedInput);
      await fs.rm(taken, { force: true });
    }
    return out;
  }
}
