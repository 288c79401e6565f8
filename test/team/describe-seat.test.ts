import { describe, expect, it } from 'vitest';
import { describeSeat, type Seat } from '../../src/index.js';
import { dakNia2022Team } from '../../src/samples/index.js';

const team = dakNia2022Team();
const asOf = '2022-07-27';
const seatOf = (kind: Seat['filling']['kind']): Seat => {
  const seat = team.seats.find((s) => s.filling.kind === kind);
  if (!seat) throw new Error(`no ${kind} seat in the sample`);
  return seat;
};

describe('describeSeat', () => {
  it('names the office of an ex-officio seat', () => {
    expect(describeSeat(team, seatOf('exOfficio'), asOf).vi).toBe('Bí thư Đoàn Thanh niên xã');
  });

  it('names the unit of a delegate and the village of a village head', () => {
    expect(describeSeat(team, seatOf('delegate'), asOf).vi).not.toBe('');
    expect(describeSeat(team, seatOf('villageHead'), asOf)).toEqual({
      vi: 'bon Bu Sir',
      en: 'Bu Sir bon (village)',
    });
  });

  it('gives the named leader’s offices and extra titles', () => {
    const leader = describeSeat(team, seatOf('named'), asOf);
    expect(leader.vi).toContain('Phó Chủ tịch');
    expect(leader.vi).toContain(' - ');
    expect(leader.en).not.toBe('');
  });

  it('returns empty texts for a seat that refers to nothing known', () => {
    const orphan: Seat = {
      ...seatOf('villageHead'),
      filling: { kind: 'villageHead', villageId: 'nowhere' },
    };
    expect(describeSeat(team, orphan, asOf)).toEqual({ vi: '', en: '' });
  });
});

describe('describeSeat of a long title', () => {
  it('gives the whole title (only problems cut a long name)', () => {
    const title =
      'Công chức Văn phòng - Thống kê phụ trách công nghệ thông tin và chuyển đổi số của xã';
    const long = {
      ...team,
      offices: team.offices.map((o) =>
        o.id === 'office-statistics-it' ? { ...o, title: { vi: title, en: title } } : o,
      ),
    };
    const seat = team.seats.find((s) => s.id === 'office-statistics-it') as Seat;
    expect(describeSeat(long, seat, asOf).vi).toBe(title);
  });
});
