/**
 * A first mediator, as a class might write it: consult everyone twice, then table the text that gives each
 * delegation its public favourite on the issues it said matter most, revise once toward the counter-proposals,
 * and let the days run to the conference.
 *
 *   npm run simulate -- scenarios/geneva-2-2014.yaml --policy docs/examples/first-mediator.ts
 */
import type { MediatorMove } from '../../src/engine/move';
import type { PlayerView } from '../../src/engine/playerView';

export default () => {
  let tabled = 0;
  return (view: PlayerView): MediatorMove => {
    if (view.actionsLeft === 0) return { type: 'endDay' };
    const quiet = view.parties.find((p) => p.readings.length < 2 && !p.walkedOut);
    if (quiet) return { type: 'consult', party: quiet.id };
    if (tabled >= 2) return { type: 'endDay' };
    // Each issue goes to the delegation that said in private it matters most to it.
    const text: Record<string, string> = {};
    for (const issue of view.issues) {
      let best = view.parties[0]!;
      for (const p of view.parties) {
        const share = (q: typeof p) => q.readings.at(-1)?.priorities[issue.id] ?? 0;
        if (share(p) > share(best)) best = p;
      }
      const counter = view.parties.map((p) => p.answers.at(-1)?.counter?.[issue.id]).find(Boolean);
      text[issue.id] = (tabled > 0 && counter) || best.favourite[issue.id] || issue.statusQuo;
    }
    tabled++;
    return { type: 'table', parties: view.parties.map((p) => p.id), text };
  };
};
