import type { ScenarioEvent } from '../../scenario/schema';
import { TEXT } from '../text';
import { h } from './h';

/**
 * The label of an invented event, with the scenario's reason why it is plausible, or null for a reported one.
 * The schema marks an invented or hypothetical event by `inferred` (its reason) in place of `sources`.
 */
export function inventedLabel(event: Pick<ScenarioEvent, 'inferred'>): string | null {
  if (event.inferred === undefined) return null;
  const reason = event.inferred.trim();
  return reason ? `${TEXT.news.inventedEvent}: ${reason}` : `${TEXT.news.inventedEvent}.`;
}

/** The visible note under an invented event wherever events are listed; null for a reported event. */
export function inventedNote(event: Pick<ScenarioEvent, 'inferred'>): HTMLElement | null {
  const label = inventedLabel(event);
  return label === null ? null : h('p', { class: 'note invented-event' }, label);
}
