import Phaser from 'phaser';
import type { AppActor } from '../../flow/appActor';

/**
 * Starts the desk and the meeting room, and lets the game begin at once: the title is the page's own, and the
 * desk's art (pure decoration) loads in the desk scene while the title is already usable.
 */
export class BootScene extends Phaser.Scene {
  private readonly actor: AppActor;

  constructor(actor: AppActor) {
    super('boot');
    this.actor = actor;
  }

  create(): void {
    this.scene.start('desk');
    this.scene.launch('room');
    this.actor.send({ type: 'boot.loaded' });
  }
}
