import type { AppSnapshot } from '../../flow/appActor';
import { teachingPrompt } from '../../flow/teaching';
import { TEXT } from '../text';
import { h } from './h';

/**
 * The first day's prompt, in the toolbar's free corner so it never pushes the room off the screen. The player
 * can hide the prompts for the rest of the visit.
 */
export function coachTip(): { el: HTMLElement; update(snapshot: AppSnapshot): void } {
  let hidden = false;
  let shown = '';
  const words = h('span', { class: 'coach-words' });
  const hide = h(
    'button',
    {
      type: 'button',
      class: 'coach-hide',
      onclick: () => {
        hidden = true;
        el.hidden = true;
      },
    },
    TEXT.tips.hide,
  );
  const el = h('div', { class: 'coach', role: 'status', hidden: true }, words, hide);
  return {
    el,
    update(snapshot) {
      const run = snapshot.context.run;
      const onScreen = run && (snapshot.matches({ run: 'plan' }) || snapshot.matches({ run: 'meetings' }));
      const prompt = onScreen && !hidden ? teachingPrompt(run) : null;
      el.hidden = !prompt;
      const said = prompt ? TEXT.tips.tip(prompt.step, prompt.of, prompt.say) : '';
      // Rewritten only when it changes, so a screen reader announces each prompt once.
      if (said !== shown) words.textContent = said;
      shown = said;
    },
  };
}
