// When a deferred island should load its code: as it comes within this distance of the viewport
// (so it is usually ready before the reader gets there), or at once if the reader points at it,
// touches it or tabs into it first.
export const NEAR_VIEWPORT_MARGIN_PX = 600

const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const

/** Calls back once, when the element nears the viewport or is used; returns what stops the watch. */
export function onceNearViewport(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback()
    return () => {}
  }
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && fire(), {
    rootMargin: `${NEAR_VIEWPORT_MARGIN_PX}px 0px`,
  })
  function stop() {
    observer.disconnect()
    for (const type of INTENT_EVENTS) element.removeEventListener(type, fire)
  }
  function fire() {
    stop()
    callback()
  }
  observer.observe(element)
  for (const type of INTENT_EVENTS) element.addEventListener(type, fire, { passive: true })
  return stop
}
