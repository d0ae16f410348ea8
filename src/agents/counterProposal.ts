import type { DelegationView } from '../engine/answer';
import type { Package } from '../engine/model';

/**
 * The most work one counter-proposal may take, in steps: each option the search tries on a clause is one step,
 * and so is each set of clauses it considers. A step is a few array reads, so the budget keeps an answer well
 * inside a frame at the schema's limits (docs/negotiation-engine.md, "Limits"); it counts work, never time, so
 * the same question always gets the same answer. Geneva's largest search takes 242 steps.
 */
export const SEARCH_BUDGET = 20_000;

/** Rounding slack for the bounds below: a bound prunes only what it excludes beyond doubt. */
const SLACK = 1e-9;

export interface CounterSearch {
  readonly counter: Package | null;
  /** Steps taken (see SEARCH_BUDGET). */
  readonly work: number;
  /** False when the budget ran out: the counter is then the best found so far, or null if none was. */
  readonly complete: boolean;
}

/**
 * The counter-proposal: the text that changes as few issues of the tabled text as possible and still reaches
 * the party's target without crossing its red lines; among those, the one the others' public positions suggest
 * they could most accept. Null when no such text exists (within the budget).
 */
export function counterProposal(view: DelegationView, target: number): Package | null {
  return searchCounterProposal(view, target).counter;
}

/**
 * The search behind `counterProposal`, with the work it took. Utilities are additive, so each candidate is
 * scored from per-issue gains against the tabled text rather than from scratch, and a branch is cut as soon as
 * the best it could still gain misses the target, or the best it could still score cannot beat the best text
 * found (cuts that never change the answer). The budget is checked at every step; when it runs out the search
 * returns the best text it has found for the smallest number of changes it was trying.
 */
export function searchCounterProposal(
  view: DelegationView,
  target: number,
  budget = SEARCH_BUDGET,
): CounterSearch {
  const { text, points, weights, redLine, othersPublicPoints } = view;
  const issues = text.length;
  const s = scratchFor(points);
  // gain[at[i] + o]: own utility gained by moving issue i to option o; theirs: the others' (equal weights).
  const { at, gain, theirs, topGain, topTheirs, bestGains, mustChange } = s;
  const others = othersGainsOf(othersPublicPoints, points, issues);
  let base = 0;
  let mustChangeCount = 0;
  for (let i = 0; i < issues; i++) {
    const row = points[i]!;
    const current = text[i]!;
    const red = redLine[i]!;
    const w = weights[i]!;
    const first = at[i]!;
    base += w * row[current]!;
    // The tabled text's own red lines must all change.
    mustChange[i] = red[current] ? 1 : 0;
    if (red[current]) mustChangeCount++;
    // The most an issue can add by changing it, to the party (topGain) and to the others' score (topTheirs).
    let top = Number.NEGATIVE_INFINITY;
    let topT = Number.NEGATIVE_INFINITY;
    const theirsFrom = othersRow(others, othersPublicPoints, i, current, issues);
    for (let o = 0; o < row.length; o++) {
      const own = w * (row[o]! - row[current]!);
      gain[first + o] = own;
      const t = others.table[theirsFrom + o]!;
      theirs[first + o] = t;
      if (o !== current && !red[o]) {
        if (own > top) top = own;
        if (t > topT) topT = t;
      }
    }
    topGain[i] = top;
    topTheirs[i] = topT;
  }
  // Bound: the most k changes can gain is the sum of the k largest single-issue gains (sorted, largest first).
  for (let i = 0; i < issues; i++) {
    const g = topGain[i]!;
    let slot = i;
    while (slot > 0 && bestGains[slot - 1]! < g) {
      bestGains[slot] = bestGains[slot - 1]!;
      slot--;
    }
    bestGains[slot] = g;
  }
  let reachable = base;

  const { chosen, option, ownAfter, scoreAfter, restGain, restTheirs, bestOptions, bestIssues } = s;
  let work = 0;
  for (let k = 1; k <= issues; k++) {
    if (bestGains[k - 1]! > 0) reachable += bestGains[k - 1]!;
    if (k < mustChangeCount || reachable < target) continue;
    let found = false;
    let bestScore = Number.NEGATIVE_INFINITY;
    let exhausted = false;
    for (let j = 0; j < k; j++) chosen[j] = j;
    for (;;) {
      work++;
      let required = true;
      let bound = base;
      for (let i = 0, j = 0; i < issues; i++) {
        if (j < k && chosen[j] === i) {
          bound += topGain[i]!;
          j++;
        } else if (mustChange[i]) required = false;
      }
      restGain[k] = 0;
      restTheirs[k] = 0;
      for (let j = k - 1; j >= 0; j--) {
        restGain[j] = restGain[j + 1]! + topGain[chosen[j]!]!;
        restTheirs[j] = restTheirs[j + 1]! + topTheirs[chosen[j]!]!;
      }
      if (required && bound >= target && !(found && restTheirs[0]! + SLACK <= bestScore)) {
        // Odometer over the other options of each chosen issue, cutting branches that cannot do.
        ownAfter[0] = base;
        scoreAfter[0] = 0;
        for (let j = 0; j < k; j++) option[j] = -1;
        let j = 0;
        while (j >= 0) {
          const issue = chosen[j]!;
          const first = at[issue]!;
          const red = redLine[issue]!;
          const current = text[issue]!;
          const size = points[issue]!.length;
          let o = option[j]! + 1;
          for (; o < size; o++) {
            if (++work > budget) break;
            if (o === current || red[o]) continue;
            const own = ownAfter[j]! + gain[first + o]!;
            if (own + restGain[j + 1]! < target - SLACK) continue;
            if (found && scoreAfter[j]! + theirs[first + o]! + restTheirs[j + 1]! + SLACK <= bestScore)
              continue;
            break;
          }
          if (work > budget) {
            exhausted = true;
            break;
          }
          if (o >= size) {
            option[j] = -1;
            j--;
            continue;
          }
          option[j] = o;
          ownAfter[j + 1] = ownAfter[j]! + gain[first + o]!;
          scoreAfter[j + 1] = scoreAfter[j]! + theirs[first + o]!;
          if (j < k - 1) {
            j++;
            continue;
          }
          if (ownAfter[k]! >= target && scoreAfter[k]! > bestScore) {
            found = true;
            bestScore = scoreAfter[k]!;
            for (let m = 0; m < k; m++) {
              bestIssues[m] = chosen[m]!;
              bestOptions[m] = option[m]!;
            }
          }
        }
      }
      if (exhausted || work > budget) {
        exhausted = true;
        break;
      }
      // Next combination of k issues, in lexicographic order.
      let m = k - 1;
      while (m >= 0 && chosen[m] === issues - k + m) m--;
      if (m < 0) break;
      chosen[m]!++;
      for (let n = m + 1; n < k; n++) chosen[n] = chosen[n - 1]! + 1;
    }
    if (found) {
      const best = [...text];
      for (let m = 0; m < k; m++) best[bestIssues[m]!] = bestOptions[m]!;
      return { counter: best, work, complete: !exhausted };
    }
    if (exhausted) return { counter: null, work, complete: false };
  }
  return { counter: null, work, complete: true };
}

/**
 * What moving an issue from one option to another gives the others, on average over the issues (their public
 * points, summed in party order): fixed while their public positions are, so each row is worked out once per set
 * of positions rather than in every search. The row for issue i from option c starts at `rows[i] + c × size`.
 */
interface OthersGains {
  /** The text's length the averages were taken over, and the option count of each issue. */
  readonly issues: number;
  readonly sizes: readonly number[];
  readonly rows: Int32Array;
  readonly table: Float64Array;
  /** Whether the row starting at a cell is worked out (marked on its first cell). */
  readonly filled: Uint8Array;
}

const othersGains = new WeakMap<DelegationView['othersPublicPoints'], OthersGains>();

function othersGainsOf(
  othersPublicPoints: DelegationView['othersPublicPoints'],
  points: DelegationView['points'],
  issues: number,
): OthersGains {
  const known = othersGains.get(othersPublicPoints);
  if (known && known.issues === issues && sameSizes(known.sizes, points)) return known;
  const sizes = points.map((row) => row.length);
  const rows = new Int32Array(sizes.length);
  let cells = 0;
  for (let i = 0; i < sizes.length; i++) {
    rows[i] = cells;
    cells += sizes[i]! * sizes[i]!;
  }
  const made = { issues, sizes, rows, table: new Float64Array(cells), filled: new Uint8Array(cells) };
  othersGains.set(othersPublicPoints, made);
  return made;
}

function sameSizes(sizes: readonly number[], points: DelegationView['points']): boolean {
  if (sizes.length !== points.length) return false;
  for (let i = 0; i < sizes.length; i++) if (sizes[i] !== points[i]!.length) return false;
  return true;
}

/** Where the row for moving issue i from option `current` starts in the table, worked out the first time. */
function othersRow(
  others: OthersGains,
  othersPublicPoints: DelegationView['othersPublicPoints'],
  i: number,
  current: number,
  issues: number,
): number {
  const size = others.sizes[i]!;
  const from = others.rows[i]! + current * size;
  if (others.filled[from]) return from;
  for (let o = 0; o < size; o++) {
    let sum = 0;
    for (let n = 0; n < othersPublicPoints.length; n++) {
      const other = othersPublicPoints[n];
      if (other) {
        const theirRow = other[i]!;
        sum += theirRow[o]! - theirRow[current]!;
      }
    }
    others.table[from + o] = sum / issues;
  }
  others.filled[from] = 1;
  return from;
}

interface Scratch {
  /** Where each issue's options start in `gain` and `theirs`. */
  readonly at: Int32Array;
  readonly gain: Float64Array;
  readonly theirs: Float64Array;
  readonly topGain: Float64Array;
  readonly topTheirs: Float64Array;
  readonly bestGains: Float64Array;
  readonly mustChange: Uint8Array;
  readonly chosen: Int32Array;
  readonly option: Int32Array;
  /** Along the current branch: own utility and score after j chosen issues are set, and what the rest can add. */
  readonly ownAfter: Float64Array;
  readonly scoreAfter: Float64Array;
  readonly restGain: Float64Array;
  readonly restTheirs: Float64Array;
  readonly bestOptions: Int32Array;
  readonly bestIssues: Int32Array;
}

let scratch: Scratch | null = null;

/**
 * The search's working arrays, kept from one call to the next and grown when a view needs more: a delegation
 * answers many texts a game, and making them afresh each time cost more than the search itself. The search runs
 * to the end without yielding, so no two calls ever share them.
 */
function scratchFor(points: DelegationView['points']): Scratch {
  const issues = points.length;
  let cells = 0;
  for (const row of points) cells += row.length;
  if (!scratch || scratch.at.length < issues + 1 || scratch.gain.length < cells) {
    const n = Math.max(issues + 1, scratch?.at.length ?? 0);
    const c = Math.max(cells, scratch?.gain.length ?? 0);
    scratch = {
      at: new Int32Array(n),
      gain: new Float64Array(c),
      theirs: new Float64Array(c),
      topGain: new Float64Array(n),
      topTheirs: new Float64Array(n),
      bestGains: new Float64Array(n),
      mustChange: new Uint8Array(n),
      chosen: new Int32Array(n),
      option: new Int32Array(n),
      ownAfter: new Float64Array(n),
      scoreAfter: new Float64Array(n),
      restGain: new Float64Array(n),
      restTheirs: new Float64Array(n),
      bestOptions: new Int32Array(n),
      bestIssues: new Int32Array(n),
    };
  }
  const { at } = scratch;
  let first = 0;
  for (let i = 0; i < issues; i++) {
    at[i] = first;
    first += points[i]!.length;
  }
  return scratch;
}
