import Phaser from 'phaser';
import type { AppActor, AppSnapshot } from '../../flow/appActor';
import { ART } from '../assetManifest';
import { PALETTE } from '../palette';
import { TEXT } from '../text';

interface Layout {
  pageA: { x: number; y: number; angle: number };
  pageB: { x: number; y: number; angle: number };
  stamp: { x: number; y: number; angle: number; alpha: number };
}

/** The envoy's desk behind the DOM panels: dark wood, typed pages, a stamp. Pure decoration. */
export class DeskScene extends Phaser.Scene {
  private readonly actor: AppActor;
  private readonly reducedMotion: boolean;
  private desk!: Phaser.GameObjects.Graphics;
  private pageA!: Phaser.GameObjects.Container;
  private pageB!: Phaser.GameObjects.Container;
  private stamp!: Phaser.GameObjects.Image;
  private screen = '';
  private readonly failed: string[] = [];

  constructor(actor: AppActor, reducedMotion: boolean) {
    super('desk');
    this.actor = actor;
    this.reducedMotion = reducedMotion;
  }

  preload(): void {
    this.load.on('loaderror', (file: Phaser.Loader.File) => {
      this.failed.push(typeof file.url === 'string' ? file.url : file.key);
    });
    for (const [key, art] of Object.entries(ART))
      this.load.svg(key, art.url, { width: art.width, height: art.height });
  }

  create(): void {
    if (this.failed.length > 0) {
      this.actor.send({
        type: 'app.failed',
        failure: {
          what: TEXT.failure.assets(this.failed.length),
          detail: this.failed.join('\n'),
          fix: TEXT.failure.assetsFix,
        },
      });
      return;
    }
    this.desk = this.add.graphics();
    this.pageB = this.sheet('typed-page-b');
    this.pageA = this.sheet('typed-page-a');
    this.stamp = this.add.image(0, 0, 'stamp-dossier');
    const subscription = this.actor.subscribe((snapshot) => this.follow(snapshot));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => subscription.unsubscribe());
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.arrange(false));
    this.follow(this.actor.getSnapshot());
  }

  /** A page with its own soft shadow, so overlapping sheets read as paper on a desk. */
  private sheet(key: string): Phaser.GameObjects.Container {
    const page = this.add.image(0, 0, key);
    // A plain rectangle, not a tinted copy: the canvas renderer draws no tints.
    const shadow = this.add.rectangle(10, 14, page.width, page.height, 0x000000, 0.35);
    return this.add.container(0, 0, [shadow, page]);
  }

  private follow(snapshot: AppSnapshot): void {
    const screen = String(snapshot.value);
    if (screen === this.screen) return;
    this.screen = screen;
    this.arrange(!this.reducedMotion);
  }

  private layout(width: number, height: number): Layout {
    const scale = Math.min(width / 1280, height / 720);
    if (this.screen === 'title') {
      return {
        pageA: { x: width * 0.78, y: height * 0.56, angle: 7 },
        pageB: { x: width * 0.86, y: height * 0.44, angle: -4 },
        stamp: { x: width * 0.8, y: height * 0.3 + 40 * scale, angle: -14, alpha: 1 },
      };
    }
    return {
      pageA: { x: width * 0.92, y: height * 0.7, angle: 11 },
      pageB: { x: width * 0.06, y: height * 0.78, angle: -9 },
      stamp: { x: width * 0.9, y: height * 0.16, angle: -14, alpha: 0.5 },
    };
  }

  private arrange(animate: boolean): void {
    const { width, height } = this.scale;
    this.drawDesk(width, height);
    const scale = Math.min(width / 1280, height / 720) * 1.05;
    const target = this.layout(width, height);
    const place = (
      obj: Phaser.GameObjects.Container | Phaser.GameObjects.Image,
      to: { x: number; y: number; angle: number; alpha?: number },
    ) => {
      obj.setScale(scale);
      const props = { x: to.x, y: to.y, angle: to.angle, alpha: to.alpha ?? obj.alpha };
      this.tweens.killTweensOf(obj);
      if (animate) this.tweens.add({ targets: obj, ...props, duration: 450, ease: 'Cubic.easeOut' });
      else {
        obj.setPosition(props.x, props.y);
        obj.setAngle(props.angle);
        obj.setAlpha(props.alpha);
      }
    };
    place(this.pageB, target.pageB);
    place(this.pageA, target.pageA);
    place(this.stamp, { ...target.stamp });
    this.stamp.setScale(scale * 0.8);
  }

  private drawDesk(width: number, height: number): void {
    const g = this.desk.clear();
    g.fillGradientStyle(PALETTE.desk, PALETTE.desk, PALETTE.deskDark, PALETTE.deskDark, 1);
    g.fillRect(0, 0, width, height);
    // Faint grain lines, fixed so the desk looks the same every visit.
    g.lineStyle(1, PALETTE.deskLight, 0.18);
    for (let y = 9; y < height; y += 23) {
      g.beginPath();
      g.moveTo(0, y);
      g.lineTo(width, y + ((y * 7) % 13) - 6);
      g.strokePath();
    }
  }
}
