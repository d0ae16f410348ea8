import Phaser from 'phaser';
import type { AppActor, AppSnapshot } from '../../flow/appActor';
import { knowledgeOf } from '../../flow/selectors';
import { PALETTE } from '../palette';

/** Where on the page the DOM leaves room for the canvas to draw (a transparent "window" in the layout). */
export const STAGE_WINDOW_ATTRIBUTE = 'data-stage-window';

type Mode = 'table' | 'hall';

interface Seat {
  readonly name: string;
  readonly colour: number;
  /** What the seat shows, in words, so the scene reads without colour. */
  readonly status: string;
  readonly empty: boolean;
}

interface RoomModel {
  readonly mode: Mode;
  readonly seats: readonly Seat[];
  readonly clauses: number;
  /** Changes whenever a new text is tabled, so the page can be laid down again. */
  readonly textKey: string;
}

const colourOf = (hex: string) => Number.parseInt(hex.slice(1), 16);

const ANSWER_WORDS = {
  accept: 'agrees',
  counter: 'counters',
  reject: 'refuses',
  'walk-out': 'walked out',
} as const;

/** What the room shows for a snapshot, or null when no room is on screen. */
function roomModel(snapshot: AppSnapshot): RoomModel | null {
  const run = snapshot.context.run;
  if (!run) return null;
  const meetings = snapshot.matches({ run: 'meetings' });
  const hall = snapshot.matches('conference');
  if (!meetings && !hall) return null;
  const outcome = run.game.outcome;
  const known = meetings ? knowledgeOf(run) : [];
  const seats = run.scenario.parties.map((party, p): Seat => {
    const walkedOut = run.game.parties[p]!.walkedOut;
    if (hall && outcome) {
      return {
        name: party.name,
        colour: colourOf(party.colour),
        status: outcome.attends[p] ? 'present' : 'empty chair',
        empty: !outcome.attends[p],
      };
    }
    const answer = known[p]?.answer?.answer.kind;
    return {
      name: party.name,
      colour: colourOf(party.colour),
      status: walkedOut ? 'walked out' : answer ? ANSWER_WORDS[answer] : 'listening',
      empty: walkedOut,
    };
  });
  const text = run.game.tabledToAll;
  return {
    mode: hall ? 'hall' : 'table',
    seats,
    clauses: run.scenario.issues.length,
    textKey: text ? text.join('.') : 'none',
  };
}

/**
 * The room from above, drawn on the canvas in the space the DOM leaves for it: in the meeting room, the table
 * with a seat, a colour field and a name plate for each delegation, the envoy's seat, and the text on the table;
 * on the conference day, the hall with its chairs, empty where a delegation stayed away. Decoration only: every
 * fact it shows is also in the DOM beside it.
 */
export class RoomScene extends Phaser.Scene {
  private readonly actor: AppActor;
  private readonly reducedMotion: boolean;
  private root!: Phaser.GameObjects.Container;
  private model: RoomModel | null = null;
  private drawnKey = '';
  private lastTextKey = '';

  constructor(actor: AppActor, reducedMotion: boolean) {
    super('room');
    this.actor = actor;
    this.reducedMotion = reducedMotion;
  }

  create(): void {
    this.root = this.add.container(0, 0).setVisible(false);
    const subscription = this.actor.subscribe((snapshot) => {
      this.model = roomModel(snapshot);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => subscription.unsubscribe());
    this.model = roomModel(this.actor.getSnapshot());
  }

  override update(): void {
    const model = this.model;
    const window = model
      ? document.querySelector<HTMLElement>(`[${STAGE_WINDOW_ATTRIBUTE}="${model.mode}"]`)
      : null;
    const rect = window?.getBoundingClientRect();
    if (!model || !rect || rect.height === 0) {
      this.root.setVisible(false);
      return;
    }
    const key = `${JSON.stringify(model)}@${Math.round(rect.width)}x${Math.round(rect.height)}`;
    if (key !== this.drawnKey) {
      const newText = this.lastTextKey !== '' && this.lastTextKey !== model.textKey;
      this.lastTextKey = model.textKey;
      this.drawnKey = key;
      this.draw(model, rect.width, rect.height, newText);
    }
    this.root.setPosition(rect.left, rect.top).setVisible(true);
  }

  private draw(model: RoomModel, width: number, height: number, newText: boolean): void {
    this.root.removeAll(true);
    if (model.mode === 'table') this.drawTable(model, width, height, newText);
    else this.drawHall(model, width, height);
  }

  private plate(
    x: number,
    y: number,
    label: string,
    colour: number,
    status: string,
  ): Phaser.GameObjects.Container {
    const name = this.add
      .text(0, 0, label, { fontFamily: 'IBM Plex Mono, monospace', fontSize: '13px', color: '#2a2620' })
      .setOrigin(0.5);
    const word = this.add
      .text(0, 17, status.toUpperCase(), {
        fontFamily: 'IBM Plex Mono, monospace',
        fontSize: '10px',
        color: '#5b5346',
      })
      .setOrigin(0.5);
    const w = Math.max(name.width, word.width) + 22;
    const card = this.add.graphics();
    card.fillStyle(PALETTE.paper, 1).fillRect(-w / 2, -12, w, 40);
    card.fillStyle(colour, 1).fillRect(-w / 2, -12, 6, 40);
    return this.add.container(x, y, [card, name, word]);
  }

  private drawTable(model: RoomModel, width: number, height: number, newText: boolean): void {
    const g = this.add.graphics();
    const cx = width / 2;
    const cy = height / 2 + 6;
    const tw = Math.min(width * 0.62, 760);
    const th = height * 0.56;
    g.fillStyle(0x000000, 0.35).fillEllipse(cx + 4, cy + 8, tw, th);
    g.fillStyle(0x4a3a2c, 1).fillEllipse(cx, cy, tw, th);
    g.lineStyle(3, 0x6b5644, 1).strokeEllipse(cx, cy, tw - 6, th - 6);
    this.root.add(g);

    // The text on the table: a page with a line per clause.
    const pw = 46;
    const ph = 58;
    const page = this.add.graphics();
    page.fillStyle(PALETTE.paper, 1).fillRect(-pw / 2, -ph / 2, pw, ph);
    for (let i = 0; i < model.clauses; i++)
      page.fillStyle(PALETTE.ink, 0.35).fillRect(-pw / 2 + 7, -ph / 2 + 9 + i * 9, pw - 14 - (i % 2) * 8, 3);
    const sheet = this.add.container(cx, cy, [page]).setAngle(-4);
    if (model.textKey === 'none') sheet.setAlpha(0.35);
    this.root.add(sheet);
    // A newly tabled text slides onto the table, unless the player asked for less motion.
    if (newText && !this.reducedMotion) {
      sheet.setPosition(cx, height + 20).setAngle(-20);
      this.tweens.add({ targets: sheet, y: cy, angle: -4, duration: 420, ease: 'Cubic.easeOut' });
    }

    // The delegations along the far side of the table, the envoy at the near side.
    model.seats.forEach((seat, i) => {
      const x = cx - tw / 2 + ((i + 0.5) / model.seats.length) * tw;
      const chair = this.add.graphics();
      if (seat.empty) chair.lineStyle(2, PALETTE.paper, 0.6).strokeCircle(x, cy - th / 2 - 4, 11);
      else chair.fillStyle(seat.colour, 1).fillCircle(x, cy - th / 2 - 4, 11);
      this.root.add([
        chair,
        this.plate(x, Math.max(16, cy - th / 2 - 40), seat.name, seat.colour, seat.status),
      ]);
    });
    const envoy = this.add.graphics();
    envoy.fillStyle(PALETTE.unBlue, 1).fillCircle(cx, cy + th / 2 + 4, 11);
    this.root.add([envoy, this.plate(cx + 90, cy + th / 2 - 8, 'The envoy', PALETTE.unBlue, 'you')]);
  }

  private drawHall(model: RoomModel, width: number, height: number): void {
    const g = this.add.graphics();
    const top = height * 0.52;
    g.fillStyle(0x000000, 0.3).fillRect(width * 0.1 + 4, top + 6, width * 0.8, 26);
    g.fillStyle(0x4a3a2c, 1).fillRect(width * 0.1, top, width * 0.8, 26);
    this.root.add(g);
    model.seats.forEach((seat, i) => {
      const x = width * 0.1 + ((i + 0.5) / model.seats.length) * width * 0.8;
      const chair = this.add.graphics();
      if (seat.empty) chair.lineStyle(2, PALETTE.paper, 0.7).strokeRect(x - 12, top - 30, 24, 22);
      else chair.fillStyle(seat.colour, 1).fillRect(x - 12, top - 30, 24, 22);
      this.root.add([chair, this.plate(x, top + 48, seat.name, seat.colour, seat.status)]);
    });
  }
}
