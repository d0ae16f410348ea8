import type { AppSnapshot } from '../../flow/appActor';
import type { CodeProblem } from '../../flow/classCode';
import { showLiveCode } from '../../flow/live/sessionTerms';
import { TEXT } from '../text';
import { h } from './h';
import type { Send } from './screen';

function problemText(problem: CodeProblem): string {
  const words = TEXT.join.problems;
  switch (problem.kind) {
    case 'shape':
      return words.shape(problem.count);
    case 'character':
      return words.character(problem.character);
    default:
      return words[problem.kind];
  }
}

/** "Playing with your class?": the class code and the student's name; what is wrong with a code that opens nothing. */
export function joinForm(snapshot: AppSnapshot, send: Send): HTMLElement {
  const live = snapshot.context.liveClass;
  const typed =
    snapshot.context.joinProblem ?? (live ? { code: showLiveCode(live.code), name: live.name } : null);
  const message = snapshot.context.joinProblem
    ? problemText(snapshot.context.joinProblem.problem)
    : live?.phase === 'failed'
      ? live.problem
      : null;
  const problem = message !== null;
  const code = h('input', {
    id: 'join-code',
    name: 'class-code',
    class: 'code-input',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 20,
    'data-key': 'join-code',
    value: typed?.code,
    'aria-invalid': problem ? 'true' : undefined,
    'aria-describedby': problem ? 'join-problem' : undefined,
  });
  const name = h('input', {
    id: 'join-name',
    name: 'student-name',
    autocomplete: 'name',
    maxlength: 80,
    'data-key': 'join-name',
    value: typed?.name,
  });
  const form = h(
    'form',
    {
      class: 'join-class',
      'aria-labelledby': 'join-heading',
      onsubmit: (event: Event) => {
        event.preventDefault();
        send({ type: 'title.joinClass', code: code.value, name: name.value });
      },
    },
    h('h2', { id: 'join-heading' }, TEXT.join.heading),
    h('p', { class: 'hint' }, TEXT.join.lead),
    h(
      'div',
      { class: 'join-fields' },
      h('label', { for: 'join-code' }, TEXT.join.code, code),
      h('label', { for: 'join-name' }, TEXT.join.name, name),
      h('button', { type: 'submit', class: 'secondary', 'data-key': 'join' }, TEXT.join.join),
    ),
    problem ? h('p', { id: 'join-problem', class: 'join-problem', role: 'alert' }, message) : null,
    live?.phase === 'joining'
      ? h(
          'p',
          { class: 'join-status', role: 'status' },
          TEXT.liveClass.student.joining(showLiveCode(live.code)),
        )
      : null,
  );
  return form;
}
