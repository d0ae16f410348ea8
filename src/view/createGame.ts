import Phaser from 'phaser';
import type { AppActor } from '../flow/appActor';
import { PALETTE } from './palette';
import { BootScene } from './scenes/BootScene';
import { DeskScene } from './scenes/DeskScene';
import { RoomScene } from './scenes/RoomScene';

export function createGame(parent: HTMLElement, actor: AppActor, reducedMotion: boolean): Phaser.Game {
  return new Phaser.Game({
    // The 2D canvas, not WebGL: the desk and the table are a few shapes, and WebGL drawn in software (a school
    // laptop with no graphics card) held the whole page to about 14 frames a second; the 2D canvas keeps it fluid.
    type: Phaser.CANVAS,
    parent,
    backgroundColor: PALETTE.deskDark,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    // Howler owns sound; Phaser's own audio would open an AudioContext before any gesture.
    audio: { noAudio: true },
    // The DOM takes every click and key; Phaser's input would only listen on the window and keep the last event,
    // and through it the screen it happened on (a whole debrief, after "Play again"), until the next one.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    banner: false,
    scene: [new BootScene(actor), new DeskScene(actor, reducedMotion), new RoomScene(actor, reducedMotion)],
  });
}
