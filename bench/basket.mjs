// Ordering (issue 4): adding to the basket through GraphQL — one upsert statement per request (quantities add up
// per product and warehouse). Vendure 3's addItemToOrder serves 91 req/s at 16 connections (the anchor); the
// target here is 10× that. Each request adds one of 100 products (a basket holds at most 200 lines), so lines are
// created during the warm-up and incremented afterwards.
import { demoSeed, report, startStack } from './lib.mjs';
import { benchIds, loadVaried, seedBenchCatalog, signIn } from './orders-lib.mjs';

export const description = 'addToBasket mutation, 16 connections (Vendure addItemToOrder: 91 req/s)';

const ADD = `mutation($input: AddToBasketInput!) { addToBasket(input: $input) { __typename ... on BasketLineAdded { id quantity } ... on UserError { code } } }`;

export default async function run() {
  const demo = demoSeed();
  const stack = await startStack({
    name: 'basket',
    seed: async (orm) => {
      await demo.seed(orm);
      await seedBenchCatalog(orm, { products: 1000 });
    },
  });
  try {
    const ids = await benchIds(stack.databaseUrl);
    const token = await signIn(stack.graphqlUrl, 'active@budmax.example', demo.password);
    const r = await loadVaried({
      title: 'addToBasket (one of 100 products, quantity 1)',
      url: stack.graphqlUrl,
      headers: { authorization: `Bearer ${token}` },
      makeBody: (i) => JSON.stringify({ query: ADD, variables: { input: { productId: ids.products[i % 100], quantity: 1 } } }),
      verify: (b) => b.includes('"__typename":"BasketLineAdded"'),
    });
    report(r);
    return [r];
  } finally {
    await stack.stop();
  }
}
