"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
Object.defineProperty(exports, "startApiServer", {
    enumerable: true,
    get: function() {
        return startApiServer;
    }
});
const _server = require("@apollo/server");
const _disabled = require("@apollo/server/plugin/disabled");
const _graphql = require("graphql");
const _graphqlws = require("graphql-ws");
const _ws = require("graphql-ws/use/ws");
const _nodehttp = require("node:http");
const _nodecrypto = require("node:crypto");
const _ws1 = require("ws");
const _actor = require("../common/actor");
const _errors = require("../common/errors");
const _accountsservice = require("../modules/accounts/accounts.service");
const _liveresolver = require("../modules/live/live.resolver");
const _sharedsubscriptions = require("../modules/live/shared-subscriptions");
const _graphiql = require("./graphiql");
const _compiledexecutor = require("./compiled-executor");
const _limits = require("./limits");
const _schema = require("./schema");
let HttpError = class HttpError extends Error {
    constructor(status, code, message){
        super(message), this.status = status, this.code = code;
    }
};
const json = (res, status, body, headers = {})=>{
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        ...headers
    });
    res.end(text);
};
function readBody(req, limit) {
    return new Promise((resolve, reject)=>{
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > limit) {
            reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is ${declared} bytes; at most ${limit} are accepted.`));
            req.resume();
            return;
        }
        const chunks = [];
        let size = 0;
        req.on('data', (chunk)=>{
            size += chunk.length;
            if (size > limit) {
                reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is over ${limit} bytes.`));
                req.destroy();
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', ()=>resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}
/** Reads credentials: `Authorization: Bearer <access token>` or `Authorization: ApiKey <key>` / `X-Api-Key`. */ async function actorFor(core, em, authorization, apiKey) {
    const now = core.clock.now();
    if (apiKey) return core.services.authentication.actorForApiKey(em, apiKey.trim(), now);
    if (!authorization) return _actor.anonymous;
    const [scheme, value] = authorization.trim().split(/\s+/, 2);
    if (/^bearer$/i.test(scheme) && value) {
        if (value.startsWith('kontor_')) return core.services.authentication.actorForApiKey(em, value, now);
        return core.services.authentication.actorForAccessToken(em, value, now);
    }
    if (/^apikey$/i.test(scheme) && value) return core.services.authentication.actorForApiKey(em, value, now);
    throw new _errors.KontorError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>" or "ApiKey <key>".');
}
const HTTP_STATUS = {
    UNAUTHENTICATED: 401,
    ACCOUNT_BLOCKED: 403,
    OUTSIDE_ACCESS_WINDOW: 403
};
/** Errors that are not expected business failures: a stable code, a message, never a stack or SQL. */ function formatError(core) {
    return (formatted, error)=>{
        const original = error?.originalError;
        // a code set by Kontor (e.g. QUERY_TOO_DEEP from a validation rule) wins over the wrapper's generic one
        const innerCode = original instanceof _graphql.GraphQLError ? original.extensions?.code : undefined;
        const code = innerCode ?? formatted.extensions?.code;
        const expected = original === undefined || original instanceof _graphql.GraphQLError;
        if (expected && code !== 'INTERNAL_SERVER_ERROR') {
            const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
            return {
                ...formatted,
                extensions: {
                    ...extensions,
                    code: code ?? 'INTERNAL_SERVER_ERROR'
                }
            };
        }
        const errorId = (0, _nodecrypto.randomUUID)();
        core.log.error({
            err: original ?? error,
            errorId,
            path: formatted.path
        }, 'unexpected error');
        return {
            message: `Something went wrong on our side (error ${errorId}).`,
            path: formatted.path,
            locations: formatted.locations,
            extensions: {
                code: 'INTERNAL_SERVER_ERROR',
                errorId
            }
        };
    };
}
async function startApiServer(core, opts = {}) {
    const config = core.config;
    const schema = await (0, _schema.buildKontorSchema)(core);
    const validationRules = [
        (0, _limits.limitsRule)(config.maxQueryDepth, config.maxQueryCost, config.maxPageSize)
    ];
    const apollo = new _server.ApolloServer({
        gateway: (0, _compiledexecutor.compiledExecution)(schema),
        validationRules,
        introspection: true,
        includeStacktraceInErrorResponses: false,
        formatError: formatError(core),
        csrfPrevention: true,
        // Kontor sends no cache hints; without this plugin Apollo wraps every field's resolver to collect them.
        plugins: [
            (0, _disabled.ApolloServerPluginCacheControlDisabled)()
        ],
        // Compact JSON: the default indents every answer, which costs time and bytes on large pages.
        stringifyResult: (result)=>JSON.stringify(result)
    });
    await apollo.start();
    async function ready() {
        try {
            await Promise.all([
                core.orm.em.getConnection().execute('select 1'),
                core.redis.ping()
            ]);
            return true;
        } catch  {
            return false;
        }
    }
    async function handleGraphQL(req, res, url, requestId) {
        const headers = new _server.HeaderMap();
        for (const [k, v] of Object.entries(req.headers))if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
        let body = undefined;
        if (req.method === 'POST') {
            const raw = await readBody(req, config.maxBodyBytes);
            if (/json/i.test(headers.get('content-type') ?? '')) {
                try {
                    body = raw.length ? JSON.parse(raw) : {};
                } catch  {
                    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
                }
            } else {
                body = raw;
            }
        }
        const httpGraphQLRequest = {
            method: req.method ?? 'GET',
            headers,
            search: url.search,
            body
        };
        const ip = req.socket.remoteAddress ?? null;
        const result = await apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest,
            context: async ()=>{
                const locale = (headers.get('accept-language') ?? '').slice(0, 2) || undefined;
                const ctx = core.context({
                    requestId,
                    ip,
                    userAgent: headers.get('user-agent') ?? null,
                    locale
                });
                try {
                    // the principal is read through the shared connection pool; the operation's own unit of work is made
                    // on first use, with the tenant filter of the actor set here
                    ctx.actor = await actorFor(core, core.orm.em, headers.get('authorization'), headers.get('x-api-key'));
                } catch (err) {
                    if (err instanceof _errors.KontorError) {
                        const code = String(err.extensions.code);
                        throw new _graphql.GraphQLError(err.message, {
                            extensions: {
                                code,
                                http: {
                                    status: HTTP_STATUS[code] ?? 401
                                }
                            }
                        });
                    }
                    throw err;
                }
                return ctx;
            }
        });
        const out = {
            'x-request-id': requestId
        };
        for (const [k, v] of result.headers)out[k] = v;
        res.statusCode = result.status ?? 200;
        for (const [k, v] of Object.entries(out))res.setHeader(k, v);
        if (result.body.kind === 'complete') {
            // encoded once: given a string, Node measures its UTF-8 length for the content-length and then encodes it
            const bytes = Buffer.from(result.body.string, 'utf8');
            res.setHeader('content-length', bytes.length);
            res.end(bytes);
        } else {
            for await (const chunk of result.body.asyncIterator)res.write(chunk);
            res.end();
        }
    }
    /**
   * GET /files/return-photos/<photoId>: an uploaded return photo's bytes, with the same credentials as GraphQL
   * (so blocking and access windows apply). Anonymous: 401. Whoever may not see the return — or names a photo
   * that does not exist, is only a link, or is no id at all — gets the same 404.
   */ async function handleReturnPhoto(req, res, photoId, requestId) {
        const refuse = (status, code, message, headers = {})=>json(res, status, {
                errors: [
                    {
                        message,
                        extensions: {
                            code
                        }
                    }
                ]
            }, {
                'x-request-id': requestId,
                'cache-control': 'no-store',
                ...headers
            });
        if (req.method !== 'GET' && req.method !== 'HEAD') {
            return refuse(405, 'METHOD_NOT_ALLOWED', 'Use GET.', {
                allow: 'GET, HEAD'
            });
        }
        const ctx = core.context({
            requestId,
            ip: req.socket.remoteAddress ?? null,
            userAgent: req.headers['user-agent'] ?? null
        });
        try {
            const apiKey = req.headers['x-api-key'];
            ctx.actor = await actorFor(core, core.orm.em, req.headers.authorization, Array.isArray(apiKey) ? apiKey[0] : apiKey);
        } catch (err) {
            if (!(err instanceof _errors.KontorError)) throw err;
            const code = String(err.extensions.code);
            return refuse(HTTP_STATUS[code] ?? 401, code, err.message);
        }
        if (ctx.actor.kind === 'anonymous') {
            return refuse(401, 'UNAUTHENTICATED', 'Sign in, or send an API key, to download this file.', {
                'www-authenticate': 'Bearer realm="kontor"'
            });
        }
        const file = await core.services.returns.photoFile(ctx, photoId);
        if (!file) return refuse(404, 'NOT_FOUND', 'No such file.');
        const ext = {
            'image/jpeg': 'jpg',
            'image/png': 'png',
            'image/webp': 'webp'
        }[file.contentType] ?? 'bin';
        res.writeHead(200, {
            'content-type': file.contentType,
            'content-length': String(file.size),
            'content-disposition': `inline; filename="return-photo-${file.id}.${ext}"`,
            'x-content-type-options': 'nosniff',
            'content-security-policy': "default-src 'none'; sandbox",
            'cache-control': 'private, max-age=300',
            vary: 'Authorization, X-Api-Key',
            'x-request-id': requestId
        });
        return res.end(req.method === 'HEAD' ? undefined : file.content);
    }
    const server = (0, _nodehttp.createServer)((req, res)=>{
        const requestId = req.headers['x-request-id']?.slice(0, 64) || (0, _nodecrypto.randomUUID)();
        const url = new URL(req.url ?? '/', 'http://kontor');
        const started = process.hrtime.bigint();
        res.once('finish', ()=>{
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            const entry = {
                requestId,
                method: req.method,
                path: url.pathname,
                status: res.statusCode,
                ms: Math.round(ms * 10) / 10
            };
            if (res.statusCode >= 500) core.log.error(entry, 'request failed');
            else if (ms > 1000) core.log.warn(entry, 'slow request');
            else core.log.debug(entry, 'request');
        });
        const route = async ()=>{
            if (url.pathname === '/health/live') return json(res, 200, {
                status: 'ok'
            });
            if (url.pathname === '/health/ready') {
                const ok = await ready();
                return json(res, ok ? 200 : 503, {
                    status: ok ? 'ready' : 'unavailable'
                });
            }
            if (url.pathname.startsWith('/files/return-photos/')) {
                return handleReturnPhoto(req, res, url.pathname.slice('/files/return-photos/'.length), requestId);
            }
            if (url.pathname.startsWith('/graphiql/')) {
                const asset = await (0, _graphiql.graphiqlAsset)(url.pathname.slice('/graphiql/'.length));
                if (!asset) return json(res, 404, {
                    error: 'not found'
                });
                res.writeHead(200, {
                    'content-type': asset.type,
                    'cache-control': 'public, max-age=86400'
                });
                return res.end(asset.body);
            }
            if (url.pathname === '/graphql' || url.pathname === '/') {
                if (req.method === 'GET' && !url.searchParams.has('query') && /text\/html/.test(req.headers.accept ?? '')) {
                    res.writeHead(200, {
                        'content-type': 'text/html; charset=utf-8'
                    });
                    return res.end((0, _graphiql.graphiqlPage)('/graphql'));
                }
                if (url.pathname === '/graphql') return handleGraphQL(req, res, url, requestId);
            }
            return json(res, 404, {
                error: `Nothing at ${url.pathname}. The API is at /graphql.`
            });
        };
        route().catch((err)=>{
            if (err instanceof HttpError) {
                return json(res, err.status, {
                    errors: [
                        {
                            message: err.message,
                            extensions: {
                                code: err.code
                            }
                        }
                    ]
                }, {
                    'x-request-id': requestId
                });
            }
            core.log.error({
                err,
                requestId
            }, 'request failed');
            if (!res.headersSent) json(res, 500, {
                errors: [
                    {
                        message: `Something went wrong on our side (request ${requestId}).`,
                        extensions: {
                            code: 'INTERNAL_SERVER_ERROR'
                        }
                    }
                ]
            });
            else res.destroy();
        });
    });
    server.keepAliveTimeout = 65_000;
    // ---- WebSocket subscriptions (graphql-ws) on the same server and path -----------------------------------
    const wss = new _ws1.WebSocketServer({
        server,
        path: '/graphql',
        maxPayload: config.maxBodyBytes
    });
    const live = new Map();
    // identical live subscriptions (same operation, variables and audience) execute once per event on this instance
    const shared = new _sharedsubscriptions.SharedSubscriptions(_liveresolver.SHAREABLE_LIVE_FIELDS, core.log);
    const wsServer = (0, _ws.useServer)({
        schema,
        subscribe: (args)=>shared.subscribe(args),
        onConnect: async (ctx)=>{
            const params = ctx.connectionParams ?? {};
            const authorization = params.authorization ?? params.Authorization;
            const apiKey = params.apiKey ?? params['x-api-key'];
            const em = core.orm.em.fork();
            try {
                const actor = await actorFor(core, em, authorization, apiKey);
                ctx.extra.actor = actor;
                live.set(ctx.extra.socket, actor);
                return true;
            } catch (err) {
                const message = err instanceof Error ? err.message : 'Forbidden';
                ctx.extra.socket.close(_graphqlws.CloseCode.Forbidden, message.slice(0, 120));
                return false;
            }
        },
        onDisconnect: (ctx)=>{
            live.delete(ctx.extra.socket);
        },
        onClose: (ctx)=>{
            live.delete(ctx.extra.socket);
        },
        onSubscribe: (ctx, id, payload)=>{
            let document;
            try {
                document = (0, _graphql.parse)(payload.query);
            } catch (err) {
                return [
                    err instanceof _graphql.GraphQLError ? err : new _graphql.GraphQLError('The subscription could not be parsed.')
                ];
            }
            const errors = (0, _graphql.validate)(schema, document, [
                ..._graphql.specifiedRules,
                ...validationRules
            ]);
            if (errors.length) return errors;
            const contextValue = core.context({
                actor: ctx.extra.actor ?? _actor.anonymous,
                ip: ctx.extra.request.socket.remoteAddress ?? null,
                userAgent: ctx.extra.request.headers['user-agent'] ?? null
            });
            const socket = ctx.extra.socket;
            shared.attach(contextValue, {
                id,
                send: (text)=>socket.readyState === socket.OPEN && socket.send(text),
                buffered: ()=>socket.bufferedAmount,
                tooSlow: ()=>socket.close(_graphqlws.CloseCode.InternalServerError, 'The subscriber did not keep up with its events.')
            });
            return {
                schema,
                document,
                operationName: payload.operationName,
                variableValues: payload.variables,
                contextValue
            };
        }
    }, wss);
    const offRevoked = await core.bus.on(_accountsservice.ACCESS_REVOKED, undefined, (payload)=>{
        const e = payload;
        for (const [socket, actor] of live){
            const hit = e.all && actor.kind !== 'staff' || e.companyId && (actor.kind === 'customer' || actor.kind === 'apiKey') && actor.companyId === e.companyId || e.userIds && (actor.kind === 'customer' || actor.kind === 'staff') && e.userIds.includes(actor.userId) || e.sessionIds && (actor.kind === 'customer' || actor.kind === 'staff') && e.sessionIds.includes(actor.sessionId) || e.apiKeyIds && actor.kind === 'apiKey' && e.apiKeyIds.includes(actor.keyId);
            if (hit) {
                live.delete(socket);
                socket.close(_graphqlws.CloseCode.Forbidden, `Access ended: ${e.reason}`.slice(0, 120));
            }
        }
    });
    await new Promise((resolve)=>server.listen(opts.port ?? config.port, opts.host ?? config.host, resolve));
    const port = server.address().port;
    const host = opts.host ?? config.host;
    return {
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/graphql`,
        port,
        schema,
        socketCount: ()=>live.size,
        liveSubscriptions: ()=>shared.counts(),
        async close () {
            await offRevoked();
            for (const socket of live.keys())socket.close(1001, 'server shutting down');
            await wsServer.dispose();
            await new Promise((resolve)=>wss.close(()=>resolve()));
            server.closeAllConnections();
            await new Promise((resolve)=>server.close(()=>resolve()));
            await apollo.stop();
        }
    };
}

//# sourceMappingURL=server.js.map