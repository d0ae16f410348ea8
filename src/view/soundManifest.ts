import acceptMp3 from '../../assets/audio/accept.mp3?url';
import acceptOgg from '../../assets/audio/accept.ogg?url';
import gavelMp3 from '../../assets/audio/gavel.mp3?url';
import gavelOgg from '../../assets/audio/gavel.ogg?url';
import musicCalmMp3 from '../../assets/audio/music-calm.mp3?url';
import musicCalmOgg from '../../assets/audio/music-calm.ogg?url';
import musicCrisisMp3 from '../../assets/audio/music-crisis.mp3?url';
import musicCrisisOgg from '../../assets/audio/music-crisis.ogg?url';
import musicReliefMp3 from '../../assets/audio/music-relief.mp3?url';
import musicReliefOgg from '../../assets/audio/music-relief.ogg?url';
import musicTensionMp3 from '../../assets/audio/music-tension.mp3?url';
import musicTensionOgg from '../../assets/audio/music-tension.ogg?url';
import pressMp3 from '../../assets/audio/press.mp3?url';
import pressOgg from '../../assets/audio/press.ogg?url';
import reassureMp3 from '../../assets/audio/reassure.mp3?url';
import reassureOgg from '../../assets/audio/reassure.ogg?url';
import rejectMp3 from '../../assets/audio/reject.mp3?url';
import rejectOgg from '../../assets/audio/reject.ogg?url';
import statementMp3 from '../../assets/audio/statement.mp3?url';
import statementOgg from '../../assets/audio/statement.ogg?url';
import telephoneMp3 from '../../assets/audio/telephone.mp3?url';
import telephoneOgg from '../../assets/audio/telephone.ogg?url';
import teleprinterMp3 from '../../assets/audio/teleprinter.mp3?url';
import teleprinterOgg from '../../assets/audio/teleprinter.ogg?url';
import typewriterMp3 from '../../assets/audio/typewriter.mp3?url';
import typewriterOgg from '../../assets/audio/typewriter.ogg?url';
import uiStartMp3 from '../../assets/audio/ui-start.mp3?url';
import uiStartOgg from '../../assets/audio/ui-start.ogg?url';
import uiToggleMp3 from '../../assets/audio/ui-toggle.mp3?url';
import uiToggleOgg from '../../assets/audio/ui-toggle.ogg?url';
import type { SoundUrls } from '../audio/howlerAudio';

/** Every sound's files for Howler: OGG/Vorbis first, MP3 for browsers that cannot play Vorbis. */
export const SOUND_URLS = {
  'ui-start': [uiStartOgg, uiStartMp3],
  'ui-toggle': [uiToggleOgg, uiToggleMp3],
  typewriter: [typewriterOgg, typewriterMp3],
  accept: [acceptOgg, acceptMp3],
  reject: [rejectOgg, rejectMp3],
  telephone: [telephoneOgg, telephoneMp3],
  teleprinter: [teleprinterOgg, teleprinterMp3],
  gavel: [gavelOgg, gavelMp3],
  press: [pressOgg, pressMp3],
  reassure: [reassureOgg, reassureMp3],
  statement: [statementOgg, statementMp3],
  'music-calm': [musicCalmOgg, musicCalmMp3],
  'music-tension': [musicTensionOgg, musicTensionMp3],
  'music-crisis': [musicCrisisOgg, musicCrisisMp3],
  'music-relief': [musicReliefOgg, musicReliefMp3],
} as const satisfies SoundUrls;
