"use strict";
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
    get graphiqlAsset () {
        return graphiqlAsset;
    },
    get graphiqlPage () {
        return graphiqlPage;
    }
});
const _promises = require("node:fs/promises");
const _nodepath = /*#__PURE__*/ _interop_require_default(require("node:path"));
function _interop_require_default(obj) {
    return obj && obj.__esModule ? obj : {
        default: obj
    };
}
/**
 * GraphiQL served by the API itself from installed packages, so the explorer works with no internet.
 */ const ASSETS = {
    'react.js': {
        pkg: 'react',
        file: 'umd/react.production.min.js',
        type: 'text/javascript'
    },
    'react-dom.js': {
        pkg: 'react-dom',
        file: 'umd/react-dom.production.min.js',
        type: 'text/javascript'
    },
    'graphiql.js': {
        pkg: 'graphiql',
        file: 'graphiql.min.js',
        type: 'text/javascript'
    },
    'graphiql.css': {
        pkg: 'graphiql',
        file: 'graphiql.min.css',
        type: 'text/css'
    }
};
const cache = new Map();
async function graphiqlAsset(name) {
    const asset = ASSETS[name];
    if (!asset) return null;
    let body = cache.get(name);
    if (!body) {
        const pkgDir = _nodepath.default.dirname(require.resolve(`${asset.pkg}/package.json`));
        body = await (0, _promises.readFile)(_nodepath.default.join(pkgDir, asset.file));
        cache.set(name, body);
    }
    return {
        body,
        type: asset.type
    };
}
function graphiqlPage(endpoint) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kontor GraphQL explorer</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html,body,#explorer{height:100%;margin:0}</style>
</head>
<body>
<div id="explorer">Loading the Kontor GraphQL explorer…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script>
  const url = new URL(${JSON.stringify(endpoint)}, location.href);
  const wsUrl = url.href.replace(/^http/, 'ws');
  const fetcher = GraphiQL.createFetcher({ url: url.href, subscriptionUrl: wsUrl });
  const defaultQuery = [
    '# Welcome to Kontor. Sign in first:',
    '#   mutation { login(input: { email: "…", password: "…" }) { ... on AuthTokens { accessToken } ... on UserError { code message } } }',
    '# then put {"Authorization": "Bearer <accessToken>"} in the Headers tab.',
    '',
    'query { me { kind permissions user { email name } company { name } } }',
    '',
  ].join('\\n');
  ReactDOM.createRoot(document.getElementById('explorer')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: true }),
  );
</script>
</body>
</html>`;
}

//# sourceMappingURL=graphiql.js.map