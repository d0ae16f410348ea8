import type { MediatorMove } from '../../engine/move';
import type { PartyView, PlayerView } from '../../engine/playerView';
import type { Rng } from '../../engine/rng';
import { everyone, type Mediator } from './mediator';

type Text = Record<string, string>;

/** What a careful player makes of one delegation from what it has said: its priorities, its options, its need. */
interface Estimate {
  readonly weights: Record<string, number>;
  readonly points: (issue: string, option: string) => number;
  readonly need: number;
}

const CONSULTS_EACH = 3;

function estimate(view: PlayerView, party: PartyView): Estimate {
  const weights: Record<string, number> = {};
  let total = 0;
  for (const issue of view.issues) {
    let sum = 0;
    let precision = 0;
    for (const r of party.readings) {
      const w = 1 / Math.max(1, r.noise) ** 2;
      sum += w * (r.priorities[issue.id] ?? 0);
      precision += w;
    }
    weights[issue.id] = precision > 0 ? sum / precision : 1;
    total += weights[issue.id]!;
  }
  for (const id of Object.keys(weights)) weights[id] = weights[id]! / total;
  const liked = new Set<string>();
  for (const [issue, option] of Object.entries(party.favourite)) liked.add(`${issue}=${option}`);
  for (const r of party.readings)
    for (const [issue, option] of Object.entries(r.preferred)) liked.add(`${issue}=${option}`);
  const asked = new Set<string>();
  for (const a of party.answers)
    if (a.counter) for (const [i, o] of Object.entries(a.counter)) asked.add(`${i}=${o}`);
  const red = new Set(party.redLines.map((l) => `${l.issue}=${l.option}`));
  const points = (issue: string, option: string) => {
    const key = `${issue}=${option}`;
    if (red.has(key)) return -1000;
    if (liked.has(key)) return 100;
    return asked.has(key) ? 80 : 35;
  };
  const value = (text: Readonly<Text>) =>
    view.issues.reduce((sum, issue) => sum + weights[issue.id]! * points(issue.id, text[issue.id]!), 0);
  // Late answers say most about what it needs: a refusal means more than the text, an acceptance at most it.
  let need = 55;
  for (const a of party.answers) {
    if (a.day < view.days - 4) continue;
    const v = value(a.text);
    need = a.kind === 'accept' ? Math.min(need, v) : Math.max(need, v + 3);
  }
  return { weights, points, need };
}

function allTexts(view: PlayerView, rng: Rng): Text[] {
  const count = view.issues.reduce((n, issue) => n * issue.options.length, 1);
  const texts: Text[] = [];
  if (count <= 20_000) {
    for (let n = 0; n < count; n++) {
      let rest = n;
      const text: Text = {};
      for (const issue of view.issues) {
        text[issue.id] = issue.options[rest % issue.options.length]!;
        rest = Math.floor(rest / issue.options.length);
      }
      texts.push(text);
    }
    return texts;
  }
  for (let n = 0; n < 5_000; n++)
    texts.push(
      Object.fromEntries(
        view.issues.map((issue) => [issue.id, issue.options[Math.floor(rng.next() * issue.options.length)]!]),
      ),
    );
  return texts;
}

const same = (a: Readonly<Text> | null, b: Readonly<Text>) =>
  a !== null && Object.keys(b).every((k) => a[k] === b[k]);

/**
 * A careful player, using only what the screen shows: consults every delegation more than once, drafts the
 * text that leaves the least satisfied delegation best off by its estimates, takes up what the counter-proposals
 * ask for, never tables a refused text again, reassures a delegation whose trust runs low, and presses the last
 * holdout on the final day.
 */
export const carefulMediator = (): Mediator => {
  let day = -1;
  let tabledToday = 0;
  let reassuredToday = false;
  let pressed = false;
  const refused = new Set<string>();
  return (view, rng): MediatorMove => {
    if (view.day !== day) {
      day = view.day;
      tabledToday = 0;
      reassuredToday = false;
    }
    if (view.actionsLeft === 0) return { type: 'endDay' };
    const lastDay = view.day === view.days - 1;
    const out = view.parties.find((p) => p.walkedOut);
    if (out) return { type: 'reassure', party: out.id };
    const wary = view.parties.find((p) => p.trust < 30);
    if (wary && !reassuredToday) {
      reassuredToday = true;
      return { type: 'reassure', party: wary.id };
    }
    const latest = view.parties.map((p) => p.answers.at(-1) ?? null);
    const table = view.tabledToAll;
    const everyoneAccepts =
      table !== null && latest.every((a) => a !== null && a.kind === 'accept' && same(a.text, table));
    const fewest = [...view.parties].sort((a, b) => a.readings.length - b.readings.length)[0]!;
    const consultNext =
      fewest.readings.length < CONSULTS_EACH && (view.day === 0 || tabledToday > 0 || tabledToday >= 2);
    if (everyoneAccepts) {
      // Keep the text; more engagement still lowers what they will ask on the day.
      if (fewest.readings.length < CONSULTS_EACH + 2) return { type: 'consult', party: fewest.id };
      return { type: 'endDay' };
    }
    if (consultNext && !(lastDay && tabledToday === 0)) return { type: 'consult', party: fewest.id };
    if (lastDay && !pressed) {
      const holdouts = view.parties.filter(
        (_, p) => latest[p] && latest[p]!.kind !== 'accept' && table && same(latest[p]!.text, table),
      );
      if (holdouts.length === 1 && tabledToday > 0) {
        pressed = true;
        return { type: 'press', party: holdouts[0]!.id };
      }
    }
    if (tabledToday >= 2 && !lastDay) {
      const least = [...view.parties].sort((a, b) => a.readings.length - b.readings.length)[0]!;
      return least.readings.length < CONSULTS_EACH + 2
        ? { type: 'consult', party: least.id }
        : { type: 'endDay' };
    }
    for (const p of view.parties)
      for (const a of p.answers) if (a.kind !== 'accept') refused.add(JSON.stringify(a.text));
    const estimates = view.parties.map((p) => estimate(view, p));
    let best: Text | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const text of allTexts(view, rng)) {
      if (refused.has(JSON.stringify(text))) continue;
      let min = Number.POSITIVE_INFINITY;
      let sum = 0;
      view.parties.forEach((party, p) => {
        const e = estimates[p]!;
        let u = view.issues.reduce(
          (s, issue) => s + e.weights[issue.id]! * e.points(issue.id, text[issue.id]!),
          0,
        );
        // Taking up what its last counter-proposal asked for engages a delegation: worth a little more.
        const last = party.answers.at(-1);
        if (last?.counter) {
          const changes = view.issues.filter((i) => last.counter![i.id] !== last.text[i.id]);
          const taken = changes.filter((i) => text[i.id] === last.counter![i.id]).length;
          if (changes.length > 0) u += (4 * taken) / changes.length;
        }
        min = Math.min(min, u - e.need);
        sum += u;
      });
      const score = min + sum * 0.02;
      if (score > bestScore) {
        bestScore = score;
        best = text;
      }
    }
    if (!best) return { type: 'endDay' };
    tabledToday++;
    return { type: 'table', parties: everyone(view), text: best };
  };
};
