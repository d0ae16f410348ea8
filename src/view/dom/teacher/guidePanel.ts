import type { AppSnapshot } from '../../../flow/appActor';
import { h } from '../h';
import type { UiHooks } from '../mountUi';
import type { Send } from '../screen';

export function guidePanel(_snapshot: AppSnapshot, _send: Send, _hooks: UiHooks): HTMLElement {
  return h('div', { class: 'guidePanel' });
}
