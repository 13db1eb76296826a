// navigator.clipboard needs a secure context; self-hosted copies are often served over plain HTTP
// on a LAN address, so fall back to the selection-based copy there.
export async function copyToClipboard(text: string | (() => Promise<string>)): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    if (typeof text === 'function' && typeof ClipboardItem !== 'undefined') {
      // Handing the clipboard a promise keeps the click's user activation while the text loads
      // (Safari refuses a write that happens after an await).
      const blob = text().then((value) => new Blob([value], { type: 'text/plain' }))
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })])
      return
    }
    await navigator.clipboard.writeText(typeof text === 'function' ? await text() : text)
    return
  }
  const value = typeof text === 'function' ? await text() : text
  const textarea = document.createElement('textarea')
  textarea.value = value
  textarea.setAttribute('readonly', '')
  textarea.style.position = 'fixed'
  textarea.style.opacity = '0'
  document.body.appendChild(textarea)
  textarea.select()
  const ok = document.execCommand('copy')
  textarea.remove()
  if (!ok) throw new Error('copy was refused by the browser')
}
