import type { Terms } from '../frame';
import { plural } from './englishWords';

/** Hot-seat play in English: choosing the students' seats on the title, passing the laptop, a seat's brief. */
export function englishHotSeat(t: Terms) {
  return {
    choice: {
      open: `Play some ${t.parties} yourselves (hot-seat)`,
      lead: `Pass one laptop round: when a text is tabled, the student playing each ${t.party} marked here answers it in private.`,
      computer: 'Computer',
      student: 'A student',
    },
    handOver: {
      office: 'Confidential',
      heading: (name: string) => `Pass the laptop to ${name}`,
      lead: (name: string) =>
        `The ${t.mediator} has tabled a text. Only the student playing ${name} should look at the screen now.`,
      show: (name: string) => `I am ${name}: show my brief`,
    },
    handBack: {
      heading: `Pass the laptop back to the ${t.mediator}`,
      lead: `Your answer is sent. The ${t.mediator} will see it in the meeting room, not your priorities.`,
      back: `I am the ${t.mediator}: back to the meeting room`,
    },
    brief: {
      office: (name: string) => `Confidential · ${name}`,
      heading: 'Your brief',
      onlyYou: `Only you see this: not the ${t.mediator}, not the other ${t.parties}.`,
      instructions: 'Your instructions',
      noInstructions: `The scenario writes no instructions for this ${t.party}: what matters to you is below.`,
      worthHeading: 'This text and you',
      worth: (points: number, best: number) =>
        `This text is worth ${points} of 100 points to you; the best text for you would be worth ${best}.`,
      demand: (points: number) => `Today you would hold out for a text worth about ${points}.`,
      walkAway: (points: number) => `Your walk-away value is ${points}.`,
      clears: 'This text clears it.',
      short: (points: number) => `This text falls ${plural(points, 'point', 'points')} short of it.`,
      rulesHeading: 'What your answer does',
      ifAccept: `If you accept, you are committed to come to the ${t.meeting} on this text if it is the one decided there, even below your walk-away value. Only news that changes what you want, or refusing this text later, undoes this.`,
      ifReject: `If you reject it or ask for changes (or your acceptance is undone), you come on this text only if, on the day of the ${t.meeting}, it is worth at least what you would hold out for then: never less than your walk-away value.`,
      always: `Either way, you stay away from a text across one of your red lines, or if your trust in the ${t.mediator} has collapsed.`,
      redLinesHeading: 'Your red lines',
      redLine: (issue: string, option: string) => `${issue}: never “${option}”`,
      noRedLines: 'You have no red lines: every option can be argued for.',
      crosses: (issue: string, option: string) =>
        `This text crosses one of your red lines: ${issue}, “${option}”. You would not come to the ${t.meeting} on it.`,
      share: (share: number) => ` (${share}%)`,
      points: (points: number) => `${points} pts`,
      pointsTitle: (points: number) => `Worth ${points} of 100 points to you on this clause`,
      best: 'your best',
      tabled: 'tabled',
      redMark: 'your red line',
      textHeading: `The text the ${t.mediator} tabled`,
      markKey: 'Your points for each option, 0–100 · solid: your best on the clause · ✕: your red line',
      changed: (n: number) => `${plural(n, 'clause', 'clauses')} changed from the tabled text.`,
      unchanged: 'To make a counter-proposal, first choose the options you want instead.',
      answer: 'Your answer',
      accept: 'Accept the tabled text',
      reject: 'Reject it',
      counter: 'Send my changes as a counter-proposal',
    },
  };
}
