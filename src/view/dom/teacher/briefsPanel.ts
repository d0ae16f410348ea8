import type { AppSnapshot } from '../../../flow/appActor';
import { h } from '../h';
import type { Send } from '../screen';
import type { UiHooks } from '../uiHooks';

export function briefsPanel(_snapshot: AppSnapshot, _send: Send, _hooks: UiHooks): HTMLElement {
  return h('div', { class: 'briefsPanel' });
}
