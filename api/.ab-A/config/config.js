/** Configuration from the environment, validated once at start with messages a person understands. */ "use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
function _export(target, all) {
    for(var name in all)Object.defineProperty(target, name, {
        enumerable: true,
        get: Object.getOwnPropertyDescriptor(all, name).get
    });
}
_export(exports, {
    get ConfigError () {
        return ConfigError;
    },
    get loadConfig () {
        return loadConfig;
    }
});
let ConfigError = class ConfigError extends Error {
    constructor(problems){
        super(`Kontor cannot start; fix its configuration:\n${problems.map((p)=>`  - ${p}`).join('\n')}`), this.problems = problems;
        this.name = 'ConfigError';
    }
};
function loadConfig(env = process.env, overrides = {}) {
    const problems = [];
    const int = (name, fallback, min = 0, max = Number.MAX_SAFE_INTEGER)=>{
        const raw = env[name];
        if (raw === undefined || raw === '') return fallback;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < min || n > max) {
            problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
            return fallback;
        }
        return n;
    };
    const url = (name, fallback, protocols)=>{
        const raw = env[name] || fallback;
        if (!raw) {
            problems.push(`${name} is required (for example ${protocols[0]}//host:port/...)`);
            return '';
        }
        try {
            const u = new URL(raw);
            if (!protocols.includes(u.protocol)) problems.push(`${name} must start with ${protocols.join(' or ')}, got "${raw}"`);
        } catch  {
            problems.push(`${name} is not a valid URL: "${raw}"`);
        }
        return raw;
    };
    const nodeEnv = env.NODE_ENV ?? 'development';
    if (![
        'development',
        'production',
        'test'
    ].includes(nodeEnv)) {
        problems.push(`NODE_ENV must be development, production or test, got "${env.NODE_ENV}"`);
    }
    const tokenSecret = env.KONTOR_TOKEN_SECRET ?? (nodeEnv === 'production' ? '' : 'kontor-development-secret-change-me');
    if (tokenSecret.length < 32 && !(nodeEnv !== 'production' && !env.KONTOR_TOKEN_SECRET)) {
        problems.push('KONTOR_TOKEN_SECRET must be at least 32 characters (generate one with: openssl rand -hex 32)');
    }
    const port = int('PORT', 4000, 0, 65535);
    const config = {
        env: nodeEnv,
        port,
        host: env.HOST ?? '127.0.0.1',
        databaseUrl: url('DATABASE_URL', undefined, [
            'postgres:',
            'postgresql:'
        ]),
        redisUrl: url('REDIS_URL', 'redis://127.0.0.1:6379', [
            'redis:',
            'rediss:'
        ]),
        redisPrefix: env.KONTOR_REDIS_PREFIX ?? 'kontor:',
        tokenSecret,
        accessTokenTtlSeconds: int('KONTOR_ACCESS_TOKEN_TTL', 15 * 60, 10),
        refreshTokenTtlSeconds: int('KONTOR_REFRESH_TOKEN_TTL', 30 * 24 * 3600, 60),
        passwordResetTtlSeconds: int('KONTOR_PASSWORD_RESET_TTL', 3600, 60),
        maxBodyBytes: int('KONTOR_MAX_BODY_BYTES', 1024 * 1024, 1024),
        maxQueryDepth: int('KONTOR_MAX_QUERY_DEPTH', 12, 2, 100),
        maxQueryCost: int('KONTOR_MAX_QUERY_COST', 20_000, 10),
        maxPageSize: int('KONTOR_MAX_PAGE_SIZE', 100, 1, 1000),
        login: {
            maxFailuresPerAccount: int('KONTOR_LOGIN_MAX_FAILURES', 5, 1),
            maxAttemptsPerIp: int('KONTOR_LOGIN_MAX_PER_IP', 50, 1),
            windowSeconds: int('KONTOR_LOGIN_WINDOW', 15 * 60, 1)
        },
        principalCacheMs: int('KONTOR_PRINCIPAL_CACHE_MS', 5000, 0, 60_000),
        logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
        publicUrl: env.KONTOR_PUBLIC_URL ?? `http://localhost:${port}`,
        ...overrides
    };
    if (problems.length) throw new ConfigError(problems);
    return config;
}

//# sourceMappingURL=config.js.map