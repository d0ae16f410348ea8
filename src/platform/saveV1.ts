import { gameDigest } from '../engine/digest';
import type { GameState } from '../engine/game';
import type { Move } from '../engine/move';
import type { Screen } from '../flow/screen';

/**
 * The first save format (up to commit c6e756d): moves named by indexes, drafting and navigation mixed into the
 * log, and the machine's whole snapshot. Brought to today's format with the scenario the snapshot carries.
 */
interface ScenarioLike {
  parties: { id: string }[];
  issues: { id: string; options: { id: string }[] }[];
}

type V1Event = { type: string; [key: string]: unknown };

function screenOfV1(value: unknown): Screen | null {
  if (value === 'briefing' || value === 'conference' || value === 'outcome' || value === 'debrief')
    return value;
  const run = (value as { run?: unknown } | null)?.run;
  if (run === 'plan') return 'plan';
  if (run === 'dayEnd') return 'news';
  if (run && typeof run === 'object' && 'meetings' in run) return 'meetings';
  return null;
}

export function migrateV1(data: unknown): { ok: true; save: unknown } | { ok: false; reason: string } {
  const v1 = data as {
    log?: V1Event[];
    snapshot?: { value?: unknown; context?: { run?: { scenario?: ScenarioLike; game?: GameState } } };
    [key: string]: unknown;
  };
  const run = v1?.snapshot?.context?.run;
  const scenario = run?.scenario;
  if (!Array.isArray(v1?.log) || !scenario?.parties || !scenario?.issues || !run?.game)
    return { ok: false, reason: 'a version 1 save without its game snapshot' };
  const party = (p: unknown) => scenario.parties[p as number]?.id ?? `#${String(p)}`;
  const text = (pkg: unknown) =>
    Object.fromEntries(
      scenario.issues.map((issue, i) => [issue.id, issue.options[(pkg as number[])[i]!]?.id ?? `#${i}`]),
    );
  // The snapshot holds the draft as it ended; the draft events in the log only led to it.
  const draft = (run as { draft?: { text?: number[]; parties?: number[] } }).draft;
  const draftText = draft?.text ?? scenario.issues.map(() => 0);
  const draftParties = draft?.parties ?? scenario.parties.map((_, p) => p);
  const log: Move[] = [];
  for (const event of v1.log) {
    switch (event.type) {
      case 'mediator.consult':
      case 'mediator.press':
      case 'mediator.reassure':
        log.push({ type: event.type.slice('mediator.'.length) as 'consult', party: party(event.party) });
        break;
      case 'mediator.statement':
        log.push({ type: 'statement' });
        break;
      case 'mediator.table':
        log.push({ type: 'table', parties: (event.parties as number[]).map(party), text: text(event.text) });
        break;
      case 'day.end':
        log.push({ type: 'endDay' });
        break;
      case 'conference.call':
        log.push({ type: 'callConference' });
        break;
      case 'seat.reply': {
        const answer = event.answer as { kind: 'accept'; counter?: number[] };
        log.push({
          type: 'reply',
          party: party(event.party),
          answer: answer.counter
            ? { kind: answer.kind, counter: text(answer.counter) }
            : { kind: answer.kind },
        });
        break;
      }
      default:
        // day.meet and day.next are navigation today, and draft.* drafting: neither is a move.
        break;
    }
  }
  return {
    ok: true,
    save: {
      format: v1.format,
      version: 2,
      savedAt: v1.savedAt,
      scenarioId: v1.scenarioId,
      scenarioTitle: v1.scenarioTitle,
      scenario,
      seed: v1.seed,
      startedAt: v1.startedAt,
      seats: v1.seats,
      log,
      draft: { text: text(draftText), parties: draftParties.map(party) },
      screen: screenOfV1(v1.snapshot?.value) ?? 'plan',
      check: { day: run.game.day, actionsLeft: run.game.actionsLeft, digest: gameDigest(run.game) },
    },
  };
}
