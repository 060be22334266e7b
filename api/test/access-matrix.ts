import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { PolicySpec } from '../src/graphql/policy';

/**
 * Builds, from the schema alone, one runnable operation per root field: variables filled with values of the
 * right type (ids taken from another company where the argument names one), and a selection of every scalar
 * field a few levels deep. Money and price fields get an alias starting with PRICE_ so a test can find them
 * in any answer. The access-matrix test runs these for every actor.
 */
export interface MatrixOperation {
  root: 'query' | 'mutation' | 'subscription';
  field: string;
  policy: PolicySpec | undefined;
  document: string;
  variables: Record<string, unknown>;
}

export type ForeignIds = Record<string, string>;

const PRICE_TYPES = new Set(['Money', 'CustomerPrice', 'ProductPrice', 'PriceRange']);
const isPriceField = (name: string, type: GraphQLNamedType) => PRICE_TYPES.has(type.name) || /price|discount/i.test(name);

function valueFor(type: GraphQLInputType, name: string, opField: string, ids: ForeignIds, depth: number): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, opField, ids, depth);
  if (isListType(type)) return [valueFor(type.ofType, name.replace(/s$/, ''), opField, ids, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    if (depth > 4) return out;
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) || /id$|Ids?$/i.test(f.name)) out[f.name] = valueFor(f.type, f.name, opField, ids, depth + 1);
    }
    return out;
  }
  const scalar = getNamedType(type).name;
  switch (scalar) {
    case 'ID':
      return ids[`${opField}.${name}`] ?? ids[name] ?? ids['*'];
    case 'Int':
      return name === 'first' ? 5 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date(0).toISOString();
    case 'JSONObject':
      return {};
    default:
      return name.toLowerCase().includes('email') ? 'nobody@example.test' : 'x';
  }
}

function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (depth > 3) return '{ __typename }';
  if (isUnionType(named)) {
    return `{ __typename ${named
      .getTypes()
      .map((t) => `... on ${t.name} ${selection(t, depth)}`)
      .join(' ')} }`;
  }
  if (isObjectType(named) || isInterfaceType(named)) {
    const parts = ['__typename'];
    for (const f of Object.values(named.getFields())) {
      if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
      const sub = selection(f.type, depth + 1);
      if (sub === '{ __typename }' && depth > 2) continue;
      const alias = isPriceField(f.name, getNamedType(f.type)) ? `PRICE_${f.name}: ` : '';
      parts.push(`${alias}${f.name} ${sub}`);
    }
    return `{ ${parts.join(' ')} }`;
  }
  return '';
}

function typeString(t: GraphQLInputType): string {
  return t.toString();
}

export function operationFor(root: MatrixOperation['root'], field: GraphQLField<unknown, unknown>, ids: ForeignIds): MatrixOperation {
  const args = field.args as readonly GraphQLArgument[];
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const uses: string[] = [];
  for (const a of args) {
    if (!isNonNullType(a.type) && a.name !== 'first' && a.name !== 'companyId' && !/Ids?$/.test(a.name)) continue;
    variables[a.name] = valueFor(a.type, a.name, field.name, ids, 0);
    defs.push(`$${a.name}: ${typeString(a.type)}`);
    uses.push(`${a.name}: $${a.name}`);
  }
  const document = `${root} M${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${uses.length ? `(${uses.join(', ')})` : ''} ${selection(getNullableType(field.type) as GraphQLOutputType, 1)} }`;
  return { root, field: field.name, policy: (field.extensions as { policy?: PolicySpec }).policy, document, variables };
}

export function allOperations(schema: GraphQLSchema, ids: ForeignIds): MatrixOperation[] {
  const ops: MatrixOperation[] = [];
  const roots: Array<[MatrixOperation['root'], ReturnType<GraphQLSchema['getQueryType']>]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  for (const [root, type] of roots) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) ops.push(operationFor(root, field, ids));
  }
  return ops;
}

/** Every key starting with PRICE_ anywhere in the answer whose value is not null or empty. */
export function priceLeaks(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => priceLeaks(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const here = `${path}.${k}`;
      if (k.startsWith('PRICE_') && v !== null && !(Array.isArray(v) && v.length === 0)) return [here];
      return priceLeaks(v, here);
    });
  }
  return [];
}
