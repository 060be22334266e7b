import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Short-lived signed access tokens and opaque random secrets (refresh tokens, reset tokens, API keys). */
export interface AccessTokenClaims {
  /** user id */
  sub: string;
  /** session id (the refresh-token family) */
  sid: string;
  /** expiry, seconds since the epoch */
  exp: number;
}

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

/** How many verified tokens a signer remembers (a token's signature is checked once, its expiry on every use). */
const VERIFIED_ENTRIES = 10_000;

export class TokenSigner {
  private readonly verified = new Map<string, AccessTokenClaims>();

  constructor(private readonly secret: string) {}

  sign(claims: AccessTokenClaims): string {
    const body = `v1.${b64(JSON.stringify(claims))}`;
    return `${body}.${this.mac(body)}`;
  }

  /** Returns the claims of a well-formed, correctly signed, unexpired token; otherwise null. */
  verify(token: string, nowSeconds: number): AccessTokenClaims | null {
    const known = this.verified.get(token);
    if (known) return known.exp > nowSeconds ? known : null;
    const claims = this.check(token);
    if (!claims) return null;
    if (this.verified.size >= VERIFIED_ENTRIES) this.verified.clear();
    this.verified.set(token, claims);
    return claims.exp > nowSeconds ? claims : null;
  }

  /** The claims of a well-formed, correctly signed token, expired or not; otherwise null. */
  private check(token: string): AccessTokenClaims | null {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== 'v1') return null;
    const expected = Buffer.from(this.mac(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as AccessTokenClaims;
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') return null;
      return Object.freeze(claims);
    } catch {
      return null;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

export const randomSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
