import { describe, expect, it } from 'vitest';
import {
  defaultTimeZone,
  instantToZoned,
  toRfc3339InZone,
  zonedToInstant,
  zoneOffsetMinutes,
} from '../../../src/shared/compose/zoned-time';

describe('wall-clock times in a zone', () => {
  it('reads 10:00 in India as 04:30 UTC and writes it back with +05:30', () => {
    const at = zonedToInstant('2026-12-01T10:00', 'Asia/Kolkata');
    expect(at?.toISOString()).toBe('2026-12-01T04:30:00.000Z');
    expect(toRfc3339InZone(at as Date, 'Asia/Kolkata')).toBe('2026-12-01T10:00:00+05:30');
    expect(instantToZoned(at as Date, 'Asia/Kolkata')).toBe('2026-12-01T10:00');
  });

  it('follows daylight saving: New York is 5 hours behind in winter, 4 in summer', () => {
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-01-15T12:00:00Z'))).toBe(-300);
    expect(toRfc3339InZone(zonedToInstant('2026-07-01T09:30', 'America/New_York') as Date, 'America/New_York')).toBe(
      '2026-07-01T09:30:00-04:00',
    );
  });

  it('refuses what is not a time, or a zone that does not exist', () => {
    expect(zonedToInstant('2026-02-30T10:00', 'Asia/Kolkata')).toBeNull();
    expect(zonedToInstant('10:00', 'Asia/Kolkata')).toBeNull();
    expect(zonedToInstant('2026-12-01T10:00', 'Mars/Olympus')).toBeNull();
  });

  it('picks India time for an IN account', () => {
    expect(defaultTimeZone('IN')).toBe('Asia/Kolkata');
    expect(defaultTimeZone('zz')).toBe('UTC');
  });
});
