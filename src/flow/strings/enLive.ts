/** Live class sessions in English: what the class server says about a session and its students. */
export function englishLive() {
  return {
    unnamed: (n: number) => `Student ${n}`,
    problems: {
      notFound: 'No live session has that code: check it with your teacher.',
      ended: 'That session has ended: your teacher has the results.',
      full: 'That session is full: ask your teacher.',
      tooMany: 'Too many tries from this device: wait a minute, then try again.',
      badJoin: 'The class server could not read that request: reload the page and try again.',
      notTeacher: 'That key does not open this session: use the link from the device that started it.',
      badKey:
        'That server key is not this class server\u2019s: it is in the file the server named when it started.',
      noScenario: 'This class server does not have that scenario.',
      refused: 'The class server did not take that move: your game is shown as the server has it.',
      malformed: 'The class server could not read a message from this page and ignored it.',
    },
  };
}
