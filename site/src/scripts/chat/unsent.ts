import type { ChatPage } from './start'

/** A message the reader wrote that has not reached the server yet. */
export interface Draft {
  text: string
  replyTo?: number
  /** The message being edited, when the draft is an edit. */
  editing?: number
}

/** One key per draft, so sending the same box twice offline marks one entry, not two. */
export const draftKey = (draft: Draft) => `${draft.editing ?? ''}|${draft.replyTo ?? ''}|${draft.text}`

/**
 * The entry in the conversation for a message that did not go out: the
 * reader's text, marked "Not sent" in words (not only by colour), at the end
 * of the list. Built with DOM calls, so the text stays text.
 */
export const notSentItem = (page: ChatPage, draft: Draft): HTMLLIElement => {
  const item = document.createElement('li')
  item.className = 'message failed'
  item.dataset.draft = draftKey(draft)
  const meta = document.createElement('p')
  meta.className = 'meta'
  const who = document.createElement('strong')
  who.textContent = page.strings.you
  const mark = document.createElement('span')
  mark.className = 'not-sent'
  mark.textContent = page.strings.notSentMark
  meta.append(who, ' · ', mark)
  const text = document.createElement('p')
  text.className = 'text'
  text.textContent = draft.text
  item.append(meta, text)
  return item
}
