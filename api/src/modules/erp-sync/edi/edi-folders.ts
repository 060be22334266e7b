import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The watched folders of the EDI++ exchange, under one root:
 *
 *   inbox/       the ERP drops .epp files here (Subiekt's export folder)
 *   processing/  a file is claimed by an atomic rename before it is read
 *   done/        accepted (and duplicate) files, each with `<name>.ack`
 *   quarantine/  refused files, each with `<name>.reason.txt`
 *   outbox/      files Kontor writes for the ERP (ZK orders), made visible by an atomic rename
 *   state/       Kontor's own bookkeeping (content hashes, journal, sent orders)
 *
 * Every rename stays inside the root, so it is atomic on one file system: a reader sees a whole file or none.
 */
export const FOLDERS = ['inbox', 'processing', 'done', 'quarantine', 'outbox', 'state'] as const;
export type Folder = (typeof FOLDERS)[number];

export class EdiFolders {
  constructor(readonly root: string) {}

  dir(folder: Folder, ...rest: string[]): string {
    return path.join(this.root, folder, ...rest);
  }

  async ensure(): Promise<void> {
    for (const f of FOLDERS) await fs.mkdir(this.dir(f), { recursive: true });
  }
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes a file so that no reader ever sees it half-written: the bytes go to a hidden temporary name in the
 * same folder (`.name.<random>.tmp`, which the inbox scan and the ERP's import ignore), are flushed to disk,
 * then renamed to the final name. With `exclusive`, an existing final name is left alone and false returned.
 */
export async function writeFileAtomic(target: string, data: Buffer | string, opts: { exclusive?: boolean } = {}): Promise<boolean> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fh = await fs.open(tmp, 'wx');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    if (opts.exclusive) {
      // link() fails if the target exists, unlike rename(); the temporary name is removed either way.
      try {
        await fs.link(tmp, target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw e;
      }
      return true;
    }
    await fs.rename(tmp, target);
    return true;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** A name no other claimed file has: `<utc time>-<random>_<original name>`. */
export function stampName(original: string, at: Date): string {
  const t = at.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `${t}-${randomBytes(3).toString('hex')}_${original}`;
}

/** Whether a name in inbox/ is an EDI++ file ready to take (not hidden, not temporary). */
export function isEppName(name: string): boolean {
  return /\.epp$/i.test(name) && !name.startsWith('.') && !name.startsWith('~');
}

/** The original name of a stamped name. */
export function originalName(stamped: string): string {
  const i = stamped.indexOf('_');
  return /^\d{8}T\d{9}Z-[0-9a-f]{6}_/.test(stamped) && i > 0 ? stamped.slice(i + 1) : stamped;
}
