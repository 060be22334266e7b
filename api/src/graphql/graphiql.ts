import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * GraphiQL served by the API itself from installed packages, so the explorer works with no internet.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const cache = new Map<string, Buffer>();

export async function graphiqlAsset(name: string): Promise<{ body: Buffer; type: string } | null> {
  const asset = ASSETS[name];
  if (!asset) return null;
  let body = cache.get(name);
  if (!body) {
    const pkgDir = path.dirname(require.resolve(`${asset.pkg}/package.json`));
    body = await readFile(path.join(pkgDir, asset.file));
    cache.set(name, body);
  }
  return { body, type: asset.type };
}

export function graphiqlPage(endpoint: string): string {
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
