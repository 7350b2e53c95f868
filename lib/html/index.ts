// HTML pages → the document model; element paths for pointing findings back into the page.
export { documentFromHtml, MAX_BLOCKS, MAX_TABLE_CELLS } from './extract';
export { nodePath, resolveNodePath } from './node-path';
