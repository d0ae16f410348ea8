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
  let base = 0;
  // gain[i][o]: own utility gained by moving issue i to option o; theirs[i][o]: the others' (equal weights).
  const gain: number[][] = [];
  const theirs: number[][] = [];
  // The most an issue can add by changing it, to the party (topGain) and to the others' score (topTheirs).
  const topGain: number[] = [];
  const topTheirs: number[] = [];
  let mustChangeCount = 0;
  for (let i = 0; i < issues; i++) {
    const row = points[i]!;
    const current = text[i]!;
    base += weights[i]! * row[current]!;
    if (redLine[i]![current]) mustChangeCount++;
    const g: number[] = [];
    const t: number[] = [];
    let top = Number.NEGATIVE_INFINITY;
    let topT = Number.NEGATIVE_INFINITY;
    for (let o = 0; o < row.length; o++) {
      const own = weights[i]! * (row[o]! - row[current]!);
      g.push(own);
      let sum = 0;
      for (const other of othersPublicPoints) if (other) sum += other[i]![o]! - other[i]![current]!;
      t.push(sum / issues);
      if (o !== current && !redLine[i]![o]) {
        if (own > top) top = own;
        if (t[o]! > topT) topT = t[o]!;
      }
    }
    gain.push(g);
    theirs.push(t);
    topGain.push(top);
    topTheirs.push(topT);
  }
  // The tabled text's own red lines must all change.
  const mustChange = text.map((o, i) => redLine[i]![o]!);
  // Bound: the most k changes can gain is the sum of the k largest single-issue gains.
  const bestGains = [...topGain].sort((a, b) => b - a);
  let reachable = base;

  const chosen = new Int32Array(issues);
  const option = new Int32Array(issues);
  // Along the current branch: own utility and score after j chosen issues are set, and what the rest can add.
  const ownAfter = new Float64Array(issues + 1);
  const scoreAfter = new Float64Array(issues + 1);
  const restGain = new Float64Array(issues + 1);
  const restTheirs = new Float64Array(issues + 1);
  let work = 0;
  for (let k = 1; k <= issues; k++) {
    if (bestGains[k - 1]! > 0) reachable += bestGains[k - 1]!;
    if (k < mustChangeCount || reachable < target) continue;
    let found = false;
    let bestScore = Number.NEGATIVE_INFINITY;
    const bestOptions = new Int32Array(k);
    const bestIssues = new Int32Array(k);
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
          const size = points[issue]!.length;
          let o = option[j]! + 1;
          for (; o < size; o++) {
            if (++work > budget) break;
            if (o === text[issue] || redLine[issue]![o]) continue;
            const own = ownAfter[j]! + gain[issue]![o]!;
            if (own + restGain[j + 1]! < target - SLACK) continue;
            if (found && scoreAfter[j]! + theirs[issue]![o]! + restTheirs[j + 1]! + SLACK <= bestScore)
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
          ownAfter[j + 1] = ownAfter[j]! + gain[issue]![o]!;
          scoreAfter[j + 1] = scoreAfter[j]! + theirs[issue]![o]!;
          if (j < k - 1) {
            j++;
            continue;
          }
          if (ownAfter[k]! >= target && scoreAfter[k]! > bestScore) {
            found = true;
            bestScore = scoreAfter[k]!;
            bestIssues.set(chosen.subarray(0, k));
            bestOptions.set(option.subarray(0, k));
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
