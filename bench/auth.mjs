// Foundation: auth. Two loads against a real API on its own database with the demo users:
//   1. the `login` mutation (argon2id, 19 MiB, 2 passes: slow on purpose, so expect low req/s);
//   2. a small authenticated query, `{ me { kind permissions user { email } } }`, with a Bearer token.
// Sign-in throttling is raised for this run only (one IP and one account hammer `login` on purpose).
import { demoSeed, gql, load, report, startStack } from './lib.mjs';

export const description = 'login mutation and an authenticated `me` query, 16 connections each';

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { __typename ... on AuthTokens { accessToken } ... on UserError { code message } }
}`;
const ME = '{ me { kind permissions user { email } } }';

export default async function run() {
  const demo = demoSeed();
  const email = 'active@budmax.example';
  const stack = await startStack({
    name: 'auth',
    seed: demo.seed,
    apiEnv: { KONTOR_LOGIN_MAX_FAILURES: '1000000', KONTOR_LOGIN_MAX_PER_IP: '1000000' },
  });
  try {
    const signedIn = await gql(stack.graphqlUrl, LOGIN, { input: { email, password: demo.password } });
    if (signedIn.login.__typename !== 'AuthTokens') throw new Error(`demo login failed: ${JSON.stringify(signedIn.login)}`);
    const token = signedIn.login.accessToken;
    const me = await gql(stack.graphqlUrl, ME, {}, { authorization: `Bearer ${token}` });
    if (me.me.user?.email !== email) throw new Error(`me answered ${JSON.stringify(me)}`);

    const results = [];
    results.push(
      await load({
        title: 'login mutation (argon2id verify, new session)',
        url: stack.graphqlUrl,
        body: JSON.stringify({ query: LOGIN, variables: { input: { email, password: demo.password } } }),
        verify: (b) => b.includes('"__typename":"AuthTokens"'),
      }),
    );
    results.push(
      await load({
        title: 'me query (Bearer token)',
        url: stack.graphqlUrl,
        headers: { authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ME }),
        verify: (b) => b.includes(`"email":"${email}"`) && !b.includes('"errors"'),
      }),
    );
    for (const r of results) report(r);
    return results;
  } finally {
    await stack.stop();
  }
}
