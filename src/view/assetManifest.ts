import stampDossier from '../../assets/art/stamp-dossier.svg?url';
import typedPageA from '../../assets/art/typed-page-a.svg?url';
import typedPageB from '../../assets/art/typed-page-b.svg?url';

export const ART = {
  'stamp-dossier': { url: stampDossier, width: 240, height: 240 },
  'typed-page-a': { url: typedPageA, width: 460, height: 620 },
  'typed-page-b': { url: typedPageB, width: 460, height: 620 },
} as const;
export type ArtKey = keyof typeof ART;
