// lib/extension: browser-free logic the extension's entrypoints use (addresses, page kinds,
// where to draw boxes, find). Runs in Node for tests.
export { GOV_MATCHES } from './gov-matches';
export { PAGE_MARKS, parsePageMarks, type PageMarksMessage, type PageMarksReply } from './page-marks';
export { LOAD_OVERLAY_APP, OVERLAY_APP_SCRIPT, OVERLAY_APP_GLOBAL, isLoadOverlayApp } from './overlay-app';
export {
  VIEWER_PATH,
  SKIP_MARKER,
  viewerHref,
  findingHref,
  shareableFindingHref,
  dnrSubstitution,
  parseViewerLocation,
  documentName,
  type ViewerTarget,
} from './viewer-url';
export { isPdfResponse } from './pdf-response';
export { classifyPage, budgetAttachments, amountTables, hasDisclosureWording, type PageKind, type Attachment } from './page-kind';
export { findingBoxesByPage, firstAnchor, type PlacedBox } from './finding-boxes';
// pick-numbers.ts (tick and tie) is imported directly, by the viewer's lazily loaded tick-tie chunk.
export { findInItems, findInPages, type PositionedText, type FindOptions, type PageHit } from './find-text';
// glossary-marks.ts (term marks, cards) is imported directly by the UI: it loads the glossary
// data, which the background script and wxt.config.ts (both importing this index) do not need.
