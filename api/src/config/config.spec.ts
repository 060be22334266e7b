import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const base = { DATABASE_URL: 'postgres://u@localhost:5432/db' };

describe('configuration', () => {
  it('has working defaults for development', () => {
    const c = loadConfig(base);
    expect(c).toMatchObject({ env: 'development', port: 4000, redisUrl: 'redis://127.0.0.1:6379', maxPageSize: 100 });
  });

  it('lists every problem at once, in words a person understands', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', REDIS_URL: 'nonsense', KONTOR_MAX_QUERY_DEPTH: '1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const msg = (error as Error).message;
    expect(msg).toContain('DATABASE_URL must start with postgres: or postgresql:');
    expect(msg).toContain('PORT must be a whole number from 0 to 65535, got "eighty"');
    expect(msg).toContain('REDIS_URL is not a valid URL');
    expect(msg).toContain('KONTOR_MAX_QUERY_DEPTH must be a whole number from 2 to 100');
  });

  it('requires DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL is required/);
  });

  it('production needs a real token secret', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/KONTOR_TOKEN_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', KONTOR_TOKEN_SECRET: 'short' })).toThrow(/KONTOR_TOKEN_SECRET/);
    expect(loadConfig({ ...base, NODE_ENV: 'production', KONTOR_TOKEN_SECRET: 'z'.repeat(40) }).tokenSecret).toBe('z'.repeat(40));
  });
});
