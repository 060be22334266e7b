import { describe, expect, it } from 'vitest';
import { canTransition, ORDER_STATUSES, ORDER_TRANSITIONS } from './order-status';

describe('order state machine', () => {
  it('moves forward new → received → accepted → fulfilled, never back', () => {
    expect(canTransition('new', 'received', 'erp')).toBe('ok');
    expect(canTransition('received', 'accepted', 'erp')).toBe('ok');
    expect(canTransition('accepted', 'fulfilled', 'erp')).toBe('ok');
    expect(canTransition('accepted', 'received', 'erp')).toBe('illegal');
    expect(canTransition('fulfilled', 'cancelled', 'staff')).toBe('illegal');
    expect(canTransition('cancelled', 'new', 'staff')).toBe('illegal');
  });

  it('lets the customer cancel only while new or received', () => {
    expect(canTransition('new', 'cancelled', 'customer')).toBe('ok');
    expect(canTransition('received', 'cancelled', 'customer')).toBe('ok');
    expect(canTransition('accepted', 'cancelled', 'customer')).toBe('notAllowed');
    expect(canTransition('accepted', 'cancelled', 'rep')).toBe('notAllowed');
    expect(canTransition('accepted', 'cancelled', 'staff')).toBe('ok');
    expect(canTransition('new', 'received', 'customer')).toBe('notAllowed');
  });

  it('has no way out of the final statuses', () => {
    for (const s of ORDER_STATUSES) expect(Object.keys(ORDER_TRANSITIONS[s]).length === 0).toBe(s === 'fulfilled' || s === 'cancelled');
  });
});
