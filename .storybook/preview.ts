/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

interface ManifestMember {
  privacy?: string;
}

interface ManifestDeclaration {
  members?: ManifestMember[];
}

interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** Drops private and protected members so the args table lists only the public API. */
function withPublicMembers(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => member.privacy === undefined || member.privacy === 'public',
        ),
      })),
    })),
  };
}

// `npm run analyze` writes custom-elements.json (gitignored). A glob instead of
// an import keeps the type check working before the manifest exists.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(withPublicMembers(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
