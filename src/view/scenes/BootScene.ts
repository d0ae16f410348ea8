import Phaser from 'phaser';
import type { AppActor } from '../../flow/appActor';
import { ART } from '../assetManifest';
import { PALETTE } from '../palette';
import { TEXT } from '../text';

/** Loads every asset with a progress bar, then hands over to the desk. Failures go to the error screen. */
export class BootScene extends Phaser.Scene {
  private readonly actor: AppActor;
  private readonly failed: string[] = [];

  constructor(actor: AppActor) {
    super('boot');
    this.actor = actor;
  }

  preload(): void {
    const { width, height } = this.scale;
    this.cameras.main.setBackgroundColor(PALETTE.deskDark);
    const barWidth = Math.min(420, width * 0.6);
    const x = (width - barWidth) / 2;
    const y = height / 2;
    const track = this.add.graphics();
    track.fillStyle(PALETTE.deskLight, 1).fillRect(x, y - 3, barWidth, 6);
    const fill = this.add.graphics();

    this.load.on('progress', (value: number) => {
      fill
        .clear()
        .fillStyle(PALETTE.unBlue, 1)
        .fillRect(x, y - 3, barWidth * value, 6);
      this.actor.send({ type: 'boot.progress', value });
    });
    this.load.on('loaderror', (file: Phaser.Loader.File) => {
      this.failed.push(typeof file.url === 'string' ? file.url : file.key);
    });

    for (const [key, art] of Object.entries(ART)) {
      this.load.svg(key, art.url, { width: art.width, height: art.height });
    }
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
    this.scene.start('desk');
    this.scene.launch('room');
    this.actor.send({ type: 'boot.loaded' });
  }
}
