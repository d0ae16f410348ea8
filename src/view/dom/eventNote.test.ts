import { describe, expect, it } from 'vitest';
import { loadGeneva } from '../../testing/scenarios';
import { TEXT } from '../text';
import { inventedLabel } from './eventNote';

describe('the label on an invented event', () => {
  it('marks every Geneva event without sources, with its reason, and no reported one', () => {
    const labelled = loadGeneva().events.flatMap((e) => {
      const label = inventedLabel(e);
      return label ? [[e.id, label]] : [];
    });
    expect(labelled).toEqual([
      [
        'escalation-aleppo',
        `${TEXT.news.inventedEvent}: The war continued throughout the run-up; an escalation is a plausible shock, not a reported event.`,
      ],
      [
        'draft-leaks',
        `${TEXT.news.inventedEvent}: Leaks are common in such talks; none is reported for this week.`,
      ],
    ]);
  });

  it('says so even without a reason to show', () => {
    expect(inventedLabel({ inferred: ' ' })).toBe(`${TEXT.news.inventedEvent}.`);
    expect(inventedLabel({})).toBeNull();
  });
});
