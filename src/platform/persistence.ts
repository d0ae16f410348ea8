/**
 * Everything that reads or writes a save, as one chunk the page fetches when it first needs it (a save to resume,
 * a game to keep): the save's schema and the scenario loader stay off the title's path.
 */
export { createAutosave } from './autosave';
export { planResume, restore } from './resume';
export { parseSave } from './save';
export { clearSave, discardSave } from './saveStore';
