import { randomUUID } from 'node:crypto';
import { canReachCompany, hasPermission, ownCompanyId } from '../../common/actor';
import type { Ctx } from '../../common/context';
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from '../../common/pagination';
import { enqueueOutboxPg } from '../erp-sync/outbox';
import { inPgTransaction } from '../erp-sync/pg';
import {
  actingCompany,
  actorKind,
  invalid,
  isUuid,
  notFound,
  ok,
  pooled,
  Rollback,
  toMilli,
  validQuantity,
  type Failure,
  type Outcome,
} from '../orders/orders.common';

export type ReturnKind = 'return' | 'complaint';
export type ReturnStatus = 'submitted' | 'accepted' | 'rejected' | 'resolved' | 'withdrawn';

/** Who may move a return from one status to another (data, like the order machine). */
export const RETURN_TRANSITIONS: Readonly<Record<ReturnStatus, Partial<Record<ReturnStatus, ReadonlyArray<'customer' | 'staff'>>>>> = {
  submitted: { accepted: ['staff'], rejected: ['staff'], withdrawn: ['customer', 'staff'] },
  accepted: { resolved: ['staff'] },
  rejected: {},
  resolved: {},
  withdrawn: {},
};

export interface PhotoInput {
  /** An https URL … */
  url?: string | null;
  /** … or the image itself, base64 (JPEG, PNG or WebP, at most 2 MB). */
  dataBase64?: string | null;
}

export interface CreateReturnInput {
  companyId?: string | null;
  idempotencyKey: string;
  kind: ReturnKind;
  orderId?: string | null;
  reason: string;
  description: string;
  lines: Array<{ productId: string; quantity: number; orderLineId?: string | null }>;
  photos?: PhotoInput[] | null;
}

export interface ReturnView {
  id: string;
  companyId: string;
  orderId: string | null;
  kind: ReturnKind;
  reason: string;
  description: string;
  lines: Array<{ productId: string; sku: string; quantity: number; orderLineId: string | null }>;
  status: ReturnStatus;
  resolution: string | null;
  createdAt: Date;
  updatedAt: Date;
  photos: Array<{ id: string; url: string | null; contentType: string | null; size: number | null }>;
}

/** An uploaded photo's bytes, as the download endpoint sends them. */
export interface PhotoFile {
  id: string;
  returnId: string;
  content: Buffer;
  contentType: string;
  size: number;
}

/** Where an uploaded photo is downloaded (on the API's own host; same credentials as GraphQL). */
export const photoDownloadPath = (photoId: string) => `/files/return-photos/${photoId}`;

const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
const MAX_PHOTOS = 5;

/** The image type from its first bytes; anything else is refused (no SVG, no HTML dressed as an image). */
export function sniffImage(b: Buffer): string | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'image/webp';
  return null;
}

const SELECT = `
select r.id, r.company_id as "companyId", r.order_id as "orderId", r.kind, r.reason, r.description, r.lines, r.status, r.resolution,
       r.created_at as "createdAt", r.updated_at as "updatedAt",
       coalesce((select json_agg(json_build_object('id', p.id, 'url', p.url, 'contentType', p.content_type, 'size', p.size) order by p.id)
                   from return_photo p where p.return_request_id = r.id), '[]') as photos
  from return_request r`;
const view = (r: ReturnView): ReturnView => ({ ...r, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) });

/** Returns and complaints (issue 4 §6): visible to the company and to staff who may reach it. */
export class ReturnsService {
  constructor(private readonly maxPageSize: number) {}

  async create(ctx: Ctx, input: CreateReturnInput): Promise<Outcome<ReturnView>> {
    const companyId = actingCompany(ctx.actor, input.companyId);
    if (!companyId) return notFound('The customer');
    const key = input.idempotencyKey?.trim();
    if (!key || key.length > 200) return invalid('idempotencyKey must be 1–200 characters.');
    if (input.kind !== 'return' && input.kind !== 'complaint') return invalid('kind must be return or complaint.');
    if (!input.reason?.trim() || input.reason.length > 200) return invalid('A reason (1–200 characters) is required.');
    if (!input.description?.trim() || input.description.length > 5000) return invalid('A description (1–5000 characters) is required.');
    if (!input.lines?.length || input.lines.length > 200) return invalid('A return names 1–200 lines.');
    for (const l of input.lines) {
      if (!isUuid(l.productId)) return notFound('The product');
      if (l.orderLineId != null && !isUuid(l.orderLineId)) return notFound('The order line');
      if (!validQuantity(l.quantity)) return invalid('Quantities must be positive numbers with at most 3 decimals.');
    }
    if (input.orderId != null && !isUuid(input.orderId)) return notFound('The order');
    const photos = input.photos ?? [];
    if (photos.length > MAX_PHOTOS) return invalid(`At most ${MAX_PHOTOS} photos.`);
    const decoded: Array<{ url: string | null; content: Buffer | null; contentType: string | null; size: number | null }> = [];
    for (const p of photos) {
      if (p.url && p.dataBase64) return invalid('A photo is either a URL or uploaded data, not both.');
      if (p.url) {
        let u: URL;
        try {
          u = new URL(p.url);
        } catch {
          return invalid('A photo URL is not a valid URL.');
        }
        if (u.protocol !== 'https:' || p.url.length > 2000 || u.username || u.password)
          return invalid('Photo URLs must be https links (up to 2000 characters).');
        decoded.push({ url: u.toString(), content: null, contentType: null, size: null });
      } else if (p.dataBase64) {
        if (!/^[A-Za-z0-9+/\r\n]+=*$/.test(p.dataBase64)) return invalid('A photo’s data is not base64.');
        const buf = Buffer.from(p.dataBase64, 'base64');
        if (buf.length > MAX_PHOTO_BYTES) return invalid('A photo may be at most 2 MB.');
        const type = sniffImage(buf);
        if (!type) return invalid('Photos must be JPEG, PNG or WebP images.');
        decoded.push({ url: null, content: buf, contentType: type, size: buf.length });
      } else return invalid('A photo needs a url or dataBase64.');
    }
    const now = ctx.clock.now();
    const byUser = ctx.actor.kind === 'customer' || ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
    let id: string;
    try {
      id = await inPgTransaction(ctx.em, async (tx) => {
        const dup = await tx.query<{ id: string }>('select id from return_request where company_id = $1 and idempotency_key = $2', [
          companyId,
          key,
        ]);
        if (dup.rows.length) return dup.rows[0].id;
        if (input.orderId) {
          const o = await tx.query('select 1 from sales_order where id = $1 and company_id = $2', [input.orderId, companyId]);
          if (!o.rows.length) throw new Rollback(notFound('The order'));
        }
        const prods = await tx.query<{ id: string; sku: string }>('select id, sku from product where id = any($1::uuid[])', [
          input.lines.map((l) => l.productId),
        ]);
        const sku = new Map(prods.rows.map((p) => [p.id, p.sku]));
        if (input.lines.some((l) => !sku.has(l.productId))) throw new Rollback(notFound('The product'));
        const lines = input.lines.map((l) => ({
          productId: l.productId,
          sku: sku.get(l.productId)!,
          quantity: toMilli(l.quantity) / 1000,
          orderLineId: l.orderLineId ?? null,
        }));
        const rid = randomUUID();
        await tx.query(
          `insert into return_request (id, company_id, order_id, idempotency_key, kind, reason, description, lines, status, requested_by_id, created_at, updated_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted', $9, $10, $10)`,
          [
            rid,
            companyId,
            input.orderId ?? null,
            key,
            input.kind,
            input.reason.trim(),
            input.description.trim(),
            JSON.stringify(lines),
            byUser,
            now,
          ],
        );
        for (const p of decoded) {
          await tx.query(
            'insert into return_photo (id, return_request_id, url, content, content_type, size) values ($1, $2, $3, $4, $5, $6)',
            [randomUUID(), rid, p.url, p.content, p.contentType, p.size],
          );
        }
        await enqueueOutboxPg(tx, {
          aggregateType: 'return',
          aggregateId: rid,
          kind: 'return',
          payload: {
            kontorReference: rid,
            orderReference: input.orderId ?? null,
            kind: input.kind,
            reason: input.reason.trim(),
            description: input.description.trim(),
            lines,
            photos: decoded.length,
          },
        });
        return rid;
      });
    } catch (err) {
      if (err instanceof Rollback) return err.failure as Failure;
      throw err;
    }
    return ok((await this.get(ctx, id))!);
  }

  async get(ctx: Ctx, id: string): Promise<ReturnView | null> {
    if (!isUuid(id)) return null;
    const res = await pooled(ctx.em).query<ReturnView>(`${SELECT} where r.id = $1`, [id]);
    const r = res.rows[0];
    return r && canReachCompany(ctx.actor, r.companyId) ? view(r) : null;
  }

  /**
   * The bytes of an uploaded photo, for whoever may read its return through GraphQL (`orders.view` and the
   * return's company within reach); null for everyone else, for a linked (URL) photo and for unknown ids alike,
   * so a caller cannot tell a photo they may not see from one that does not exist.
   */
  async photoFile(ctx: Ctx, photoId: string): Promise<PhotoFile | null> {
    if (!isUuid(photoId) || !hasPermission(ctx.actor, 'orders.view')) return null;
    const res = await pooled(ctx.em).query<{ id: string; return_id: string; company_id: string; content: Buffer; content_type: string }>(
      `select p.id, r.id as return_id, r.company_id, p.content, p.content_type
         from return_photo p join return_request r on r.id = p.return_request_id
        where p.id = $1 and p.content is not null and p.content_type is not null`,
      [photoId],
    );
    const r = res.rows[0];
    if (!r || !canReachCompany(ctx.actor, r.company_id)) return null;
    return { id: r.id, returnId: r.return_id, content: r.content, contentType: r.content_type, size: r.content.length };
  }

  async list(ctx: Ctx, args: PageArgs & { companyId?: string | null }): Promise<Page<ReturnView>> {
    const n = pageSize(args, this.maxPageSize);
    const params: unknown[] = [];
    const where: string[] = [];
    const own = ownCompanyId(ctx.actor);
    const empty = { nodes: [], cursors: [], hasNextPage: false, endCursor: null };
    if (own) {
      if (args.companyId && args.companyId !== own) return empty;
      params.push(own);
      where.push(`r.company_id = $${params.length}`);
    } else if (ctx.actor.kind === 'staff') {
      if (args.companyId) {
        if (!canReachCompany(ctx.actor, args.companyId)) return empty;
        params.push(args.companyId);
        where.push(`r.company_id = $${params.length}`);
      } else if (ctx.actor.assignedCompanyIds !== 'all') {
        params.push([...ctx.actor.assignedCompanyIds]);
        where.push(`r.company_id = any($${params.length}::uuid[])`);
      }
    } else return empty;
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      params.push(new Date(Number(at)), String(id));
      where.push(`(r.created_at, r.id) < ($${params.length - 1}, $${params.length}::uuid)`);
    }
    const res = await pooled(ctx.em).query<ReturnView>(
      `${SELECT} ${where.length ? `where ${where.join(' and ')}` : ''} order by r.created_at desc, r.id desc limit ${n + 1}`,
      params,
    );
    return toPage(res.rows.map(view), n, (r) => [r.createdAt.getTime(), r.id]);
  }

  /** Staff accept, reject or resolve; the customer may withdraw while submitted. */
  async setStatus(ctx: Ctx, id: string, status: ReturnStatus, resolution: string | null): Promise<Outcome<ReturnView>> {
    const current = await this.get(ctx, id);
    if (!current) return notFound('The return');
    const by = actorKind(ctx.actor) === 'staff' ? 'staff' : 'customer';
    const allowed = RETURN_TRANSITIONS[current.status]?.[status];
    if (!allowed || !allowed.includes(by)) {
      return {
        kind: 'transition',
        message: `A ${current.kind} cannot go from ${current.status} to ${status} by you.`,
        from: current.status,
        to: status,
      };
    }
    if (resolution && resolution.length > 2000) return invalid('The resolution may have at most 2000 characters.');
    const res = await pooled(ctx.em).query(
      'update return_request set status = $2, resolution = coalesce($3, resolution), updated_at = $4 where id = $1 and status = $5',
      [id, status, resolution, ctx.clock.now(), current.status],
    );
    if (!res.rowCount) return invalid('The return changed meanwhile; look again.');
    return ok((await this.get(ctx, id))!);
  }
}
