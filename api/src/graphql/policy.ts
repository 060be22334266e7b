import { Authorized, Extensions, UseMiddleware } from 'type-graphql';
import { idGuard } from './id-guard';
import type { Permission } from '../modules/accounts/permissions';

/**
 * Every root operation declares who may call it. The declaration is read twice: by the auth checker on
 * each call, and by the access-matrix test, which walks the schema and fails on any operation without one.
 *
 * - `public`: anyone, signed in or not (sign-in itself, password reset).
 * - `signedIn`: any signed-in user or key, with data scoped by the service.
 * - `permissions`: all of them are required.
 *
 * It also checks the operation's `ID` arguments (see id-guard.ts). Root fields only: a global middleware
 * would wrap every field of every object and cost more than the rest of a list page.
 */
export type PolicySpec = { public: true } | { signedIn: true } | { permissions: Permission[] };

export const SIGNED_IN = '$signedIn';

export function Policy(spec: PolicySpec): MethodDecorator & PropertyDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Extensions({ policy: spec })(target, key, descriptor as PropertyDescriptor);
    UseMiddleware(idGuard)(target, key, descriptor as PropertyDescriptor);
    if ('permissions' in spec) Authorized(...spec.permissions)(target, key, descriptor as PropertyDescriptor);
    else if ('signedIn' in spec) Authorized(SIGNED_IN)(target, key, descriptor as PropertyDescriptor);
  };
}
