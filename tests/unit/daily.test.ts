import { describe, expect, it } from 'vitest';
import { config } from '../../src/config.ts';
import { fill } from '../../src/i18n/copy.ts';
import { ui } from '../../src/i18n/ui.ts';
import {
  addDays,
  daysBetween,
  monthsBackFrom,
  monthWeeks,
  msUntilNextDay,
  startOfDayIn,
  weekdayOf,
} from '../../src/lib/daily/dates.ts';
import {
  fallbackPick,
  isMeetingDay,
  meetingCalendarProblems,
  nextMeetingDate,
  pickForDate,
  picksForDates,
  REVIEW_WINDOW_DAYS,
  type DailySchedule,
  type MeetingCalendar,
  type Showing,
} from '../../src/lib/daily/daily.ts';
import {
  dayLabel,
  TODAY_HORIZON_DAYS,
  todayCopyOf,
  todayPayload,
  todayView,
  type TodayCase,
  type TodaySource,
} from '../../src/lib/daily/today.ts';

const everyDay: MeetingCalendar = { meetingDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], holidays: [] };
const weekdaysOnly: MeetingCalendar = {
  meetingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  holidays: ['2026-12-31', '2027-01-01'],
};
const copy = todayCopyOf(ui);
const candidates = Array.from({ length: 12 }, (_, n) => `typical/case-${String(n).padStart(2, '0')}`);

describe('local midnight and calendars', () => {
  it('knows when a day begins in the team timezone', () => {
    expect(startOfDayIn('Asia/Shanghai', '2026-11-29').toISOString()).toBe('2026-11-28T16:00:00.000Z');
    // New York leaves daylight saving time on 1 November 2026: midnight before is UTC-4, after UTC-5.
    expect(startOfDayIn('America/New_York', '2026-11-01').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDayIn('America/New_York', '2026-11-02').toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('counts down to the next local midnight, whatever the machine timezone', () => {
    expect(msUntilNextDay('Asia/Shanghai', new Date('2026-11-28T15:59:30Z'))).toBe(30_000);
    expect(msUntilNextDay('Asia/Shanghai', new Date('2026-11-28T16:00:00Z'))).toBe(86_400_000);
  });

  it('lays out a month Monday first', () => {
    const weeks = monthWeeks('2026-11');
    expect(weekdayOf('2026-11-01')).toBe('sun');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(30);
    expect(monthWeeks('2027-02').flat().filter(Boolean)).toHaveLength(28);
  });

  it('lists the months of the archive, latest first, across a new year', () => {
    expect(monthsBackFrom('2027-02', '2026-11')).toEqual(['2027-02', '2027-01', '2026-12', '2026-11']);
    expect(monthsBackFrom('2026-11', '2026-11')).toEqual(['2026-11']);
  });
});

describe('meeting days', () => {
  it('skips weekends and holidays to the next meeting', () => {
    expect(isMeetingDay('2026-11-28', weekdaysOnly)).toBe(false);
    expect(nextMeetingDate('2026-11-28', weekdaysOnly)).toBe('2026-11-30');
    expect(nextMeetingDate('2026-11-30', weekdaysOnly)).toBe('2026-11-30');
    // Thursday and Friday are holidays, then a weekend.
    expect(nextMeetingDate('2026-12-31', weekdaysOnly)).toBe('2027-01-04');
    expect(nextMeetingDate('2026-11-28', everyDay)).toBe('2026-11-28');
  });

  it('finds no meeting in a calendar without meeting days, and says what to fix', () => {
    const broken = { meetingDays: [], holidays: ['2026-02-30'] };
    expect(nextMeetingDate('2026-11-28', broken)).toBeUndefined();
    expect(meetingCalendarProblems(broken)).toEqual([
      "meetingDays 至少要有一天，例如 ['mon', 'tue', 'wed', 'thu', 'fri']",
      'holidays 中的「2026-02-30」不是有效日期，应写成 YYYY-MM-DD，例如 2027-01-01',
    ]);
    expect(meetingCalendarProblems(config)).toEqual([]);
  });
});

describe('review pick', () => {
  it('is the same for a date however often it is asked, and varies between dates', () => {
    const pick = fallbackPick('2026-12-10', candidates, []);
    expect(fallbackPick('2026-12-10', [...candidates].reverse(), [])).toBe(pick);
    const picks = new Set(Array.from({ length: 20 }, (_, n) => fallbackPick(addDays('2026-12-01', n), candidates, [])));
    expect(picks.size).toBeGreaterThan(5);
  });

  it('avoids cases shown or scheduled within 30 days', () => {
    const history: Showing[] = candidates
      .slice(0, 11)
      .map((caseId, n) => ({ date: addDays('2026-12-10', n % 2 ? -n - 1 : n + 1), caseId }));
    expect(fallbackPick('2026-12-10', candidates, history)).toBe('typical/case-11');
  });

  it('takes the one shown longest ago when all were shown recently', () => {
    const history = candidates.map((caseId, n) => ({ date: addDays('2026-12-10', -1 - n), caseId }));
    expect(fallbackPick('2026-12-10', candidates, history)).toBe('typical/case-11');
    expect(fallbackPick('2026-12-10', [], history)).toBeUndefined();
  });

  it('among cases equally far, prefers one whose similar cases were not discussed lately', () => {
    // Only case-10 and case-11 are fresh; case-11 is much like a case shown two days before.
    const history: Showing[] = candidates
      .slice(0, 10)
      .map((caseId, n) => ({ date: addDays('2026-12-10', -1 - n), caseId }));
    const similar = new Map([['typical/case-11', ['typical/case-01']]]);
    for (const date of ['2026-12-10', '2026-12-11', '2026-12-12']) {
      const shifted = history.map((showing) => ({
        ...showing,
        date: addDays(showing.date, daysBetween('2026-12-10', date)),
      }));
      expect(fallbackPick(date, candidates, shifted, similar), date).toBe('typical/case-10');
    }
    // A similar case never outweighs the case itself: a fresh case beats one shown long ago whatever it resembles.
    expect(
      fallbackPick(
        '2026-12-10',
        ['typical/case-10', 'typical/case-11'],
        [{ date: '2026-12-09', caseId: 'typical/case-10' }],
        new Map([['typical/case-11', ['typical/case-10']]]),
      ),
    ).toBe('typical/case-11');
  });
});

describe('the case for a date', () => {
  const entries: Showing[] = [
    { date: '2026-11-27', caseId: 'scheduled/fri' },
    { date: '2026-11-28', caseId: 'scheduled/sat' },
    { date: '2026-11-30', caseId: 'scheduled/mon' },
  ];
  const schedule: DailySchedule = { calendar: everyDay, entries, candidates };

  it('is the scheduled entry when there is one', () => {
    expect(pickForDate('2026-11-28', schedule)).toEqual({
      date: '2026-11-28',
      meetingDate: '2026-11-28',
      caseId: 'scheduled/sat',
      kind: 'scheduled',
    });
  });

  it('is the next meeting’s case on a day without a meeting', () => {
    expect(pickForDate('2026-11-28', { ...schedule, calendar: weekdaysOnly })).toEqual({
      date: '2026-11-28',
      meetingDate: '2026-11-30',
      caseId: 'scheduled/mon',
      kind: 'scheduled',
    });
  });

  it('is a review pick among typical cases when nothing is scheduled', () => {
    const pick = pickForDate('2026-11-29', schedule);
    expect(pick).toMatchObject({ meetingDate: '2026-11-29', kind: 'review' });
    expect(candidates).toContain(pick!.caseId);
    expect(pickForDate('2026-11-29', { ...schedule, candidates: [] })).toBeUndefined();
  });

  it('says when a review pick could not avoid a recent case, and when it was shown', () => {
    expect(pickForDate('2026-11-29', schedule)).not.toHaveProperty('nearestShowing');
    expect(pickForDate('2026-11-29', { ...schedule, candidates: ['scheduled/sat', 'scheduled/fri'] })).toMatchObject({
      caseId: 'scheduled/fri',
      kind: 'review',
      nearestShowing: '2026-11-27',
    });
  });

  it('never repeats a case within 30 days over a long unscheduled stretch, when there are enough candidates', () => {
    const many = Array.from({ length: 2 * REVIEW_WINDOW_DAYS + 2 }, (_, n) => `typical/${n}`);
    const long = { ...schedule, candidates: many };
    const days = Array.from({ length: 120 }, (_, n) => addDays('2026-12-01', n));
    const picks = days.map((date) => pickForDate(date, long)!);
    for (const [position, pick] of picks.entries()) {
      const earlier = picks
        .slice(0, position)
        .filter((other) => daysBetween(other.date, pick.date) <= REVIEW_WINDOW_DAYS);
      expect(earlier.map((other) => other.caseId)).not.toContain(pick.caseId);
    }
  });

  it('gives every date of a range the pick it gets when asked alone', () => {
    const long = { ...schedule, calendar: weekdaysOnly };
    const days = Array.from({ length: 75 }, (_, n) => addDays('2026-11-20', n));
    expect(picksForDates('2026-11-20', days.length, long)).toEqual(days.map((date) => pickForDate(date, long)));
    expect(picksForDates('2026-11-20', 3, { ...long, candidates: [] }).filter(Boolean)).toEqual([]);
  });
});

describe('what the today block shows', () => {
  const shownCases: Record<string, TodayCase> = {
    'scheduled/mon': {
      number: 'KF-2026-0001',
      title: '周一的案例',
      severity: 3,
      channel: '电话',
      category: '退款退货',
    },
    'typical/a': {
      number: 'KF-2026-0002',
      title: '輪椅旅客轉機餐食漏訂',
      lang: 'zh-TW',
      severity: 1,
      channel: '在线客服',
      category: '物流配送',
    },
  };
  const source = (schedule: Partial<DailySchedule> = {}): TodaySource => ({
    timezone: 'Asia/Shanghai',
    built: '2026-11-27',
    schedule: {
      calendar: weekdaysOnly,
      entries: [{ date: '2026-11-30', caseId: 'scheduled/mon' }],
      candidates: ['typical/a'],
      ...schedule,
    },
    caseView: (caseId) => shownCases[caseId]!,
    entryView: () => ({ takeaway: '先给日期。', host: '张敏' }),
  });
  const payload = todayPayload(source());

  it('carries the picks of the next 90 days, packed, and only the cases they show', () => {
    expect(payload.picks).toHaveLength(TODAY_HORIZON_DAYS);
    expect(Object.keys(payload.cases).sort()).toEqual(['scheduled/mon', 'typical/a']);
    expect(Object.keys(payload.entries)).toEqual(['2026-11-30']);
    // Saturday the 28th shows Monday's scheduled case; Tuesday the 1st a review pick.
    expect(payload.picks[1]).toEqual([payload.caseIds.indexOf('scheduled/mon'), 2, 0]);
    expect(payload.picks[4]).toEqual([payload.caseIds.indexOf('typical/a'), 0, 1]);
    // A year of picks for a large library still costs a few kilobytes.
    expect(JSON.stringify(payload).length).toBeLessThan(2000);
  });

  it('explains a weekend: the next meeting’s case, with its takeaway, host and presenter link', () => {
    const view = todayView('2026-11-28', payload, copy)!;
    expect(view.dateLabel).toBe('2026年11月28日 星期六');
    expect(view.notices).toEqual([fill(ui.today.nextMeeting, { date: '2026年11月30日 星期一' })]);
    expect(view.shown).toMatchObject({
      review: false,
      number: 'KF-2026-0001',
      href: '/daily/2026-11-30/',
      severityLabel: '严重',
      takeaway: '先给日期。',
      host: '张敏',
      presentHref: '/daily/2026-11-30/present/',
      dailyHref: '/daily/2026-11-30/',
      caseHref: '/cases/scheduled/mon/',
    });
    expect(view.shown).not.toHaveProperty('lang');
  });

  it('labels a review pick and links to the case’s own presenter page', () => {
    const view = todayView('2026-12-01', payload, copy)!;
    expect(view.notices).toEqual([ui.today.reviewNotice]);
    expect(view.shown).toMatchObject({
      review: true,
      number: 'KF-2026-0002',
      href: '/cases/typical/a/',
      presentHref: '/cases/typical/a/present/',
      // A Traditional-script case's title carries its language; the labels around it stay Simplified.
      title: '輪椅旅客轉機餐食漏訂',
      lang: 'zh-TW',
    });
    expect(view.shown).not.toHaveProperty('takeaway');
    expect(view.shown).not.toHaveProperty('host');
  });

  it('links a case or an entry held by another shard of a sharded library to that shard’s pages', () => {
    const sharded = todayPayload({
      ...source(),
      caseView: (caseId) => ({ ...shownCases[caseId]!, base: '/2025/' }),
      entryView: () => ({ takeaway: '先给日期。', host: '张敏', base: '/2025/' }),
    });
    expect(todayView('2026-11-28', sharded, copy)!.shown).toMatchObject({
      href: '/2025/daily/2026-11-30/',
      presentHref: '/2025/daily/2026-11-30/present/',
      caseHref: '/2025/cases/scheduled/mon/',
    });
    expect(todayView('2026-12-01', sharded, copy)!.shown).toMatchObject({
      href: '/2025/cases/typical/a/',
      presentHref: '/2025/cases/typical/a/present/',
    });
  });

  it('admits a repeat when every typical case was shown recently', () => {
    const repeat = todayPayload(source({ entries: [{ date: '2026-11-30', caseId: 'typical/a' }] }));
    expect(todayView('2026-12-01', repeat, copy)!.notices).toEqual([
      fill(ui.today.reviewRepeat, { date: '2026年11月30日 星期一' }),
    ]);
  });

  it('says so when the browser did not decide the date, and gives up on dates it has no data for', () => {
    expect(todayView('2026-11-30', payload, copy, true)!.notices).toEqual([
      fill(ui.today.noScript, { date: '2026年11月30日 星期一' }),
    ]);
    expect(todayView('2026-11-20', payload, copy)).toBeUndefined();
    const empty = todayPayload(source({ entries: [], candidates: [] }));
    expect(todayView('2026-11-30', empty, copy)).toEqual({
      date: '2026-11-30',
      dateLabel: '2026年11月30日 星期一',
      notices: [ui.today.none],
    });
  });

  it('asks for a rebuild past the 90 days it knows, instead of showing a stale case', () => {
    const late = addDays(payload.built, TODAY_HORIZON_DAYS);
    expect(todayView(addDays(late, -1), payload, copy)!.shown).toBeDefined();
    expect(todayView(late, payload, copy)).toEqual({
      date: late,
      dateLabel: dayLabel(late, ui.weekdays),
      notices: [fill(ui.today.beyondHorizon, { built: '2026年11月27日 星期五', days: TODAY_HORIZON_DAYS })],
    });
  });
});
