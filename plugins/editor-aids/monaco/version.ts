/**
 * The Monaco the admin serves itself, in the path of its files so a browser
 * may cache them for good. It must be the version installed in
 * node_modules (a unit test compares them): Payload's `@monaco-editor/react`
 * accepts any 0.x, and its loader would otherwise fetch 0.55.1 from jsDelivr.
 */
export const MONACO_VERSION = '0.57.0'

/** Where the admin's pages find Monaco's AMD build (`loader.js`, `editor/editor.main.js`, workers). */
export const MONACO_BASE = `/monaco-editor/${MONACO_VERSION}/vs`
