import { describe, expect, it } from 'vitest';
import { isWithinAccessWindows, localTime, validateAccessWindows } from './access-window';

// 2026-11-23 is a Monday. Warsaw is UTC+1 in November.
const at = (iso: string) => new Date(iso);

describe('access windows', () => {
  it('no windows means any time', () => {
    expect(isWithinAccessWindows(null, 'Europe/Warsaw', at('2026-11-22T03:00:00Z'))).toBe(true);
    expect(isWithinAccessWindows([], 'Europe/Warsaw', at('2026-11-22T03:00:00Z'))).toBe(true);
  });

  it('reads weekday and minute in the given time zone', () => {
    expect(localTime(at('2026-11-23T07:30:00Z'), 'Europe/Warsaw')).toEqual({ day: 1, minute: 8 * 60 + 30 });
    expect(localTime(at('2026-11-22T23:30:00Z'), 'Europe/Warsaw')).toEqual({ day: 1, minute: 30 });
    expect(localTime(at('2026-11-22T23:30:00Z'), 'UTC')).toEqual({ day: 7, minute: 23 * 60 + 30 });
  });

  const office = [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '16:00' }];
  it('office hours: from inclusive, to exclusive, weekdays only', () => {
    expect(isWithinAccessWindows(office, 'Europe/Warsaw', at('2026-11-23T07:00:00Z'))).toBe(true); // Mon 08:00
    expect(isWithinAccessWindows(office, 'Europe/Warsaw', at('2026-11-23T06:59:00Z'))).toBe(false); // Mon 07:59
    expect(isWithinAccessWindows(office, 'Europe/Warsaw', at('2026-11-23T14:59:00Z'))).toBe(true); // Mon 15:59
    expect(isWithinAccessWindows(office, 'Europe/Warsaw', at('2026-11-23T15:00:00Z'))).toBe(false); // Mon 16:00
    expect(isWithinAccessWindows(office, 'Europe/Warsaw', at('2026-11-28T10:00:00Z'))).toBe(false); // Saturday
  });

  it('the same instant differs by time zone', () => {
    const instant = at('2026-11-23T15:30:00Z'); // 16:30 Warsaw, 10:30 New York
    expect(isWithinAccessWindows(office, 'Europe/Warsaw', instant)).toBe(false);
    expect(isWithinAccessWindows(office, 'America/New_York', instant)).toBe(true);
  });

  it('a night shift across midnight belongs to the day it starts', () => {
    const night = [{ days: [5], from: '22:00', to: '06:00' }]; // Friday night
    expect(isWithinAccessWindows(night, 'UTC', at('2026-11-27T23:00:00Z'))).toBe(true); // Fri 23:00
    expect(isWithinAccessWindows(night, 'UTC', at('2026-11-28T05:59:00Z'))).toBe(true); // Sat 05:59
    expect(isWithinAccessWindows(night, 'UTC', at('2026-11-28T06:00:00Z'))).toBe(false); // Sat 06:00
    expect(isWithinAccessWindows(night, 'UTC', at('2026-11-27T05:00:00Z'))).toBe(false); // Fri 05:00 (Thursday's night not allowed)
  });

  it('"24:00" closes at midnight', () => {
    expect(isWithinAccessWindows([{ days: [1], from: '20:00', to: '24:00' }], 'UTC', at('2026-11-23T23:59:00Z'))).toBe(true);
  });

  it('validation explains what is wrong', () => {
    expect(validateAccessWindows(office)).toEqual([]);
    expect(validateAccessWindows([{ days: [0, 8], from: '8:00', to: '25:00' }])).toEqual([
      'window 1: days must be weekday numbers 1 (Monday) to 7 (Sunday)',
      'window 1: "from" must be HH:MM, got "8:00"',
      'window 1: "to" must be HH:MM, got "25:00"',
    ]);
    expect(validateAccessWindows([{ days: [], from: '08:00', to: '09:00' }])).toHaveLength(1);
  });
});
