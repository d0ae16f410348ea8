import { DEMAND } from '../engine/demand';
import { TUNING } from '../engine/moves';

/** The game's terms, as a player can learn them; the numbers come from the rules themselves. */
export const GLOSSARY = [
  {
    id: 'trust',
    term: 'Trust in you',
    text: `How far a delegation trusts you, 0 to 100: hostile below 20, wary below 40, guarded below 60, open below 80, then confident. Consulting and reassuring build it; pressing, cornering a delegation in a statement and tabling a text it already refused cost it. Below ${TUNING.conferenceTrust} a delegation stays away whatever the text; below 15 it may walk out of a text it finds too poor; a delegation that walked out comes back at ${TUNING.returnTrust}, ${TUNING.returnReassure} points of trust per reassurance.`,
  },
  {
    id: 'evidence',
    term: 'The marks ❝ and ≈',
    text: 'Beside each stance: ❝ opens the sentence of the source it comes from; ≈ says that it is inferred, and why.',
  },
  {
    id: 'walk-away',
    term: 'Walk-away value',
    text: 'The least a text must be worth to a delegation for it to attend, on the same 0–100 scale as its points. It is hidden, and each game draws it anew within what the evidence allows; the debrief reveals it.',
  },
  {
    id: 'demand',
    term: 'What a delegation asks for',
    text: `It comes down from its best toward its walk-away value as the conference nears, but only as far as you engage it: left alone it comes ${Math.round(DEMAND.reachAlone * 100)}% of the way; consulted, and with its counter-proposals taken up, all the way. On the last day of talks, what it says is what it does on the conference day.`,
  },
  {
    id: 'zone',
    term: 'Zone of agreement',
    text: 'The texts every delegation would accept at its walk-away value, crossing none of its red lines. It may be small, and it moves with the news.',
  },
  {
    id: 'pareto',
    term: 'Pareto frontier',
    text: 'The texts no other text beats for every delegation at once. A text off the frontier leaves something on the table that all could have had.',
  },
  {
    id: 'nash',
    term: 'Nash point',
    text: 'The text in the zone of agreement that maximises the product of what each delegation gains above its walk-away value: a balanced deal, not the only fair one.',
  },
] as const;
