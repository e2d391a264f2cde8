import { css } from 'lit';

/**
 * The scope lays out no box of its own and passes the page's text styles on
 * to its light-DOM children, so it undoes the colours and fonts that the
 * shared styles force on every other element's host.
 */
export const crmScopeStyles = css`
  :host {
    display: contents;
    color: inherit !important;
    background-color: transparent !important;
    font-family: inherit !important;
    font-size: inherit;
    line-height: inherit;
  }
`;
