import { describe, expect, it, vi } from 'vitest';
import { randomSecret, sha256, TokenSigner } from './tokens';

describe('access tokens', () => {
  const signer = new TokenSigner('x'.repeat(32));
  const claims = { sub: 'user-1', sid: 'session-1', exp: 2_000 };

  it('verifies what it signed until it expires', () => {
    const token = signer.sign(claims);
    expect(signer.verify(token, 1_999)).toEqual(claims);
    expect(signer.verify(token, 2_000)).toBeNull();
  });

  it('refuses another key, a changed body, a changed signature and junk', () => {
    const token = signer.sign(claims);
    expect(new TokenSigner('y'.repeat(32)).verify(token, 0)).toBeNull();
    const [v, body, mac] = token.split('.');
    const otherBody = Buffer.from(JSON.stringify({ ...claims, sub: 'admin' })).toString('base64url');
    expect(signer.verify(`${v}.${otherBody}.${mac}`, 0)).toBeNull();
    expect(signer.verify(`${v}.${body}.${mac.slice(0, -1)}A`, 0)).toBeNull();
    for (const junk of ['', 'a.b', 'v2.x.y', 'v1..', 'v1.e30.', `v1.${Buffer.from('not json').toString('base64url')}.x`]) {
      expect(signer.verify(junk, 0)).toBeNull();
    }
  });

  it('checks a token’s signature once and its expiry on every use; a tampered copy of a known token is still refused', () => {
    const own = new TokenSigner('z'.repeat(32));
    const token = own.sign(claims);
    const mac = vi.spyOn(own as unknown as { mac(b: string): string }, 'mac');
    expect(own.verify(token, 1_000)).toEqual(claims);
    expect(own.verify(token, 1_500)).toEqual(claims);
    expect(mac).toHaveBeenCalledTimes(1);
    expect(own.verify(token, 2_000)).toBeNull();
    const [v, body, sig] = token.split('.');
    expect(own.verify(`${v}.${body}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`, 1_000)).toBeNull();
    const otherBody = Buffer.from(JSON.stringify({ ...claims, exp: 9_999 })).toString('base64url');
    expect(own.verify(`${v}.${otherBody}.${sig}`, 1_000)).toBeNull();
    // the claims handed out cannot be changed by a caller for the next one
    expect(Object.isFrozen(own.verify(token, 1_000))).toBe(true);
  });

  it('refuses a correctly signed body without the required claims', () => {
    const raw = new TokenSigner('x'.repeat(32));
    const body = `v1.${Buffer.from(JSON.stringify({ sub: 1 })).toString('base64url')}`;
    const mac = (raw as unknown as { mac(b: string): string }).mac(body);
    expect(signer.verify(`${body}.${mac}`, 0)).toBeNull();
  });

  it('secrets are long and distinct; hashes are stable', () => {
    const a = randomSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomSecret()).not.toBe(a);
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
