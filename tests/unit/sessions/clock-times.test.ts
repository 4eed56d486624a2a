import { describe, expect, it } from 'vitest';
import { agendaClockTimes, offsetLabel, sessionStart } from '../../../domain/sessions/clock-times.ts';

const items = (...minutes: number[]) => minutes.map((plannedMinutes) => ({ plannedMinutes }));

describe('agendaClockTimes', () => {
  it('gives each item the clock time it starts and ends, counted from the session start', () => {
    const times = agendaClockTimes(items(20, 25, 10, 60), '2027-03-13T09:30', { locale: 'en-GB' });
    expect(times.map(({ start, end }) => `${start}–${end}`)).toEqual(['09:30–09:50', '09:50–10:15', '10:15–10:25', '10:25–11:25']);
    expect(times.map(({ startMinute }) => startMinute)).toEqual([0, 20, 45, 55]);
    expect(times.every(({ startDay }) => startDay === 0)).toBe(true);
  });

  it('writes times the way the locale does', () => {
    const [first, second] = agendaClockTimes(items(90, 10), '2027-03-13T11:15', { locale: 'en-US' });
    expect(first?.start).toMatch(/^11:15\sAM$/);
    expect(second?.start).toMatch(/^12:45\sPM$/);
  });

  it('says when an item starts on the next day', () => {
    const times = agendaClockTimes(items(50, 30), '2027-03-13T23:30', { locale: 'en-GB' });
    expect(times.map(({ start, startDay }) => [start, startDay])).toEqual([
      ['23:30', 0],
      ['00:20', 1],
    ]);
  });

  it('gives offsets only, and no clock times, to a session with no start time', () => {
    const times = agendaClockTimes(items(15, 45, 5), null);
    expect(times).toEqual([
      { startMinute: 0, endMinute: 15, start: null, end: null, startDay: 0 },
      { startMinute: 15, endMinute: 60, start: null, end: null, startDay: 0 },
      { startMinute: 60, endMinute: 65, start: null, end: null, startDay: 0 },
    ]);
    expect(times.map(({ startMinute }) => offsetLabel(startMinute))).toEqual(['+0:00', '+0:15', '+1:00']);
  });

  it('treats an impossible or malformed start as no start', () => {
    expect(sessionStart('2027-02-31T09:00')).toBeNull();
    expect(sessionStart('2027-02-03 09:00')).toBeNull();
    expect(sessionStart('')).toBeNull();
    expect(agendaClockTimes(items(10), '2027-02-31T09:00')[0]?.start).toBeNull();
  });

  it('is empty for an empty agenda', () => {
    expect(agendaClockTimes([], '2027-03-13T09:30')).toEqual([]);
  });
});
