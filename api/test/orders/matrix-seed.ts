import type { ForeignIds } from '../access-matrix';
import type { TestApp } from '../harness';
import { PLACE, PROFORMA, seedOrdering } from './order-fixtures';

/** Company B's basket line, order, proforma (with its reservation) and return, for the access matrix. */
export async function seedOrderingOfB(app: TestApp): Promise<ForeignIds> {
  const w = await seedOrdering(app.core.orm.em.fork());
  const token = await app.tokenFor(app.world.b.users.active.id);
  const order = await app.gql(
    PLACE,
    { input: { idempotencyKey: 'matrix-b-order', lines: [{ productId: w.p.drill, quantity: 1 }] } },
    token,
  );
  const proforma = await app.gql(
    PROFORMA,
    { input: { idempotencyKey: 'matrix-b-proforma', lines: [{ productId: w.p.cable, quantity: 5 }] } },
    token,
  );
  const line = await app.gql(
    `mutation($input: AddToBasketInput!) { addToBasket(input: $input) { ... on BasketLineAdded { id } } }`,
    { input: { productId: w.p.screws, quantity: 100 } },
    token,
  );
  const ret = await app.gql(
    `mutation($input: CreateReturnRequestInput!) { createReturnRequest(input: $input) { ... on ReturnRequest { id } } }`,
    {
      input: {
        idempotencyKey: 'matrix-b-return',
        kind: 'COMPLAINT',
        reason: 'damaged',
        description: 'Beta Handel: box crushed',
        lines: [{ productId: w.p.drill, quantity: 1 }],
      },
    },
    token,
  );
  const orderId = order.data?.placeOrder?.id;
  const proformaId = proforma.data?.createProforma?.id;
  const lineId = line.data?.addToBasket?.id;
  const returnId = ret.data?.createReturnRequest?.id;
  if (!orderId || !proformaId || !lineId || !returnId)
    throw new Error(`ordering matrix seed failed: ${JSON.stringify([order, proforma, line, ret])}`);
  return {
    orderId: proformaId,
    'order.id': orderId,
    'reorder.orderId': orderId,
    'cancelOrder.orderId': orderId,
    lineId,
    returnId,
    'returnRequest.id': returnId,
    // the matrix's assignRepCustomers (run as staff admin, before these mutations) keeps the rep on company A:
    // assigned to B, the rep would then legitimately reach B's orders, which the matrix counts as a leak
    'assignRepCustomers.companyId': app.world.a.company.id,
  };
}
