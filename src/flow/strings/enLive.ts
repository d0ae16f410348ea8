/** Live class sessions in English: what the class server says about a session and its students. */
export function englishLive() {
  return {
    unnamed: (n: number) => `Student ${n}`,
    /** A seats-mode table: one negotiation a group plays together. */
    table: (n: number) => `Table ${n}`,
    /** A seat at a table, in the teacher's view. */
    mediatorSeat: 'mediator',
    /** The teacher's live tab. */
    teacher: {
      tab: 'Live session',
      lead: 'Every student plays on their own device, and you watch the class as it plays. This needs the class server (npm run class) on a machine the students can reach.',
      server: 'Class server address',
      key: 'Server key',
      keyHint: 'In the file the class server named when it started (.class-data/server-key.txt).',
      open: 'Open a live session',
      opening: 'Opening the session…',
      rejoining: 'Back to your live session…',
      codeLabel: 'Live session code',
      forStudents: (url: string) =>
        `Students open ${url}, and under “Playing with your class?” enter this code and their name.`,
      offlineCode: (code: string) =>
        `The same game offline, for a student without the network: class code ${code}. Results carry this code.`,
      students: (n: number) => (n === 1 ? '1 student' : `${n} students`),
      none: 'No student has joined yet.',
      pause: 'Pause the class',
      resume: 'Resume the class',
      pausedNote: 'The class is paused: no student can move.',
      showNames: 'Show names',
      hideNames: 'Hide names',
      namesHint: 'Names are hidden until you show them, for a projected screen.',
      inject: 'Put news before the class',
      injectSend: 'Send to every student',
      injectHint: 'One of the scenario’s events happens now in every game that has not had it.',
      results: 'Open the results in Class results',
      download: 'Download every result',
      noResults: 'No game has finished yet.',
      end: 'End the session',
      endConfirm: 'End the session? Students can no longer move, and every result comes to you.',
      ended: 'The session has ended. Its results are below.',
      forget: 'Start another session',
      lost: 'The connection to the class server is lost: trying again…',
      columns: {
        name: 'Student',
        day: 'Day',
        moves: 'Moves',
        text: 'Text on the table',
        come: 'Would come now',
        outcome: 'Outcome',
      },
      statusQuo: 'nothing agreed yet',
      away: 'away',
      everyone: 'everyone came',
      some: 'not everyone came',
      stuckIdle: (seconds: number) => `no move for ${Math.floor(seconds / 60)} min`,
      stuckRefused: 'moves refused again and again',
      noneComing: 'no one',
    },
    /** What a student's page says about the session it plays in. */
    student: {
      joining: (code: string) => `Joining live session ${code}…`,
      badge: (code: string) => `Live session ${code}`,
      reconnecting: 'Connection lost: trying again…',
      lost: 'The connection to the class server is lost. Your game is kept on the server.',
      rejoin: 'Rejoin',
      paused: 'Your teacher has paused the class',
      pausedHint: 'Your game is kept as it is, and goes on when your teacher resumes.',
      newsHeading: 'News from your teacher',
      newsBack: 'Back to the talks',
      ended: 'Your teacher has ended this session: your game is with them.',
      dismiss: 'Dismiss',
      noServer:
        'This copy of the game has no class server: open the address your teacher gives you for the live session.',
      unreachable: (url: string) =>
        `The class server at ${url} does not answer: check the address with your teacher, then try again.`,
    },
    problems: {
      notFound: 'No live session has that code: check it with your teacher.',
      ended: 'That session has ended: your teacher has the results.',
      full: 'That session is full: ask your teacher.',
      tooMany: 'Too many tries from this device: wait a minute, then try again.',
      badJoin: 'The class server could not read that request: reload the page and try again.',
      notTeacher: 'That key does not open this session: use the link from the device that started it.',
      badKey:
        'That server key is not this class server\u2019s: it is in the file the server named when it started.',
      tooManySessions: 'This class server has as many sessions open as it takes: end one you no longer need.',
      noScenario: 'This class server does not have that scenario.',
      refused: 'The class server did not take that move: your game is shown as the server has it.',
      refusedSeat: 'The class server did not take that answer: the table is shown as the server has it.',
      malformed: 'The class server could not read a message from this page and ignored it.',
    },
  };
}
