import { describe, expect, it } from 'vitest';
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
