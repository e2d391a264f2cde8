// Adds the library's tags to React's JSX.IntrinsicElements. An application
// writes `import type {} from 'crm-view360/react';` instead.
import type {} from '../../../src/frameworks/react.ts';
