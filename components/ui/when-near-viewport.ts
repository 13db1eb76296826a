// When a deferred island should load its code. In a lesson: as it comes within this distance of the
// viewport (so it is usually ready before the reader gets there), or at once if the reader points
// at it, touches it or tabs into it first. On a tools page, where it is in view from the start:
// when the reader first points at it, touches it or tabs into it.
export const NEAR_VIEWPORT_MARGIN_PX = 600

const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const

/** Calls back once, when the reader points at the element, touches it or moves the focus into it; returns what stops the watch. */
export function onceUsed(element: Element, callback: () => void): () => void {
  function stop() {
    for (const type of INTENT_EVENTS) element.removeEventListener(type, fire)
  }
  function fire() {
    stop()
    callback()
  }
  for (const type of INTENT_EVENTS) element.addEventListener(type, fire, { passive: true })
  return stop
}

/** Calls back once, when the element nears the viewport or is used; returns what stops the watch. */
export function onceNearViewport(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    callback()
    return () => {}
  }
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && fire(), {
    rootMargin: `${NEAR_VIEWPORT_MARGIN_PX}px 0px`,
  })
  const stopWatchingUse = onceUsed(element, fire)
  function stop() {
    observer.disconnect()
    stopWatchingUse()
  }
  function fire() {
    stop()
    callback()
  }
  observer.observe(element)
  return stop
}
