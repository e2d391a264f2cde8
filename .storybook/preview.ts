/// <reference types="vite/client" />
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';

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

/**
 * Puts stories with `theme: 'dark'` on the dark surface colour, so the page
 * around the element matches it. The element itself draws its own background.
 */
const darkCanvas: Decorator = (story, { args }) =>
  args.theme === 'dark'
    ? html`<div style="background: #0d1117; padding: 1rem; min-height: 100%">${story()}</div>`
    : story();

const preview: Preview = {
  decorators: [darkCanvas],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
