import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Actor } from '../common/actor';
import type { Ctx } from '../common/context';
import { KontorError, unauthenticated } from '../common/errors';
import type { Permission } from '../modules/accounts/permissions';
import { SIGNED_IN } from './policy';

/**
 * Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN (with `missingPermissions`) when the actor lacks one
 * of the permissions. Shared by root policies (through the auth checker) and guarded fields.
 */
export function assertPermissions(actor: Actor, required: readonly string[]): void {
  if (actor.kind === 'anonymous') throw unauthenticated();
  const missing = required.filter((p) => p !== SIGNED_IN && !actor.permissions.has(p as never));
  if (missing.length) {
    throw new KontorError('FORBIDDEN', `You lack the permission ${missing.join(', ')} for this.`, { missingPermissions: missing });
  }
}

/**
 * A field of an object type that only holders of these permissions may read (prices: `prices.view`). The check runs
 * synchronously in the field's resolver (see guardFields), so a list of 50 priced rows stays a synchronous walk;
 * the service must still not compute the value for others — this is the second belt.
 */
export function RequiresPermission(...permissions: Permission[]): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) =>
    Extensions({ requires: permissions })(target, key, descriptor as PropertyDescriptor);
}

/** Wraps the resolver of every field marked with @RequiresPermission in the permission check. */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const required = field.extensions?.requires as string[] | undefined;
      if (!required?.length) continue;
      const inner: GraphQLFieldResolver<unknown, Ctx> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: Ctx, info) => {
        assertPermissions(ctx.actor, required);
        return inner(source, args, ctx, info);
      };
    }
  }
  return schema;
}
