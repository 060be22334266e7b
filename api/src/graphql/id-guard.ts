import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { badInput } from '../common/errors';

/**
 * Kontor's ids are UUIDs. An `ID` argument of a root operation that is not one is refused as bad input
 * before any service sees it (instead of reaching PostgreSQL as an invalid uuid). Attached to every root
 * field by @Policy.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function check(type: GraphQLInputType, value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return check(type.ofType, value, path);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((v, i) => check(type.ofType, v, `${path}[${i}]`));
    return;
  }
  if (isInputObjectType(type)) {
    for (const f of Object.values(type.getFields())) check(f.type, (value as Record<string, unknown>)[f.name], `${path}.${f.name}`);
    return;
  }
  if (getNamedType(type).name === 'ID' && (typeof value !== 'string' || !UUID.test(value))) {
    throw badInput(`"${path}" is not a valid id.`);
  }
}

export const idGuard: MiddlewareFn = ({ args, info }: { args: Record<string, unknown>; info: GraphQLResolveInfo }, next) => {
  const field = (info.parentType as GraphQLObjectType).getFields()[info.fieldName];
  for (const arg of field.args) check(arg.type, args[arg.name], arg.name);
  return next();
};
