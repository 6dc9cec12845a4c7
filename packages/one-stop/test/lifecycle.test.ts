import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  type DossierAction,
  dossierStatuses,
  dossierTransitions,
  endedStatuses,
  nextStatus,
  timelinessOf,
} from '../src/index.ts';

describe('the life of a dossier', () => {
  it('starts at the counter complete, incomplete, or online', () => {
    expect(actionsFrom('new')).toEqual(['receive', 'register_incomplete', 'submit_online']);
    expect(nextStatus('new', 'receive')).toBe('processing');
    expect(nextStatus('new', 'register_incomplete')).toBe('supplement_requested');
    expect(nextStatus('new', 'submit_online')).toBe('waiting');
  });

  it('moves between steps without changing status, and pauses for a supplement or a fee', () => {
    expect(nextStatus('processing', 'forward')).toBe('processing');
    expect(nextStatus('processing', 'request_supplement')).toBe('supplement_requested');
    expect(nextStatus('supplement_requested', 'supplement')).toBe('processing');
    // answered online before receipt: back to the counter's waiting queue, to be checked and accepted
    expect(nextStatus('supplement_requested', 'resubmit_online')).toBe('waiting');
    expect(nextStatus('processing', 'resubmit_online')).toBeUndefined();
    expect(nextStatus('processing', 'request_fee')).toBe('fee_pending');
    expect(nextStatus('fee_pending', 'fee_paid')).toBe('processing');
  });

  it('refuses what is not allowed: a returned result cannot be returned again, a ready one not refused', () => {
    expect(nextStatus('returned', 'return_result')).toBeUndefined();
    expect(nextStatus('result_ready', 'refuse')).toBeUndefined();
    expect(nextStatus('waiting', 'forward')).toBeUndefined();
  });

  it('lets nothing leave an ended status', () => {
    const actions = Object.keys(dossierTransitions) as DossierAction[];
    fc.assert(
      fc.property(fc.constantFrom(...endedStatuses), fc.constantFrom(...actions), (status, action) => {
        expect(nextStatus(status, action)).toBeUndefined();
      }),
    );
  });

  it('reaches every status from a new dossier', () => {
    const reached = new Set<string>(['new']);
    for (let changed = true; changed; ) {
      changed = false;
      for (const from of [...reached]) {
        for (const action of actionsFrom(from as never)) {
          const to = nextStatus(from as never, action)!;
          if (!reached.has(to)) {
            reached.add(to);
            changed = true;
          }
        }
      }
    }
    expect(dossierStatuses.filter((s) => !reached.has(s))).toEqual([]);
  });
});

describe('early, on time, overdue', () => {
  const due = new Date('2026-02-24T10:00:00+07:00');
  it('is early on a day before the due day, on time on the due day up to the due instant, overdue after', () => {
    expect(timelinessOf(new Date('2026-02-23T16:59:00+07:00'), due)).toBe('early');
    expect(timelinessOf(new Date('2026-02-24T07:30:00+07:00'), due)).toBe('on_time');
    expect(timelinessOf(new Date('2026-02-24T10:00:00+07:00'), due)).toBe('on_time');
    expect(timelinessOf(new Date('2026-02-24T10:00:01+07:00'), due)).toBe('overdue');
  });

  it('counts days in Vietnam: 23:30 UTC on the 23rd is already the due day', () => {
    expect(timelinessOf(new Date('2026-02-23T23:30:00Z'), due)).toBe('on_time');
  });
});
