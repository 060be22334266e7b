import { badInput } from './errors';

/** Keyset pagination (DESIGN.md §8a): opaque cursors over (sort key, id), a hard maximum page size. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function pageSize(args: PageArgs, max: number, fallback = 20): number {
  const n = args.first ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw badInput(`"first" must be a whole number from 1 to ${max}, got ${n}.`);
  if (n > max) throw badInput(`"first" may be at most ${max} (asked for ${n}); page through the rest with "after".`);
  return n;
}

export function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor with `arity` parts; anything else is a clear input error. */
export function decodeCursor(cursor: string, arity: number): Array<string | number> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === arity && parsed.every((p) => typeof p === 'string' || typeof p === 'number')) {
      return parsed as Array<string | number>;
    }
  } catch {
    /* fall through */
  }
  throw badInput('The "after" cursor is malformed; use a cursor returned by this list.');
}

/** Builds a page from rows fetched with limit n+1. */
export function toPage<T>(rows: T[], n: number, keyOf: (row: T) => ReadonlyArray<string | number>): Page<T> {
  const hasNextPage = rows.length > n;
  const nodes = hasNextPage ? rows.slice(0, n) : rows;
  const cursors = nodes.map((r) => encodeCursor(keyOf(r)));
  return { nodes, cursors, hasNextPage, endCursor: cursors.length ? cursors[cursors.length - 1] : null };
}
