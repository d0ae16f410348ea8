import Phaser from 'phaser';

/** The baseline for the load-time benchmark: Phaser alone, one empty scene, the same canvas settings as the game. */
class Empty extends Phaser.Scene {
  create(): void {
    performance.mark('phaser-ready');
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  audio: { noAudio: true },
  banner: false,
  scene: [Empty],
});
