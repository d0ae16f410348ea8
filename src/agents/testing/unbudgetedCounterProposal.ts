import type { DelegationView } from '../../engine/answer';
import type { Package } from '../../engine/model';

/**
 * The counter-proposal search as it was before its work budget (commit 04b06f8), kept verbatim for one purpose:
 * to show that the budgeted search (../counterProposal.ts) gives the same answers wherever this one finished.
 * It checked its limit only between sets of clauses, so at the schema's limits one answer could take minutes.
 */
export const OLD_SEARCH_LIMIT = 20_000;

/**
 * The counter-proposal: the text that changes as few issues of the tabled text as possible and still reaches
 * the party's target without crossing its red lines; among those, the one the others' public positions suggest
 * they could most accept. Null when no such text exists (within the search limit).
 *
 * Utilities are additive, so each candidate is scored from per-issue gains against the tabled text
 * rather than from scratch: the search allocates nothing per candidate.
 */
export function unbudgetedCounterProposal(view: DelegationView, target: number): Package | null {
  const { text, points, weights, redLine, othersPublicPoints } = view;
  const issues = text.length;
  let base = 0;
  // gain[i][o]: own utility gained by moving issue i to option o; theirs[i][o]: the others' (equal weights).
  const gain: number[][] = [];
  const theirs: number[][] = [];
  const topGain: number[] = [];
  let mustChangeCount = 0;
  for (let i = 0; i < issues; i++) {
    const row = points[i]!;
    const current = text[i]!;
    base += weights[i]! * row[current]!;
    if (redLine[i]![current]) mustChangeCount++;
    const g: number[] = [];
    const t: number[] = [];
    let top = Number.NEGATIVE_INFINITY;
    for (let o = 0; o < row.length; o++) {
      const own = weights[i]! * (row[o]! - row[current]!);
      g.push(own);
      if (o !== current && !redLine[i]![o] && own > top) top = own;
      let sum = 0;
      for (const other of othersPublicPoints) if (other) sum += other[i]![o]! - other[i]![current]!;
      t.push(sum / issues);
    }
    gain.push(g);
    theirs.push(t);
    topGain.push(top);
  }
  // The tabled text's own red lines must all change.
  const mustChange = text.map((o, i) => redLine[i]![o]!);
  // Bound: the most k changes can gain is the sum of the k largest single-issue gains.
  const bestGains = [...topGain].sort((a, b) => b - a);
  let reachable = base;

  const chosen = new Int32Array(issues);
  const option = new Int32Array(issues);
  let examined = 0;
  for (let k = 1; k <= issues; k++) {
    if (bestGains[k - 1]! > 0) reachable += bestGains[k - 1]!;
    if (k < mustChangeCount || reachable < target) continue;
    let found = false;
    let bestScore = Number.NEGATIVE_INFINITY;
    const bestOptions = new Int32Array(k);
    const bestIssues = new Int32Array(k);
    for (let j = 0; j < k; j++) chosen[j] = j;
    for (;;) {
      let required = true;
      let bound = base;
      for (let i = 0, j = 0; i < issues; i++) {
        if (j < k && chosen[j] === i) {
          bound += topGain[i]!;
          j++;
        } else if (mustChange[i]) required = false;
      }
      if (required && bound >= target) {
        // Odometer over the other options of each chosen issue.
        for (let j = 0; j < k; j++) option[j] = -1;
        let j = 0;
        while (j >= 0) {
          const issue = chosen[j]!;
          let o = option[j]! + 1;
          while (o < points[issue]!.length && (o === text[issue] || redLine[issue]![o])) o++;
          if (o >= points[issue]!.length) {
            option[j] = -1;
            j--;
            continue;
          }
          option[j] = o;
          if (j < k - 1) {
            j++;
            continue;
          }
          examined++;
          let own = base;
          let score = 0;
          for (let m = 0; m < k; m++) {
            own += gain[chosen[m]!]![option[m]!]!;
            score += theirs[chosen[m]!]![option[m]!]!;
          }
          if (own >= target && score > bestScore) {
            found = true;
            bestScore = score;
            bestIssues.set(chosen.subarray(0, k));
            bestOptions.set(option.subarray(0, k));
          }
        }
      }
      // Next combination of k issues, in lexicographic order.
      let m = k - 1;
      while (m >= 0 && chosen[m] === issues - k + m) m--;
      if (m < 0) break;
      chosen[m]!++;
      for (let n = m + 1; n < k; n++) chosen[n] = chosen[n - 1]! + 1;
      if (examined > OLD_SEARCH_LIMIT) break;
    }
    if (found) {
      const best = [...text];
      for (let m = 0; m < k; m++) best[bestIssues[m]!] = bestOptions[m]!;
      return best;
    }
    if (examined > OLD_SEARCH_LIMIT) return null;
  }
  return null;
}
