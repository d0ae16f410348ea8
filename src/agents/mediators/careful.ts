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

/**
 * The options some texts name, as `issue=option` keys, worked out once per list: a view's lists are kept from
 * move to move until they grow (engine/playerView.ts), and a careful player reads them before every move.
 */
const namedOptions = new WeakMap<object, ReadonlySet<string>>();
const textKeys = new WeakMap<Readonly<Text>, readonly string[]>();
function keysOf(list: object, texts: () => readonly (Readonly<Text> | null)[]): ReadonlySet<string> {
  let keys = namedOptions.get(list);
  if (!keys) {
    const made = new Set<string>();
    for (const text of texts()) {
      if (!text) continue;
      let named = textKeys.get(text);
      if (!named) {
        named = Object.entries(text).map(([issue, option]) => `${issue}=${option}`);
        textKeys.set(text, named);
      }
      for (const key of named) made.add(key);
    }
    keys = made;
    namedOptions.set(list, keys);
  }
  return keys;
}

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
  const favourite = keysOf(party.favourite, () => [party.favourite]);
  const preferred = keysOf(party.readings, () => party.readings.map((r) => r.preferred));
  const asked = keysOf(party.answers, () => party.answers.map((a) => a.counter));
  const red = new Set(party.redLines.map((l) => `${l.issue}=${l.option}`));
  const points = (issue: string, option: string) => {
    const key = `${issue}=${option}`;
    if (red.has(key)) return -1000;
    if (favourite.has(key) || preferred.has(key)) return 100;
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

/** The texts a careful player weighs: each by ids, as the key it is refused by, and as an option index per issue. */
interface Candidates {
  readonly texts: readonly Text[];
  readonly keys: readonly string[];
  readonly options: readonly (readonly number[])[];
}

/**
 * Every text of a small scenario is the same list each time: made once per scenario, found by its first issue's
 * options (the same array in every game's view) and checked against all of them.
 */
const everyText = new WeakMap<object, { issues: PlayerView['issues']; candidates: Candidates }>();

function sameIssues(a: PlayerView['issues'], b: PlayerView['issues']): boolean {
  return (
    a.length === b.length && a.every((issue, i) => issue.id === b[i]!.id && issue.options === b[i]!.options)
  );
}

function candidatesOf(texts: Text[], options: number[][]): Candidates {
  return { texts, keys: texts.map((text) => JSON.stringify(text)), options };
}

function allTexts(view: PlayerView, rng: Rng): Candidates {
  const count = view.issues.reduce((n, issue) => n * issue.options.length, 1);
  const texts: Text[] = [];
  const options: number[][] = [];
  if (count <= 20_000) {
    const known = view.issues[0] && everyText.get(view.issues[0].options);
    if (known && sameIssues(known.issues, view.issues)) return known.candidates;
    for (let n = 0; n < count; n++) {
      let rest = n;
      const text: Text = {};
      const chosen: number[] = [];
      for (const issue of view.issues) {
        const o = rest % issue.options.length;
        text[issue.id] = issue.options[o]!;
        chosen.push(o);
        rest = Math.floor(rest / issue.options.length);
      }
      texts.push(text);
      options.push(chosen);
    }
    const made = candidatesOf(texts, options);
    if (view.issues[0]) everyText.set(view.issues[0].options, { issues: view.issues, candidates: made });
    return made;
  }
  for (let n = 0; n < 5_000; n++) {
    const text: Text = {};
    const chosen: number[] = [];
    for (const issue of view.issues) {
      const o = Math.floor(rng.next() * issue.options.length);
      text[issue.id] = issue.options[o]!;
      chosen.push(o);
    }
    texts.push(text);
    options.push(chosen);
  }
  return candidatesOf(texts, options);
}

const UNCHANGED = -2;

/**
 * A delegation's estimate as numbers by issue and option index, and what taking up its last counter-proposal
 * asks: the same figures as `estimate`, read by index for the thousands of texts weighed each time.
 */
function scoring(view: PlayerView, party: PartyView, e: Estimate) {
  const weights = view.issues.map((issue) => e.weights[issue.id]!);
  const points = view.issues.map((issue) => issue.options.map((option) => e.points(issue.id, option)));
  const last = party.answers.at(-1);
  const counter = last?.counter;
  // Per issue the option its counter-proposal asked for where that differs from the text it was given
  // (UNCHANGED where it does not).
  const asked = view.issues.map((issue) =>
    counter && counter[issue.id] !== last.text[issue.id]
      ? issue.options.indexOf(counter[issue.id]!)
      : UNCHANGED,
  );
  const changes = asked.filter((o) => o !== UNCHANGED).length;
  return { weights, points, asked, changes };
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
  // How many of each delegation's answers `refused` has read: answers are only ever added to.
  const read: number[] = [];
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
    view.parties.forEach((p, i) => {
      const from = (read[i] ?? 0) <= p.answers.length ? (read[i] ?? 0) : 0;
      for (let n = from; n < p.answers.length; n++)
        if (p.answers[n]!.kind !== 'accept') refused.add(JSON.stringify(p.answers[n]!.text));
      read[i] = p.answers.length;
    });
    const estimates = view.parties.map((p) => estimate(view, p));
    const scores = view.parties.map((p, i) => scoring(view, p, estimates[i]!));
    const candidates = allTexts(view, rng);
    let best: Text | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < candidates.texts.length; t++) {
      if (refused.has(candidates.keys[t]!)) continue;
      const text = candidates.options[t]!;
      let min = Number.POSITIVE_INFINITY;
      let sum = 0;
      for (let p = 0; p < scores.length; p++) {
        const { weights, points, asked, changes } = scores[p]!;
        // Summed issue by issue from 0, as the estimate's value is.
        let u = 0;
        for (let i = 0; i < text.length; i++) u += weights[i]! * points[i]![text[i]!]!;
        // Taking up what its last counter-proposal asked for engages a delegation: worth a little more.
        if (changes > 0) {
          let taken = 0;
          for (let i = 0; i < text.length; i++) if (asked[i] !== UNCHANGED && text[i] === asked[i]) taken++;
          u += (4 * taken) / changes;
        }
        min = Math.min(min, u - estimates[p]!.need);
        sum += u;
      }
      const score = min + sum * 0.02;
      if (score > bestScore) {
        bestScore = score;
        best = candidates.texts[t]!;
      }
    }
    if (!best) return { type: 'endDay' };
    tabledToday++;
    // A copy: the list of texts is kept for the next move.
    return { type: 'table', parties: everyone(view), text: { ...best } };
  };
};
