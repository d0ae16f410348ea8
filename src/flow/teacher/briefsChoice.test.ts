import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { wordIdsText } from '../../testing/wordIds';
import { fileOpened } from '../fileOpened';
import { rootMachine } from '../rootMachine';
import { chosenBriefs } from './briefsChoice';
import { roleBriefsOf } from './roleBriefs';

describe('choosing whose role briefs to see', () => {
  it('tells a party whose id is "mediator" or "all" from the mediator and from everyone', () => {
    const actor = createActor(rootMachine, { input: { soundOn: false, scenarios: [], seed: 1 } }).start();
    actor.send({ type: 'boot.loaded' });
    actor.send(fileOpened({ fileName: 'valleys.yaml', text: wordIdsText() }));
    const entry = actor.getSnapshot().context.scenarios[0]!;
    expect(entry.scenario.parties.map((p) => p.id)).toEqual(['upper', 'mediator', 'all']);
    actor.send({ type: 'teacher.open', tab: 'briefs' });
    const shown = () => {
      const desk = actor.getSnapshot().context.teacher!;
      return chosenBriefs(roleBriefsOf(entry.scenario, { numbers: false }), desk.briefs).map((b) => b.name);
    };
    const valleys = entry.scenario.parties.map((p) => p.name);
    const chair = entry.scenario.mediator.name;
    expect(shown()).toEqual([...valleys, chair]);
    actor.send({ type: 'teacher.briefs.who', who: { kind: 'party', id: 'mediator' } });
    expect(shown()).toEqual([valleys[1]]);
    actor.send({ type: 'teacher.briefs.who', who: { kind: 'mediator' } });
    expect(shown()).toEqual([chair]);
    actor.send({ type: 'teacher.briefs.who', who: { kind: 'party', id: 'all' } });
    expect(shown()).toEqual([valleys[2]]);
    actor.send({ type: 'teacher.briefs.who', who: { kind: 'all' } });
    expect(shown()).toHaveLength(4);
    // A party another scenario had shows every brief.
    actor.send({ type: 'teacher.briefs.who', who: { kind: 'party', id: 'russia' } });
    expect(shown()).toHaveLength(4);
  });
});
