import type { TeacherLivePort } from '../../flow/live/teacherLive';
import type { ScenarioFiles } from '../../platform/scenarioFiles';

/** What the screens may ask of the page around them: files, downloads, print. */
export interface UiHooks {
  /** Called once the title screen is on the page and accepts input. */
  onTitleInteractive(): void;
  reload(): void;
  /** Offers text as a file: a result (JSON unless `type` says otherwise, as for a class's CSV). */
  downloadResult(fileName: string, text: string, type?: string): void;
  print(): void;
  /** The scenario file opened from disk, kept so the title can read it again ("Reopen"). */
  files?: ScenarioFiles;
  /** The teacher's live session on the class server (the live tab). */
  liveSession?: TeacherLivePort;
}
