import Phaser from 'phaser';
import type { AppActor, AppSnapshot } from '../../flow/appActor';
import { knowledgeOf, shortNameOf } from '../../flow/selectors';
import { PALETTE } from '../palette';
import { TEXT } from '../text';

/** Where on the page the DOM leaves room for the canvas to draw (a transparent "window" in the layout). */
export const STAGE_WINDOW_ATTRIBUTE = 'data-stage-window';

type Mode = 'table' | 'hall';

const MIN_WINDOW_HEIGHT = 96;

interface Seat {
  readonly name: string;
  /** The name in a few letters, for a crowded table. */
  readonly short: string;
  readonly colour: number;
  /** What the seat shows, in words, so the scene reads without colour. */
  readonly status: string;
  readonly empty: boolean;
}

interface RoomModel {
  readonly mode: Mode;
  readonly mediator: { readonly label: string; readonly colour: number };
  readonly seats: readonly Seat[];
  readonly clauses: number;
  /** Changes whenever a new text is tabled, so the page can be laid down again. */
  readonly textKey: string;
}

/** The same paper-and-ink face tone as the dossier's portraits (dom/portrait.ts). */
const FACE = 0xddd1bc;

const colourOf = (hex: string) => Number.parseInt(hex.slice(1), 16);

/** How many delegations the DOM has revealed in the hall window: a count, or "all" (shown at once, no walking in). */
function revealedIn(window: HTMLElement, seats: number): { count: number; instantly: boolean } {
  const value = window.dataset.revealed;
  const count = Number(value);
  if (value === undefined || value === 'all' || !Number.isInteger(count))
    return { count: seats, instantly: true };
  return { count: Math.min(count, seats), instantly: false };
}

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
        short: shortNameOf(party),
        colour: colourOf(party.colour),
        status: outcome.attends[p] ? TEXT.scene.present : TEXT.scene.emptyChair,
        empty: !outcome.attends[p],
      };
    }
    const answer = known[p]?.answer?.answer.kind;
    return {
      name: party.name,
      short: shortNameOf(party),
      colour: colourOf(party.colour),
      status: walkedOut
        ? TEXT.scene.answer['walk-out']
        : answer
          ? TEXT.scene.answer[answer]
          : TEXT.scene.listening,
      empty: walkedOut,
    };
  });
  const text = run.game.tabledToAll;
  return {
    mode: hall ? 'hall' : 'table',
    mediator: { label: TEXT.room.mediatorPlate, colour: colourOf(run.scenario.mediator.colour) },
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
  /** How many delegations the hall showed at its last drawing (null: not on the conference day). */
  private hallShown: number | null = null;

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
    // The table needs room for its seats and plates; in a shorter window the DOM alone tells the same.
    if (model?.mode !== 'hall') this.hallShown = null;
    if (!model || !rect || rect.height < MIN_WINDOW_HEIGHT) {
      this.root.setVisible(false);
      return;
    }
    const reveal = revealedIn(window!, model.seats.length);
    const key = `${JSON.stringify(model)}@${Math.round(rect.width)}x${Math.round(rect.height)}#${reveal.count}`;
    if (key !== this.drawnKey) {
      const newText = this.lastTextKey !== '' && this.lastTextKey !== model.textKey;
      this.lastTextKey = model.textKey;
      this.drawnKey = key;
      this.draw(model, rect.width, rect.height, newText, reveal);
    }
    this.root.setPosition(rect.left, rect.top).setVisible(true);
  }

  private draw(
    model: RoomModel,
    width: number,
    height: number,
    newText: boolean,
    reveal: { count: number; instantly: boolean },
  ): void {
    // A tween must not outlive the objects it moves: a redraw puts everything where it ends.
    this.tweens.killAll();
    this.root.removeAll(true);
    if (model.mode === 'table') this.drawTable(model, width, height, newText);
    else {
      // Only the one delegation just revealed moves; a redraw or "show all" puts everyone in place at once.
      const arriving =
        !reveal.instantly &&
        !this.reducedMotion &&
        this.hallShown !== null &&
        reveal.count === this.hallShown + 1
          ? reveal.count - 1
          : null;
      this.hallShown = reveal.count;
      this.drawHall(model, width, height, reveal.count, arriving);
    }
  }

  private plate(
    x: number,
    y: number,
    label: { readonly full: string; readonly short?: string },
    colour: number,
    status: string,
    statusColour = '#5b5346',
    room = Number.POSITIVE_INFINITY,
  ): Phaser.GameObjects.Container {
    const name = this.add
      .text(0, 0, label.full, { fontFamily: 'IBM Plex Mono, monospace', fontSize: '13px', color: '#2a2620' })
      .setOrigin(0.5);
    // Where seats are many, a name that would reach its neighbour's plate gives way to its short form.
    if (name.width + 22 > room && label.short) name.setText(label.short);
    const word = this.add
      .text(0, 17, status.toUpperCase(), {
        fontFamily: 'IBM Plex Mono, monospace',
        fontSize: '10px',
        color: statusColour,
      })
      .setOrigin(0.5);
    const w = Math.max(name.width, word.width) + 22;
    const card = this.add.graphics();
    card.fillStyle(PALETTE.paper, 1).fillRect(-w / 2, -12, w, 40);
    card.fillStyle(colour, 1).fillRect(-w / 2, -12, 6, 40);
    return this.add.container(x, y, [card, name, word]).setSize(w, 40);
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
        this.plate(
          x,
          Math.max(16, cy - th / 2 - 40),
          { full: seat.name, short: seat.short },
          seat.colour,
          seat.status,
          undefined,
          tw / model.seats.length - 6,
        ),
      ]);
    });
    const envoy = this.add.graphics();
    envoy.fillStyle(model.mediator.colour, 1).fillCircle(cx, cy + th / 2 + 4, 11);
    this.root.add([
      envoy,
      this.plate(
        cx + 90,
        cy + th / 2 - 8,
        { full: model.mediator.label },
        model.mediator.colour,
        TEXT.room.you,
      ),
    ]);
  }

  private drawHall(
    model: RoomModel,
    width: number,
    height: number,
    shown: number,
    arriving: number | null,
  ): void {
    // Drawn for a window 180 px high and scaled with it, so a tall screen gets a larger hall, not a thin strip.
    const k = Math.min(1.4, Math.max(0.8, height / 180));
    const top = Math.round(height * 0.52);
    // The seats sit over the columns of the sheet below (the same width, the sheet's padding at each side).
    const left = width * 0.05;
    const span = width * 0.9;
    // The wall behind the table, in the mediator's colour.
    const wallColour = model.mediator.colour;
    const room = span / model.seats.length - 6;
    const wall = this.add.graphics();
    wall.fillStyle(wallColour, 0.14).fillRoundedRect(left - 12, 4, span + 24, top + 2, 6);
    wall.lineStyle(1, wallColour, 0.35).strokeRoundedRect(left - 12, 4, span + 24, top + 2, 6);
    // The emblem above the middle of the table, between the wall's top and the chair backs.
    const emblemY = (4 + top - 58 * k) / 2;
    wall.fillStyle(wallColour, 0.9).fillCircle(width / 2, emblemY, 8 * k);
    wall.lineStyle(1.5, PALETTE.paper, 0.8).strokeCircle(width / 2, emblemY, 5 * k);
    wall.lineStyle(1, PALETTE.paper, 0.8).lineBetween(width / 2 - 5 * k, emblemY, width / 2 + 5 * k, emblemY);
    this.root.add(wall);

    const seatX = (i: number) => left + ((i + 0.5) / model.seats.length) * span;
    // A chair back in the seat's own coordinates (its foot at the table's edge), scaled with the hall.
    const chairAt = (x: number, draw: (g: Phaser.GameObjects.Graphics) => void) => {
      const g = this.add.graphics();
      draw(g);
      return g.setPosition(x, top).setScale(k);
    };
    const chairShape = (g: Phaser.GameObjects.Graphics) =>
      g.fillRoundedRect(-21, -58, 42, 58, { tl: 8, tr: 8, bl: 0, br: 0 });
    const figures: Phaser.GameObjects.GameObject[] = [];
    const plates: Phaser.GameObjects.GameObject[] = [];
    model.seats.forEach((seat, i) => {
      const x = seatX(i);
      const known = i < shown;
      const chair = chairAt(x, (g) => {
        if (known && seat.empty) {
          chairShape(g.fillStyle(PALETTE.paper, 0.06));
          dashedRect(g, -21, -58, 42, 58, PALETTE.paper, 0.75);
        } else chairShape(g.fillStyle(PALETTE.deskLight, 1));
      });
      this.root.add(chair);
      const plate = known
        ? this.plate(
            x,
            top + 44 * k,
            { full: seat.name, short: seat.short },
            seat.colour,
            seat.status,
            seat.empty ? '#8e2f2a' : undefined,
            room,
          )
        : this.plate(
            x,
            top + 44 * k,
            { full: seat.name, short: seat.short },
            seat.colour,
            TEXT.scene.awaited,
            undefined,
            room,
          ).setAlpha(0.55);
      // On a narrow window a long name must not run into its neighbour's plate.
      const scale = Math.min(k, (span / model.seats.length - 10) / plate.width);
      plate.setScale(scale);
      plates.push(plate);
      if (known && !seat.empty) {
        const from = i !== arriving ? null : x < width / 2 ? left - 8 : left + span + 8;
        figures.push(this.figure(x, top, k, seat.colour, from));
      }
      if (i === arriving && seat.empty) {
        // The chair that stays empty: the seat fades to its outline, the plate turns over.
        const was = chairAt(x, (g) => chairShape(g.fillStyle(PALETTE.deskLight, 1)));
        this.root.add(was);
        this.tweens.add({ targets: was, alpha: 0, duration: 700, ease: 'Sine.easeIn' });
        plate.setScale(scale, 0);
        this.tweens.add({ targets: plate, scaleY: scale, duration: 260, delay: 380, ease: 'Back.easeOut' });
      }
    });
    this.root.add(figures);

    // The table in front, hiding the delegates below the shoulders, a microphone before each seat.
    const table = this.add.graphics();
    const depth = 22 * k;
    table.fillStyle(0x000000, 0.3).fillRect(left + 4, top + 8, span, depth + 2);
    table.fillStyle(0x6b5644, 1).fillRect(left, top - 4 * k, span, 6 * k);
    table.fillStyle(0x4a3a2c, 1).fillRect(left, top + 2 * k, span, depth);
    this.root.add(table);
    for (let i = 0; i < model.seats.length; i++)
      this.root.add(
        chairAt(seatX(i), (g) => {
          g.lineStyle(2, 0x1d1915, 1).lineBetween(26, -2, 19, -18);
          g.fillStyle(0x1d1915, 1).fillCircle(19, -19, 3);
        }),
      );
    this.root.add(plates);
  }

  /** A delegate at the table: head and shoulders in the delegation's colour; one arriving walks in from the side. */
  private figure(
    x: number,
    top: number,
    k: number,
    colour: number,
    from: number | null,
  ): Phaser.GameObjects.Container {
    const body = this.add.graphics();
    body.fillStyle(colour, 1).fillRoundedRect(-19, -28, 38, 32, { tl: 14, tr: 14, bl: 0, br: 0 });
    body.fillStyle(PALETTE.paper, 1).fillTriangle(-5, -28, 5, -28, 0, -17);
    body.fillStyle(FACE, 1).fillCircle(0, -40, 11);
    const seated = top + 2 * k;
    const figure = this.add.container(x, seated, [body]).setScale(k);
    if (from === null) return figure;
    const duration = 500 + Math.abs(x - from) * 1.2;
    figure.setPosition(from, top - 2 * k).setAlpha(0);
    this.tweens.add({ targets: figure, alpha: 1, duration: 220 });
    this.tweens.add({ targets: figure, x, duration, ease: 'Sine.easeInOut' });
    // A step's bob while walking, then it sits down.
    this.tweens.add({
      targets: body,
      y: -3,
      duration: 160,
      yoyo: true,
      repeat: Math.max(0, Math.floor(duration / 320) - 1),
    });
    this.tweens.add({ targets: figure, y: seated, duration: 200, delay: duration, ease: 'Sine.easeOut' });
    return figure;
  }
}

/** A dashed outline (Phaser draws no dashed lines): the chair a delegation left empty. */
function dashedRect(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  w: number,
  h: number,
  colour: number,
  alpha: number,
): void {
  g.lineStyle(2, colour, alpha);
  const dash = 5;
  const gap = 4;
  for (let d = 0; d < w; d += dash + gap) {
    g.lineBetween(x + d, y, x + Math.min(d + dash, w), y);
    g.lineBetween(x + d, y + h, x + Math.min(d + dash, w), y + h);
  }
  for (let d = 0; d < h; d += dash + gap) {
    g.lineBetween(x, y + d, x, y + Math.min(d + dash, h));
    g.lineBetween(x + w, y + d, x + w, y + Math.min(d + dash, h));
  }
}
