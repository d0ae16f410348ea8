import type { CDPSession, Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/** How to reach a control from the focus by Tab or Shift+Tab, or why the model of the tab order cannot tell. */
type Route = { key: 'Tab' | 'Shift+Tab'; presses: number } | { unknown: string };

/** Where the focus is, and what the keys did on the way there. */
interface Seen {
  focused: boolean;
  at: string;
  /** How many times a Tab or an arrow key moved the focus. */
  moves: number;
  /** Every control the keys moved the focus to, and the target if focused, that showed no focus ring. */
  unringed: string[];
}

/** What the page knows of its own tab order, installed before the game's scripts run. */
interface KeyboardProbe {
  /** How to reach `target` from the focus; forgets the moves so far. */
  route(target: Element): Route;
  /** What the keys did since the last `route` or `check`; `target` defaults to the one last routed to. */
  check(target?: Element): Seen;
}

type ProbeWindow = Window & { __keyboardProbe: KeyboardProbe };

/**
 * Runs in the page. A passive focusin listener notes each control a Tab or an arrow key moves the focus to,
 * with its computed focus ring at that moment; a model of Chromium's sequential focus navigation (DOM order,
 * one stop per radio group) says how many presses lead to a control, so the test need not look after each.
 */
function installKeyboardProbe(): void {
  const nameOf = (el: Element | null): string => {
    if (!el) return 'nothing';
    const key = el.getAttribute('data-key') ?? el.id;
    const label = el instanceof HTMLInputElement ? ` ${el.type} ${el.name}` : '';
    const text = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent;
    return `<${el.tagName.toLowerCase()}${label}${key ? ` ${key}` : ''}> ${(text ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}`;
  };
  /** The focus ring: an outline, the game's own or Chromium's `auto` one, that is drawn and not transparent. */
  const ringProblem = (el: Element): string | undefined => {
    const { outlineStyle, outlineWidth, outlineColor } = getComputedStyle(el);
    const transparent = outlineColor === 'transparent' || /^rgba\(.*,\s*0\)$/.test(outlineColor);
    if (outlineStyle !== 'none' && Number.parseFloat(outlineWidth) > 0 && !transparent) return undefined;
    return `${nameOf(el)}: no visible focus ring (outline ${outlineStyle} ${outlineWidth} ${outlineColor})`;
  };

  let moves = 0;
  let unringed: string[] = [];
  // The key being handled, so that the app's own focus() calls (a new screen focuses its heading) do not count.
  let key: string | undefined;
  document.addEventListener(
    'keydown',
    (event) => {
      key = event.key;
      setTimeout(() => {
        key = undefined;
      });
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      if (!(event.target instanceof Element) || !(key === 'Tab' || key?.startsWith('Arrow'))) return;
      moves++;
      const problem = ringProblem(event.target);
      if (problem) unringed.push(problem);
    },
    true,
  );

  const focusable = (el: Element): el is HTMLElement | SVGElement => {
    if (!(el instanceof HTMLElement || el instanceof SVGElement) || el.tabIndex < 0) return false;
    if (el instanceof HTMLAnchorElement && !el.hasAttribute('href') && !el.hasAttribute('tabindex'))
      return false;
    if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
    if ('disabled' in el && el.disabled === true) return false;
    if (el.closest('[inert]')) return false;
    if (el.tagName === 'SUMMARY' && el.parentElement?.querySelector(':scope > summary') !== el) return false;
    return el.checkVisibility({ visibilityProperty: true });
  };
  const sameGroup = (a: Element, b: Element) =>
    a instanceof HTMLInputElement &&
    b instanceof HTMLInputElement &&
    a.type === 'radio' &&
    b.type === 'radio' &&
    a.name !== '' &&
    a.name === b.name &&
    a.form === b.form;
  const follows = (a: Node, b: Node) =>
    Boolean(b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);

  const route = (target: Element): Route => {
    const all = [...document.querySelectorAll('*')].filter(focusable);
    if (all.some((el) => el.tabIndex > 0)) return { unknown: 'a positive tabindex is not modelled' };
    // Chromium also stops at a scroller that overflows and holds nothing focusable: not modelled either.
    const scroller = [...document.querySelectorAll('*')].find((el) => {
      const { overflowX, overflowY } = getComputedStyle(el);
      const scrolls =
        (/auto|scroll/.test(overflowY) && el.scrollHeight > el.clientHeight) ||
        (/auto|scroll/.test(overflowX) && el.scrollWidth > el.clientWidth);
      return scrolls && el !== document.scrollingElement && !all.some((f) => el.contains(f));
    });
    if (scroller) return { unknown: `a focusable scroller ${nameOf(scroller)} is not modelled` };

    const current = document.activeElement;
    if (!current || current === document.body) return { unknown: 'nothing has the focus to start from' };
    if (current === target) return { key: 'Tab', presses: 0 };
    const forward = follows(target, current);
    // A radio group is one stop (none while the focus is in it): its checked radio, else the first one met.
    const stops = all.filter((el) => {
      if (sameGroup(el, current)) return false;
      const group = all.filter((other) => sameGroup(other, el));
      if (group.length === 0) return true;
      const checked = group.find((radio) => (radio as HTMLInputElement).checked);
      return el === (checked ?? (forward ? group[0] : group[group.length - 1]));
    });
    const ahead = forward
      ? stops.filter((el) => follows(el, current))
      : stops.filter((el) => follows(current, el));
    if (!forward) ahead.reverse();
    const index = ahead.indexOf(target as HTMLElement);
    if (index < 0) return { unknown: `${nameOf(target)} is not a tab stop` };
    return { key: forward ? 'Tab' : 'Shift+Tab', presses: index + 1 };
  };

  let routed: Element | undefined;
  (window as unknown as ProbeWindow).__keyboardProbe = {
    route: (target) => {
      routed = target;
      moves = 0;
      unringed = [];
      return route(target);
    },
    check: (target = routed) => {
      const focused = target === document.activeElement;
      const own = focused ? ringProblem(target) : undefined;
      const seen = {
        focused,
        at: nameOf(document.activeElement),
        moves,
        unringed: own && !unringed.includes(own) ? [...unringed, own] : unringed,
      };
      moves = 0;
      unringed = [];
      return seen;
    },
  };
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Real presses of Tab (Shift+Tab backwards), the same key events page.keyboard.press sends to Chromium, but
 * sent all at once: Chromium handles them in order, one after the other, without a round trip per event
 * (each costs ~0.1–0.3 s here while the game's canvas keeps the page busy, and more with the trace's snapshots).
 */
async function pressTab(page: Page, times: number, backward: boolean): Promise<void> {
  if (times === 0) return;
  const session = sessions.get(page) ?? (await page.context().newCDPSession(page));
  sessions.set(page, session);
  const modifiers = backward ? 8 : 0;
  const shift = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, location: 1 };
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, modifiers };
  const events: { type: 'rawKeyDown' | 'keyUp'; modifiers: number }[] = [];
  if (backward) events.push({ type: 'rawKeyDown', ...shift, modifiers });
  for (let i = 0; i < times; i++) events.push({ type: 'rawKeyDown', ...tab }, { type: 'keyUp', ...tab });
  if (backward) events.push({ type: 'keyUp', ...shift, modifiers: 0 });
  await Promise.all(events.map((event) => session.send('Input.dispatchKeyEvent', event)));
}

function expectRings(seen: Seen): void {
  expect(seen.unringed, 'controls the keyboard focused without a visible focus ring').toEqual([]);
}

/** The target has the focus with a visible ring, as has every control the keys moved the focus to on the way. */
async function expectFocusOn(target: Locator): Promise<void> {
  const seen = await target.evaluate((el) => (window as unknown as ProbeWindow).__keyboardProbe.check(el));
  expect(seen.focused, `${target} has the focus (it is on ${seen.at})`).toBe(true);
  expectRings(seen);
}

/**
 * Presses Tab (or Shift+Tab, whichever is shorter without wrapping round the page) until the target has the
 * focus, the way a keyboard user reaches a control. The page's model of the tab order says how many presses
 * that takes; the test then checks once that the focus is on the target, that each press moved it, and that
 * every control it landed on showed a focus ring. Should the model be wrong, a slow walk looks after each press.
 */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  const route = await target.evaluate((el) => (window as unknown as ProbeWindow).__keyboardProbe.route(el));
  if ('key' in route) await pressTab(page, route.presses, route.key === 'Shift+Tab');
  // The element just routed to, without finding it again: the focus is checked once, cheaply.
  let seen = await page.evaluate(() => (window as unknown as ProbeWindow).__keyboardProbe.check());
  const look = () => target.evaluate((el) => (window as unknown as ProbeWindow).__keyboardProbe.check(el));
  if ('key' in route && seen.focused) {
    expect(seen.moves, `each ${route.key} moved the focus`).toBe(route.presses);
  } else {
    test.info().annotations.push({
      type: 'slow tab walk',
      description: `${target}: ${'key' in route ? `${route.presses}× ${route.key} led to ${seen.at}` : route.unknown}`,
    });
    const unringed = [...seen.unringed];
    const key = 'key' in route ? route.key : 'Tab';
    for (let i = 0; i < limit && !seen.focused; i++) {
      await page.keyboard.press(key);
      seen = await look();
      unringed.push(...seen.unringed);
    }
    seen.unringed = unringed;
  }
  expect(seen.focused, `${target} reached with Tab (the focus is on ${seen.at})`).toBe(true);
  expectRings(seen);
}

test('a whole game played with the keyboard alone, with a visible focus', async ({ page }) => {
  await page.addInitScript(installKeyboardProbe);
  await page.goto('/?seed=5');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');

  await tabTo(page, page.getByRole('button', { name: /^Begin:/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Go to the meeting room' }));
  await page.keyboard.press('Enter');

  // Choose "A timetable for the transition" in clause 3 with the arrow keys, as a radio group works.
  const timetable = page.getByRole('radio', { name: /^A timetable for the transition/ });
  await tabTo(page, page.getByRole('radio', { name: /^No guarantees/ }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(timetable).toBeChecked();
  await expectFocusOn(timetable);
  await screenshot(page, 'keyboard focus in the text builder');

  const iran = page.getByRole('radio', { name: /^Iran is invited if it accepts/ });
  await tabTo(page, page.getByRole('radio', { name: /^Iran is not invited/ }));
  await page.keyboard.press('ArrowUp');
  await expect(iran).toBeChecked();
  await expectFocusOn(iran);

  await tabTo(page, page.getByRole('button', { name: 'Table the text to every delegation' }));
  await page.keyboard.press('Space');
  await expect(page.getByText('2 of 3 actions left today')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'End the day' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: /^The plan for / }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByText('Call the conference now…'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Yes, call the conference now' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /: (comes|stays away)/ }).first()).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Open the debrief' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
});
