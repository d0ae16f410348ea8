import type { Terms } from '../frame';

/** Live class sessions in English: what the class server says about a session and its students. */
export function englishLive(t: Terms) {
  return {
    unnamed: (n: number) => `Student ${n}`,
    /** A seats-mode table: one negotiation a group plays together. */
    table: (n: number) => `Table ${n}`,
    /** A seat at a table, in the teacher's view. */
    mediatorSeat: t.mediator.charAt(0).toUpperCase() + t.mediator.slice(1),
    /** The teacher's live tab. */
    teacher: {
      tab: 'Live session',
      lead: 'Every student plays on their own device, and you watch the class as it plays. This needs the class server (npm run class) on a machine the students can reach.',
      mode: 'How the class plays',
      modes: {
        solo: `Each student plays the ${t.mediator} in their own game`,
        seats: `Groups at tables: one student is the ${t.mediator}, the others hold the ${t.parties}’ seats (the computer holds a seat no one takes)`,
      },
      server: 'Class server address',
      key: 'Server key',
      keyHint: 'In the file the class server named when it started (.class-data/server-key.txt).',
      open: 'Open a live session',
      opening: 'Opening the session…',
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
      ended: 'The session has ended: open or download its results with the buttons above.',
      forget: 'Start another session',
      lost: 'The connection to the class server is lost: trying again…',
      columns: {
        name: 'Student',
        day: 'Day',
        moves: 'Moves',
        text: 'Text on the table',
        come: 'Would come now',
        outcome: 'Outcome',
        seats: 'Seats',
      },
      statusQuo: 'nothing agreed yet',
      away: 'away',
      everyone: 'everyone came',
      some: 'not everyone came',
      stuckIdle: (seconds: number) => `no move for ${Math.floor(seconds / 60)} min`,
      stuckRefused: 'moves refused again and again',
      noneComing: 'no one',
    },
    /** Seats mode: a student at a table's seat, or the table's envoy waiting for the answers. */
    seats: {
      badge: (table: string, seat: string) => ` · ${table} · ${seat}`,
      office: (table: string) => `${table} · your seat, on your own device`,
      heading: (party: string) => `Your seat: ${party}`,
      lead: `Another student is the ${t.mediator}. When they table a text to you, your confidential brief and the text appear here, for you alone, and you answer from this device.`,
      waiting: `Waiting for the ${t.mediator} to table a text.`,
      answered: `Your answer has gone to the ${t.mediator}.`,
      date: (date: string) => `At the table: ${date}`,
      textHeading: 'The text on the table',
      noText: 'Nothing has been tabled yet.',
      aroundHeading: 'Around the table',
      mediator: `The ${t.mediator}`,
      byStudent: 'a student',
      byStudentAway: 'a student (away)',
      byComputer: 'the computer',
      everyone: `The ${t.meeting} met, and every ${t.party} came.`,
      some: `The ${t.meeting} met, and not every ${t.party} came.`,
      noScenario:
        'This copy of the game does not have the session’s scenario: open the game from the class server’s address.',
      withDelegations: `The text is with the ${t.parties}`,
      withDelegationsLead: `Each ${t.party} answers from its own device; the computer answers for a seat no student holds.`,
      stillToAnswer: (names: string) => `Still to answer: ${names}.`,
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
